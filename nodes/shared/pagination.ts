import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { read } from './parameters';
import type { RequestContext } from './vendor';

/** n8n's usual pair: Return All, or a Limit (default 50). */
export function returnAllOrLimit(maxValue?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, ...(maxValue ? { maxValue } : {}) },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** Return All stops here: a vendor that never says "no more" must not keep a run paging for ever. */
export const MAX_PAGES = 1000;

/** How many records an item asks for: Infinity with Return All, else its Limit (checked: 1 or more). */
export function wanted(this: IExecuteFunctions, itemIndex: number, maxLimit = Number.MAX_SAFE_INTEGER): number {
	if (read.boolean(this, 'returnAll', itemIndex, false)) return Infinity;
	return read.wholeNumber(this, 'limit', itemIndex, { min: 1, max: maxLimit, fallback: 50 });
}

export interface Page<T> {
	records: T[];
	/** Where the next page is (a page number, a link), or undefined when the vendor says nothing follows. */
	next?: string | number;
}

/**
 * Reads pages from `first` until the vendor has no more or `limit` records are in, and stops with an error
 * that says what happened when the vendor repeats a page (the same place again, or the same records again:
 * a server that ignores the page number) or after MAX_PAGES pages.
 */
export async function collect<T>(
	context: RequestContext,
	options: {
		vendor: string;
		limit: number;
		first: string | number;
		itemIndex?: number;
		maxPages?: number;
		/** What to say when more pages follow the last one allowed (the vendor's own page limit, say). */
		tooMany?: string;
	},
	fetchPage: (place: string | number) => Promise<Page<T>>,
): Promise<T[]> {
	const maxPages = options.maxPages ?? MAX_PAGES;
	const records: T[] = [];
	const visited = new Set<string>();
	let previous: string | undefined;
	let place: string | number | undefined = options.first;
	const stop = (what: string) =>
		new NodeOperationError(context.getNode(), `${options.vendor} ${what}: stopped reading pages`, {
			itemIndex: options.itemIndex,
			description: `${records.length} records had been read from ${visited.size} pages; none of them is returned, so that no partial list passes for a whole one. Use a Limit, or narrower filters, and run again.`,
		});
	while (place !== undefined && records.length < options.limit) {
		if (visited.size >= maxPages) throw stop(options.tooMany ?? `still had more after ${maxPages} pages (the most Return All reads)`);
		const key = String(place);
		if (visited.has(key)) throw stop(`pointed back to a page already read (${key.slice(0, 80)})`);
		visited.add(key);
		const page = await fetchPage(place);
		if (!page.records.length) break;
		const content = JSON.stringify(page.records);
		if (content === previous) throw stop(`sent the same records again for page ${visited.size}`);
		previous = content;
		records.push(...page.records);
		place = page.next;
	}
	return records.length > options.limit ? records.slice(0, options.limit) : records;
}

/**
 * Numbered pages (from 1) of a fixed size until one comes back short: the page size stays the same on every
 * page (numbered pages are offsets); with a Limit below the page size, pages hold just the Limit.
 */
export async function collectNumberedPages<T>(
	context: RequestContext,
	options: { vendor: string; limit: number; pageSize: number; itemIndex?: number; maxPages?: number; tooMany?: string },
	fetchPage: (pageNumber: number, size: number) => Promise<T[]>,
): Promise<T[]> {
	const size = Math.min(options.pageSize, options.limit);
	return await collect<T>(context, { ...options, first: 1 }, async (place) => {
		const pageNumber = Number(place);
		const records = await fetchPage(pageNumber, size);
		return { records, next: records.length >= size ? pageNumber + 1 : undefined };
	});
}
