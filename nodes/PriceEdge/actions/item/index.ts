import type { INodeProperties } from 'n8n-workflow';

import { search } from './search.operation';

export const item = { search };

export const itemDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Search',
				value: 'search',
				action: 'Search items',
				description: 'Find items by number, name or search name',
			},
		],
		default: 'search',
	},
	...search.description,
];
