import { NodeConnectionTypes, type IExecuteFunctions, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { route } from '../shared/router';
import { company, companyDescription } from './actions/company';
import { customApiCall, customApiCallDescription } from './actions/customApiCall';
import { order, orderDescription } from './actions/order';
import { partner, partnerDescription } from './actions/partner';
import { task, taskDescription } from './actions/task';
import { user, userDescription } from './actions/user';
import { searchCompanies, searchOrders, searchPartners } from './methods/listSearch';
import { getActivityTypes, getCountries, getOrderStates, getOrderTypes, getUsers } from './methods/loadOptions';

export class Flowii implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'FLOWii',
		name: 'flowii',
		icon: { light: 'file:flowii.svg', dark: 'file:flowii.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with FLOWii companies, partners, orders and their invoices, tasks and users',
		defaults: { name: 'FLOWii' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowiiApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Order', value: 'order' },
					{ name: 'Partner', value: 'partner' },
					{ name: 'Task', value: 'task' },
					{ name: 'User', value: 'user' },
				],
				default: 'partner',
			},
			...companyDescription,
			...partnerDescription,
			...orderDescription,
			...taskDescription,
			...userDescription,
			...customApiCallDescription,
		],
	};

	methods = {
		listSearch: { searchCompanies, searchOrders, searchPartners },
		loadOptions: { getActivityTypes, getCountries, getOrderStates, getOrderTypes, getUsers },
	};

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { company, partner, order, task, user, customApiCall });
	}
}
