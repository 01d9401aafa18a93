import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';
import { getSelf } from './getSelf.operation';

export const user = { getAll, getSelf };

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many users', description: "List the company's FLOWii users" },
			{ name: 'Get Self', value: 'getSelf', action: 'Get the signed in user', description: 'Get the user the credential signs in as' },
		],
		default: 'getSelf',
	},
	...getAll.description,
	...getSelf.description,
];
