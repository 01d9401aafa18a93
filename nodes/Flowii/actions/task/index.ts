import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';

export const task = { create };

export const taskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a task', description: 'Add a task, linked to an order or a partner if you like' },
		],
		default: 'create',
	},
	...create.description,
];
