import {
	NodeConnectionTypes,
	NodeOperationError,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { companyField, simplifyField } from './fields';
import { searchCompanies } from './methods/listSearch';
import { pollFlowii, type FlowiiEvent } from './triggerEvents';

export class FlowiiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FLOWii Trigger',
		name: 'flowiiTrigger',
		icon: { light: 'file:flowii.svg', dark: 'file:flowii.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when a FLOWii order or partner is added, or an order changes state',
		defaults: { name: 'FLOWii Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowiiApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New Order', value: 'newOrder', description: 'An order was added in the company' },
					{ name: 'New Partner', value: 'newPartner', description: 'A partner (customer or supplier) was added in the company' },
					{
						name: 'Order State Changed',
						value: 'orderStateChanged',
						description: 'An order created in the last days moved to another state',
					},
				],
				default: 'newOrder',
			},
			companyField,
			{
				displayName: 'Watch Orders Created In The Last (Days)',
				name: 'watchDays',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 365 },
				default: 30,
				description: 'FLOWii keeps no change date on orders, so the trigger compares the states of the orders created in these days; older orders are not watched',
				displayOptions: { show: { event: ['orderStateChanged'] } },
			},
			simplifyField,
		],
	};

	methods = { listSearch: { searchCompanies } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const companyId = String(this.getNodeParameter('company', '', { extractValue: true }) ?? '').trim();
		if (!/^\d+$/.test(companyId)) {
			throw new NodeOperationError(this.getNode(), 'Choose the Company to watch (a company ID is a number)');
		}
		const records = await pollFlowii.call(this, {
			event: this.getNodeParameter('event', 'newOrder') as FlowiiEvent,
			companyId,
			manual: this.getMode() === 'manual',
			simplify: this.getNodeParameter('simplify', true) as boolean,
		});
		return records.length ? [this.helpers.returnJsonArray(records)] : null;
	}
}
