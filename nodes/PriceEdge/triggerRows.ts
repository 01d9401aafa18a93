import { NodeOperationError, type IDataObject, type IPollFunctions } from 'n8n-workflow';

import {
	fingerprint,
	remember,
	remembered,
	takeNew,
	vendorTime,
	vendorTimeText,
	windowStart,
	type Positioned,
	type WindowState,
} from '../shared/pollWindow';
import { tablePath } from './actions/table/tableLocator';
import { papiRequest, rowsOf } from './request';

export const MODIFIED_COLUMN = '_dtLastModifiedDate';
const PAGE_SIZE = 100;
/** Pages read in one poll at most; rows come oldest first, so what is left is read by the next poll. */
export const PAGE_CEILING = 100;
/** How far back each poll looks again (PriceEdge's clock), for rows whose change shows up late. */
export const OVERLAP_MS = 10 * 60 * 1000;
const KEY_CAP = 1000;
const WINDOW = { overlap: OVERLAP_MS, cap: KEY_CAP };

interface Watch {
	table: string;
	column: string;
	filters: IDataObject[];
	fields: string[];
	manual: boolean;
}

/** The trigger's settings, checked: a bad one fails the poll before anything is sent. */
export function readWatch(this: IPollFunctions): Watch {
	const table = String(this.getNodeParameter('table', '', { extractValue: true }) ?? '').trim();
	if (!table) throw new NodeOperationError(this.getNode(), 'Choose a table or type its name');
	const column = String(this.getNodeParameter('options.modifiedColumn', MODIFIED_COLUMN) ?? '').trim() || MODIFIED_COLUMN;
	const filters = (this.getNodeParameter('filters.filter', []) as IDataObject[]).map((f, n) => {
		const columnName = String(f.columnName ?? '').trim();
		if (!columnName) throw new NodeOperationError(this.getNode(), `Filter ${n + 1}: choose its Column`);
		return { columnName, op: String(f.op ?? 'equals'), value: f.value ?? '' };
	});
	const chosen = this.getNodeParameter('fields', []) as string[] | string;
	const fields = (Array.isArray(chosen) ? chosen : String(chosen).split(',')).map((f) => String(f).trim()).filter(Boolean);
	// The modified date decides what is new: it is always read, even when not among the chosen columns.
	if (fields.length && !fields.some((f) => f.toLowerCase() === column.toLowerCase())) fields.push(column);
	return { table, column, filters, fields, manual: this.getMode() === 'manual' };
}

async function page(this: IPollFunctions, watch: Watch, number: number, size: number, query: IDataObject): Promise<IDataObject[]> {
	const answer = await papiRequest.call(this, 'POST', tablePath(watch.table), {
		page: number,
		nrOfRecords: size,
		fields: watch.fields,
		bypassTotalCount: true,
		...query,
	});
	return rowsOf(answer.Data);
}

/** The most recently changed row. */
async function newestRow(this: IPollFunctions, watch: Watch): Promise<IDataObject | undefined> {
	const [row] = await page.call(this, watch, 1, 1, { filters: watch.filters, orderby: [`${watch.column} desc`] });
	return row;
}

/** Rows changed after `from` (all rows without it), oldest change first, up to PAGE_CEILING pages. */
async function changedSince(this: IPollFunctions, watch: Watch, from: number | undefined): Promise<IDataObject[]> {
	const filters = [...watch.filters];
	if (from !== undefined) filters.push({ columnName: watch.column, op: 'greaterThan', value: vendorTimeText(from) });
	const rows: IDataObject[] = [];
	for (let number = 1; number <= PAGE_CEILING; number++) {
		const found = await page.call(this, watch, number, PAGE_SIZE, { filters, orderby: [watch.column] });
		rows.push(...found);
		if (found.length < PAGE_SIZE) break;
	}
	return rows;
}

function positioned(watch: Watch, row: IDataObject): Positioned<IDataObject> {
	const key = Object.keys(row).find((k) => k.toLowerCase() === watch.column.toLowerCase());
	const modified = key === undefined ? undefined : row[key];
	// One version of one row: its change time and its content.
	return { key: `${String(modified)}|${fingerprint(row)}`, at: vendorTime(modified), record: row };
}

/** The rows to emit for one poll, oldest change first; none on the first poll after activation. */
export async function pollRows(this: IPollFunctions, watch: Watch): Promise<IDataObject[]> {
	if (watch.manual) {
		const row = await newestRow.call(this, watch);
		return row ? [row] : [];
	}
	const watching = JSON.stringify([watch.table.toLowerCase(), watch.column, watch.filters, watch.fields]);
	const state = remembered.call(this, watching) as WindowState | undefined;
	if (!state) {
		// Where things stand: the newest change, and the rows inside the overlap before it (so they are not new later).
		const newest = await newestRow.call(this, watch);
		const latest = newest ? positioned(watch, newest).at : NaN;
		const recent = Number.isFinite(latest) ? await changedSince.call(this, watch, latest - OVERLAP_MS - 1000) : [];
		const { next } = takeNew(undefined, recent.map((row) => positioned(watch, row)), WINDOW);
		remember.call(this, watching, next);
		return [];
	}
	const rows = await changedSince.call(this, watch, windowStart(state, WINDOW));
	const { fresh, next } = takeNew(state, rows.map((row) => positioned(watch, row)), WINDOW);
	remember.call(this, watching, next);
	return fresh.map((entry) => entry.record);
}
