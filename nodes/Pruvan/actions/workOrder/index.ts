import type { INodeProperties } from 'n8n-workflow';

import { refresh } from './refresh.operation';
import { upsert } from './upsert.operation';

export const workOrder = { refresh, upsert };

export const workOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workOrder'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update work orders',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Refresh',
				value: 'refresh',
				action: 'Refresh work orders',
				description: "Start the integration's work-order refresh, as the Refresh button on Pruvan's Integrations page does",
			},
		],
		default: 'refresh',
	},
	...refresh.description,
	...upsert.description,
];
