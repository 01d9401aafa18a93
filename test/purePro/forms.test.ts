import { NodeHelpers, type IDataObject, type INode, type INodeParameters, type INodeType } from 'n8n-workflow';

import { runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { create, credentials, node, nodeV1 } from './helpers';

const sim = useSimulator(() => create());
const rl = (mode: string, value: string) => ({ __rl: true, mode, value });
const run = (parameters: INodeParameters, items?: IDataObject[]) => runNode({ node, credentials: credentials(sim.url), parameters, items });

/** What the editor resolves for a node of this version: parameters with defaults, and the problems it marks. */
function editor(nodeType: INodeType, version: number, parameters: INodeParameters) {
	const { properties } = nodeType.description;
	const instance: INode = { id: '1', name: 'n', type: 't', typeVersion: version, position: [0, 0], parameters: {} };
	instance.parameters = NodeHelpers.getNodeParameters(properties, parameters, true, false, instance, nodeType.description) ?? {};
	const issues = NodeHelpers.getNodeParametersIssues(properties, instance, nodeType.description);
	return { values: instance.parameters, issues: Object.keys(issues?.parameters ?? {}).sort() };
}

describe('Fields, not JSON: Supplier, Worker, Placement and Timesheet', () => {
	test('Worker → Create from fields: PAYE worker with address and bank, dates as YYYY-MM-DD', async () => {
		const result = await run({
			resource: 'worker',
			operation: 'create',
			workerType: 'PAYE',
			firstName: ' Sam ',
			lastName: 'Jones',
			address: { address1: '1 High Street', town: 'Leeds', postcode: 'LS1 6DT' },
			bank: { accountName: 'S Jones', accountNumber: '12345678', sortCode: '12-34-56' },
			additionalFields: { email: 'sam@example.com', startDate: '2026-01-05T00:00:00', niNumber: 'QQ123456C', taxCode: '' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /Worker/ACC001/BU001']);
		expect(sim.requests[0].body).toEqual({
			type: 'PAYE',
			firstName: 'Sam',
			lastName: 'Jones',
			email: 'sam@example.com',
			startDate: '2026-01-05',
			niNumber: 'QQ123456C',
			address: { internationalAddress: false, address1: '1 High Street', town: 'Leeds', postcode: 'LS1 6DT' },
			bank: { internationalBankAccount: false, accountName: 'S Jones', sortCode: '123456', accountNumber: '12345678' },
		});
	});

	test('Worker → Update: pick the worker, send only what changes', async () => {
		const result = await run({ resource: 'worker', operation: 'update', reference: rl('list', 'WK0002'), updateFields: { lastName: 'Jones-Smith' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0]).toMatchObject({ method: 'PUT', path: '/Worker/ACC001/BU001', body: { reference: 'WK0002', lastName: 'Jones-Smith' } });
	});

	test('Worker → Update: the picked worker is the one updated; its reference is not among the fields to change', async () => {
		const updateFields = node.description.properties.find((p) => p.name === 'updateFields' && p.displayOptions?.show?.resource?.includes('worker'));
		expect(updateFields?.options?.map((o) => o.name)).not.toContain('reference');
		expect(updateFields?.options?.map((o) => o.name)).toContain('lastName');
		// A value left in a saved workflow, or set by an expression, does not redirect the update to another worker.
		const result = await run({ resource: 'worker', operation: 'update', reference: rl('list', 'WK0002'), updateFields: { reference: 'WK0003', email: 'new@example.com' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0]).toMatchObject({ method: 'PUT', path: '/Worker/ACC001/BU001', body: { reference: 'WK0002', email: 'new@example.com' } });
	});

	test('Supplier → Create from fields, no business unit in the path', async () => {
		const result = await run({ resource: 'supplier', operation: 'create', name: 'New Umbrella Ltd', email: 'pay@new.example', additionalFields: { vatNumber: 'GB123456789' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '/Supplier/ACC001', body: { name: 'New Umbrella Ltd', email: 'pay@new.example', vatNumber: 'GB123456789' } });
	});

	test('Placement → Create: the worker from the picker, rates as numbers', async () => {
		const result = await run({
			resource: 'placement',
			operation: 'create',
			workerReference: rl('list', 'WK0001'),
			customerReference: 'CU0001',
			startDate: '2026-02-02',
			payRate: 15.5,
			chargeRate: 21,
			additionalFields: { rateUnit: 'Hour', jobTitle: 'Care Assistant' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual({ workerReference: 'WK0001', customerReference: 'CU0001', startDate: '2026-02-02', payRate: 15.5, chargeRate: 21, rateUnit: 'Hour', jobTitle: 'Care Assistant' });
	});

	test('Timesheet → Create from a placement: week ending and hours', async () => {
		const result = await run({ resource: 'timesheet', operation: 'create', placementReference: 'PL0001', weekEnding: '2023-10-06T00:00:00.000Z', hours: 37.5 });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual({ placementReference: 'PL0001', weekEnding: '2023-10-06', hours: 37.5 });
		expect(result.items[0].json.reference).toMatch(/^TS9\d{3}$/);
	});

	test('a required field an expression leaves blank is refused before sending, named as the editor labels it, item counted from 1', async () => {
		const result = await run(
			{ resource: 'worker', operation: 'create', workerType: 'PAYE', firstName: '={{ $json.first }}', lastName: 'Jones' },
			[{ first: 'Ann' }, { first: '' }],
		);
		expect(result.error?.message).toBe('First Name: Enter the first name: PurePro needs it to create the worker.');
		expect(result.error?.description).toBe('Item 2 was not sent to PurePro.');
		expect(sim.requests.map((r) => r.body.firstName)).toEqual(['Ann']);
	});

	test('As JSON stays available in version 2', async () => {
		const result = await run({ resource: 'timesheet', operation: 'create', bodyMode: 'json', jsonBody: '{"placementReference":"PL0001","hours":8}' });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual({ placementReference: 'PL0001', hours: 8 });
	});
});

describe('Saved workflows keep working: the Define setting by node version', () => {
	const timesheet = { resource: 'timesheet', operation: 'create', jsonBody: '{"placementReference":"PL0001"}' };

	test('a version 1 node saved no Define setting: it stays JSON, and the editor asks for nothing more', () => {
		const { values, issues } = editor(node, 1, timesheet);
		expect(values.bodyMode).toBe('json');
		expect(issues).toEqual([]);
	});

	test('a new (version 2) node opens with fields, the required ones marked', () => {
		const { values, issues } = editor(node, 2, { resource: 'timesheet', operation: 'create' });
		expect(values.bodyMode).toBe('fields');
		expect(issues).toEqual(['placementReference', 'weekEnding']);
		expect(editor(node, 2, { resource: 'worker', operation: 'create' }).issues).toEqual(['firstName', 'lastName']);
		expect(editor(node, 2, { resource: 'supplier', operation: 'create' }).issues).toEqual(['email', 'name']);
		expect(editor(node, 2, { resource: 'placement', operation: 'create' }).issues).toEqual(['customerReference', 'startDate', 'workerReference']);
		expect(editor(node, 2, { resource: 'worker', operation: 'update' }).issues).toEqual(['reference']);
	});

	test('a version 1 workflow runs as before: its JSON is sent', async () => {
		const result = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: timesheet });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual({ placementReference: 'PL0001' });
	});
});
