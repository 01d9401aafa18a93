import type { INodeProperties } from 'n8n-workflow';

import { call } from './call.operation';

export const customApiCall = { call };

export const customApiCallDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApiCall'] } },
		options: [
			{
				name: 'Make an API Call',
				value: 'call',
				action: 'Make an API call',
				description: 'Call any FLOWii endpoint, signed with your credential',
			},
		],
		default: 'call',
	},
	...call.description,
];
