import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';

export const placement = { create, get };

export const placementDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['placement'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a placement', description: 'Create a placement record to a business unit' },
			{ name: 'Get', value: 'get', action: 'Get a placement', description: 'Retrieve a placement by its reference' },
		],
		default: 'get',
	},
	...get.description,
	...create.description,
];
