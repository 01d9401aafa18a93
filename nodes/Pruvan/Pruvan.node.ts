import { NodeConnectionTypes, type IExecuteFunctions, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { route } from '../shared/router';
import { workOrder, workOrderDescription } from './actions/workOrder';

export class Pruvan implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pruvan',
		name: 'pruvan',
		icon: { light: 'file:pruvan.svg', dark: 'file:pruvan.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Refresh, create and update Pruvan work orders with your integration push key, or answer Pruvan Trigger calls',
		defaults: { name: 'Pruvan' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// The answers to the Pruvan Trigger's calls send nothing: they need no push key.
		credentials: [{ name: 'pruvanApi', required: true, displayOptions: { show: { operation: ['refresh', 'upsert'] } } }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Work Order', value: 'workOrder' }],
				default: 'workOrder',
			},
			...workOrderDescription,
		],
	};

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { workOrder });
	}
}
