import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';
import { getMetadata } from './getMetadata.operation';

export const table = { getAll, getMetadata };

export const tableDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['table'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many rows of a table',
				description: 'Read rows of a PriceEdge table, with filters, columns and order',
			},
			{
				name: 'Get Metadata',
				value: 'getMetadata',
				action: 'Get the metadata of a table',
				description: "Describe a table's columns: name, type, length, nullable, key, editable, formatting",
			},
		],
		default: 'getMetadata',
	},
	...getAll.description,
	...getMetadata.description,
];
