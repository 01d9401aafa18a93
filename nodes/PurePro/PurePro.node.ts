import { NodeConnectionTypes, type IExecuteFunctions, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { route } from '../shared/router';
import { account, accountDescription } from './actions/account';
import { customer, customerDescription } from './actions/customer';
import { payslip, payslipDescription } from './actions/payslip';
import { placement, placementDescription } from './actions/placement';
import { supplier, supplierDescription } from './actions/supplier';
import { timesheet, timesheetDescription } from './actions/timesheet';
import { worker, workerDescription } from './actions/worker';
import { searchAccounts, searchBusinessUnits, searchPeriods, searchWorkers } from './methods/listSearch';

export class PurePro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PurePro',
		name: 'purePro',
		icon: { light: 'file:purepro.svg', dark: 'file:purepro.dark.svg' },
		group: ['transform'],
		// Version 2 opens Supplier, Worker, Placement and Timesheet forms with fields; version 1 nodes keep JSON.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Customers, suppliers, workers, placements, timesheets, accounts and payslips in PurePro, checked against its documented rules',
		defaults: { name: 'PurePro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pureProApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Payslip', value: 'payslip' },
					{ name: 'Placement', value: 'placement' },
					{ name: 'Supplier', value: 'supplier' },
					{ name: 'Timesheet', value: 'timesheet' },
					{ name: 'Worker', value: 'worker' },
				],
				default: 'customer',
			},
			...accountDescription,
			...customerDescription,
			...payslipDescription,
			...placementDescription,
			...supplierDescription,
			...timesheetDescription,
			...workerDescription,
		],
	};

	methods = { listSearch: { searchAccounts, searchBusinessUnits, searchPeriods, searchWorkers } };

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { account, customer, payslip, placement, supplier, timesheet, worker });
	}
}
