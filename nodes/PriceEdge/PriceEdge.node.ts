import { NodeConnectionTypes, type IExecuteFunctions, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { route } from '../shared/router';
import { item, itemDescription } from './actions/item';
import { priceList, priceListDescription } from './actions/priceList';
import { table, tableDescription } from './actions/table';
import { getColumns } from './methods/loadOptions';
import { searchTables } from './methods/listSearch';

export class PriceEdge implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PriceEdge',
		name: 'priceEdge',
		icon: { light: 'file:priceEdge.svg', dark: 'file:priceEdge.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read PriceEdge tables and their metadata, price lists, and search items',
		defaults: { name: 'PriceEdge' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'priceEdgeApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Item', value: 'item' },
					{ name: 'Price List', value: 'priceList' },
					{ name: 'Table', value: 'table' },
				],
				default: 'table',
			},
			...itemDescription,
			...priceListDescription,
			...tableDescription,
		],
	};

	methods = {
		listSearch: { searchTables },
		loadOptions: { getColumns },
	};

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { item, priceList, table });
	}
}
