import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const worker = { create, get, getAll, update };

export const workerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['worker'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a worker', description: 'Create a PAYE worker or a contractor' },
			{ name: 'Get', value: 'get', action: 'Get a worker', description: 'Retrieve a worker by its reference' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many workers', description: 'List the workers of a business unit, page by page' },
			{ name: 'Update', value: 'update', action: 'Update a worker', description: 'Update a worker record' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...create.description,
	...update.description,
];
