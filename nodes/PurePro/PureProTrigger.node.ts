import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { accountLocator, businessUnitLocator } from './descriptions';
import { searchAccounts, searchBusinessUnits } from './methods/listSearch';
import { pollPurePro, readPoll } from './triggerEvents';

export class PureProTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PurePro Trigger',
		name: 'pureProTrigger',
		icon: { light: 'file:purepro.svg', dark: 'file:purepro.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when a PurePro worker is added, or a payslip appears in the current period',
		defaults: { name: 'PurePro Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pureProApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New Worker', value: 'newWorker', description: 'A worker was added to the business unit' },
					{ name: 'New Payslip', value: 'newPayslip', description: 'A payslip appeared in the current payroll period' },
				],
				default: 'newWorker',
			},
			accountLocator,
			{ ...businessUnitLocator, displayOptions: { show: { event: ['newWorker'] } } },
			{
				displayName: 'Business Unit Reference',
				name: 'businessUnitReference',
				type: 'string',
				default: '',
				placeholder: 'e.g. BU001',
				description: 'Only payslips of this business unit; all business units when empty',
				displayOptions: { show: { event: ['newPayslip'] } },
			},
		],
	};

	methods = { listSearch: { searchAccounts, searchBusinessUnits } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const records = await pollPurePro.call(this, await readPoll.call(this));
		return records.length ? [this.helpers.returnJsonArray(records)] : null;
	}
}
