import type { INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/pagination';

/** Filter operators seen in PriceEdge queries (API notes). */
const OPERATORS = [
	{ name: 'Contains Any', value: 'containsAny', description: 'The value is a comma-separated list: rows matching any entry' },
	{ name: 'Equals', value: 'equals' },
	{ name: 'Greater Than', value: 'greaterThan' },
];

/** A column: picked from the table's metadata, or typed (price lists have no metadata call). */
function columnField(name: string, displayName: string, fromTable: boolean): INodeProperties {
	return fromTable
		? {
				displayName: `${displayName} Name or ID`,
				name,
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getColumns', loadOptionsDependsOn: ['table.value'] },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			}
		: { displayName, name, type: 'string', default: '', placeholder: 'e.g. Name' };
}

/**
 * The query PriceEdge takes on its list calls: `{"page", "nrOfRecords", "filters": [{"columnName", "op",
 * "value"}], "fields", "orderby", "bypassTotalCount"}`. `fromTable` makes the columns pickable from the
 * chosen table's metadata.
 */
export function queryProperties(fromTable: boolean): INodeProperties[] {
	return [
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Filter',
			default: {},
			description: 'Only rows matching every filter are returned',
			options: [
				{
					displayName: 'Filter',
					name: 'filter',
					values: [
						columnField('columnName', 'Column', fromTable),
						{ displayName: 'Operator', name: 'op', type: 'options', options: OPERATORS, default: 'equals' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		fromTable
			? {
					displayName: 'Column Names or IDs',
					name: 'fields',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getColumns', loadOptionsDependsOn: ['table.value'] },
					default: [],
					description:
						'Which columns each row should hold; all when none is chosen. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				}
			: {
					displayName: 'Columns',
					name: 'fields',
					type: 'string',
					default: '',
					placeholder: 'e.g. Name, Currency',
					description: 'Which columns each row should hold, separated by commas; all when empty',
				},
		{
			displayName: 'Order By',
			name: 'orderBy',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Sort Column',
			default: {},
			options: [
				{
					displayName: 'Sort',
					name: 'sort',
					values: [
						columnField('column', 'Column', fromTable),
						{
							displayName: 'Direction',
							name: 'direction',
							type: 'options',
							options: [
								{ name: 'Ascending', value: 'asc' },
								{ name: 'Descending', value: 'desc' },
							],
							default: 'asc',
						},
					],
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Page Size',
					name: 'pageSize',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 10000 },
					default: 100,
					description: 'How many rows to ask PriceEdge for in one request',
				},
			],
		},
	];
}
