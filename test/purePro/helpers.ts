import type { IDataObject } from 'n8n-workflow';

import { PureProApi } from '../../credentials/PureProApi.credentials';
import { PurePro } from '../../nodes/PurePro/PurePro.node';
import { CredentialStore } from '../harness/n8n';
import type { Sim } from '../harness/simulator';

/** The simulator, with its records by "account/business unit/reference" and the customers it marked failed. */
export type PureProSim = Sim & { state: { failed: string[]; customers: Map<string, IDataObject>; workers: Map<string, IDataObject> } };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { create, TOKEN, CURRENT_PERIOD } = require('../simulators/purePro') as {
	create: (options?: Record<string, unknown>) => PureProSim;
	TOKEN: string;
	CURRENT_PERIOD: string;
};

export const node = new PurePro();

/** The node as a workflow saved with version 1 has it (before Supplier, Worker, Placement and Timesheet had fields). */
export const nodeV1 = Object.assign(Object.create(node) as PurePro, { description: { ...node.description, version: 1 } });

export function credentials(url: string, values: Record<string, unknown> = {}) {
	return new CredentialStore([new PureProApi()]).set('pureProApi', {
		publicApiUrl: url,
		apiToken: TOKEN,
		accountReference: 'ACC001',
		businessUnitReference: 'BU001',
		...values,
	});
}

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A customer every documented rule accepts: the base each rule test changes one thing of. */
export function validCustomer(): Record<string, unknown> {
	return {
		reference: '',
		name: 'Acme Hiring Ltd',
		email: 'accounts@acme.example',
		invoiceDeliveryMethod: 'Email',
		payMethod: 'BACS',
		approvalFrequency: 60,
		vatNumberValid: false,
		currency: 'GBP',
		contacts: [{ firstName: 'Ann', lastName: 'Lee', email: 'ann@acme.example', type: 'Primary' }],
		address: { internationalAddress: false, address1: '1 High Street', address2: 'Floor 2', postcode: 'SW1A 1AA' },
		bank: { internationalBankAccount: false, accountName: 'Acme Hiring Ltd', accountNumber: '12345678', sortCode: '123456' },
		costCentre: { reference: 'CC1', description: 'Main cost centre' },
		purchaseOrder: { reference: 'PO-1', description: 'Framework order' },
	};
}

/** Sets (or with `undefined` removes) dotted paths of a copy of `record`. */
export function withChanges(record: Record<string, unknown>, changes: Record<string, unknown>) {
	const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
	for (const [path, value] of Object.entries(changes)) {
		const parts = path.split('.');
		let target = copy as Record<string, unknown>;
		for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
		const last = parts[parts.length - 1];
		if (value === undefined) delete target[last];
		else target[last] = value;
	}
	return copy;
}
