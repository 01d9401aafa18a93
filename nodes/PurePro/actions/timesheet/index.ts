import type { INodeProperties } from 'n8n-workflow';

import { create } from './create.operation';
import { get } from './get.operation';

export const timesheet = { create, get };

export const timesheetDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['timesheet'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a timesheet', description: 'Create a timesheet record to a business unit' },
			{ name: 'Get', value: 'get', action: 'Get a timesheet', description: 'Retrieve a timesheet by its reference' },
		],
		default: 'get',
	},
	...get.description,
	...create.description,
];
