import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';
import { update } from './update.operation';

export const customer = { create, get, update };

export const customerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a customer', description: 'Create a customer record, checked against every documented rule first' },
			{ name: 'Get', value: 'get', action: 'Get a customer', description: 'Retrieve a customer by its reference' },
			{ name: 'Update', value: 'update', action: 'Update a customer', description: 'Update a customer record, including its backing data' },
		],
		default: 'get',
	},
	...get.description,
	...create.description,
	...update.description,
];
