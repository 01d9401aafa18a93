import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';
import { getBusinessUnit } from './getBusinessUnit.operation';
import { getControlJobs } from './getControlJobs.operation';
import { getCurrentPeriod } from './getCurrentPeriod.operation';
import { getProcessingStatus } from './getProcessingStatus.operation';

export const account = { getAll, getBusinessUnit, getControlJobs, getCurrentPeriod, getProcessingStatus };

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{ name: 'Get Business Unit', value: 'getBusinessUnit', action: 'Get a business unit', description: 'Retrieve one business unit of an account' },
			{ name: 'Get Control Jobs', value: 'getControlJobs', action: 'Get control jobs', description: 'List the control jobs of an account for a period' },
			{ name: 'Get Current Period', value: 'getCurrentPeriod', action: 'Get the current period', description: 'Retrieve the current payroll period of an account' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many accounts', description: 'List the accounts the API token may use' },
			{ name: 'Get Processing Status', value: 'getProcessingStatus', action: 'Get the processing status', description: 'Retrieve the processing status of a business unit' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...getCurrentPeriod.description,
	...getBusinessUnit.description,
	...getProcessingStatus.description,
	...getControlJobs.description,
];
