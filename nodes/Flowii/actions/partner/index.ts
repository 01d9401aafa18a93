import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const partner = { create, get, getAll };

export const partnerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['partner'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a partner', description: 'Add a customer or supplier' },
			{ name: 'Get', value: 'get', action: 'Get a partner', description: 'Get one partner by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many partners', description: 'List or search partners' },
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
