import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';

export const supplier = { create, get };

export const supplierDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['supplier'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a supplier', description: 'Create a supplier record to an account' },
			{ name: 'Get', value: 'get', action: 'Get a supplier', description: 'Retrieve a supplier by its reference' },
		],
		default: 'get',
	},
	...get.description,
	...create.description,
];
