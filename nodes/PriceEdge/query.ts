import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectPages, returnAllOrLimit, type Page } from '../shared/pagination';
import { papiRequest, rowsOf } from './transport';

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

/** The item's filters, fields and order, in PriceEdge's words. Every part is sent, empty when not set (as documented). */
export function readQuery(this: IExecuteFunctions, i: number): IDataObject {
	const filters = (this.getNodeParameter('filters.filter', i, []) as IDataObject[]).map((f) => ({
		columnName: String(f.columnName ?? '').trim(),
		op: String(f.op ?? 'equals'),
		value: f.value ?? '',
	}));
	const chosen = this.getNodeParameter('fields', i, []) as string[] | string;
	const fields = (Array.isArray(chosen) ? chosen : String(chosen).split(','))
		.map((f) => String(f).trim())
		.filter(Boolean);
	const orderby = (this.getNodeParameter('orderBy.sort', i, []) as IDataObject[])
		.filter((s) => String(s.column ?? '').trim())
		.map((s) => (s.direction === 'desc' ? `${String(s.column).trim()} desc` : String(s.column).trim()));
	return { filters, fields, orderby };
}

/**
 * Rows of a PriceEdge list call, page by page (numbered from 1) until a page comes back short or the Limit
 * is reached. The page size stays the same on every page: PriceEdge counts pages in that size.
 */
export async function queryRows(this: IExecuteFunctions, i: number, path: string): Promise<IDataObject[]> {
	const query = readQuery.call(this, i);
	const pageSize = this.getNodeParameter('options.pageSize', i, 100) as number;
	const collectRows = collectPages<IDataObject>;
	return await collectRows.call(this, i, pageSize, async (page, size): Promise<Page<IDataObject>> => {
		const answer = await papiRequest.call(
			this,
			'POST',
			path,
			{ page, nrOfRecords: size, ...query, bypassTotalCount: true },
			{ itemIndex: i },
		);
		const rows = rowsOf(answer.Data);
		return { records: rows, hasMore: rows.length >= size };
	});
}
