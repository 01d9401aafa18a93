import type { INodeProperties } from 'n8n-workflow';

import { buildAnswer } from './buildAnswer.operation';
import { buildStatusAnswer } from './buildStatusAnswer.operation';
import { refresh } from './refresh.operation';
import { upsert } from './upsert.operation';

export const workOrder = { buildAnswer, buildStatusAnswer, refresh, upsert };

export const workOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workOrder'] } },
		options: [
			{
				name: 'Build Status Answer',
				value: 'buildStatusAnswer',
				action: 'Build a status answer',
				description: "Answer Pruvan's status or uploadPictures call (for a workflow started by the Pruvan Trigger)",
			},
			{
				name: 'Build Work Order Answer',
				value: 'buildAnswer',
				action: 'Build a work order answer',
				description: "Answer Pruvan's getWorkOrders call with the input items as work orders (for a workflow started by the Pruvan Trigger)",
			},
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
	...buildAnswer.description,
	...buildStatusAnswer.description,
	...refresh.description,
	...upsert.description,
];
