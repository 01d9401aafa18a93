import type { IExecuteFunctions, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';
import { read } from '../../../shared/parameters';

/** PriceEdge has no call that lists tables: the picker offers common ones, and any name can be typed. */
export const tableLocator: INodeProperties = {
	displayName: 'Table',
	name: 'table',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: 'item' },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTables', searchable: true, searchFilterRequired: false },
		},
		{
			displayName: 'By Name',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. item',
			hint: 'The table name as PriceEdge knows it, as in /api/tables/item',
		},
	],
};

/** The table name the user chose, as it goes in /api/tables/{table}. */
export function tableName(this: IExecuteFunctions, i: number): string {
	return read.text(this, 'table', i, { extractValue: true });
}

/** The table chosen in the node being edited (for the column pickers). */
export function currentTableName(this: ILoadOptionsFunctions): string {
	return String(this.getCurrentNodeParameter('table', { extractValue: true }) ?? '').trim();
}

/** `/api/tables/{table}` with the name made safe for a URL. */
export const tablePath = (table: string) => `/api/tables/${encodeURIComponent(table)}`;
