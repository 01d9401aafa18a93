import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator } from '../../descriptions';
import { asOutput } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';

const periodId: INodeProperties = {
	displayName: 'Period ID',
	name: 'periodId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 20231001000',
	description: 'The payroll period, as Get Current Period shows it',
};

/** GET Account/{Action}/{account}[/{business unit} | /{period id}]. */
export function accountRead(operation: string, action: string, then: 'nothing' | 'businessUnit' | 'periodId'): ItemOperation {
	return {
		kind: 'read',
		description: updateDisplayOptions({ show: { resource: ['account'], operation: [operation] } }, [
			accountLocator,
			...(then === 'businessUnit' ? [businessUnitLocator] : then === 'periodId' ? [periodId] : []),
			readRequestOptions,
		]),
		async execute(itemIndex) {
			const { account, businessUnit, references } = await scope.call(this, itemIndex, {
				businessUnit: then === 'businessUnit',
				references: then === 'periodId' ? { 'Period ID': 'periodId' } : {},
			});
			const last = then === 'businessUnit' ? [businessUnit] : then === 'periodId' ? [references['Period ID']] : [];
			return asOutput(await pureProRequest.call(this, 'GET', [`Account/${action}`, account, ...last], {}, { itemIndex }));
		},
	};
}
