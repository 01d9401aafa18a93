import type { INodeProperties } from 'n8n-workflow';

import { getAll } from './getAll.operation';

export const payslip = { getAll };

export const payslipDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payslip'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many payslips', description: 'List the payslips of a payroll period' },
		],
		default: 'getAll',
	},
	...getAll.description,
];
