import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';

export const company = { getAll };

export const companyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many companies',
				description: 'List the companies you may work in (the company access list)',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
