import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';

export const priceList = { getAll };

export const priceListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['priceList'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many price lists',
				description: 'Read price lists, with filters, columns and order',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
