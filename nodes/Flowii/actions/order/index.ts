import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getDocuments } from './getDocuments.operation';

export const order = { create, get, getAll, getDocuments };

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an order', description: 'Add an order for a partner' },
			{ name: 'Get', value: 'get', action: 'Get an order', description: 'Get one order by ID' },
			{
				name: 'Get Documents',
				value: 'getDocuments',
				action: 'Get the documents of an order',
				description: "Get an order's invoices, one item each",
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many orders', description: 'List orders, page by page' },
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getDocuments.description,
];
