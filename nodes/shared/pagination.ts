import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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

export interface Page<T> {
	records: T[];
	/** False when the vendor says, or shows by a short page, that nothing follows. */
	hasMore: boolean;
}

/**
 * Fetches pages (numbered from 1) until the vendor has no more or the item's Limit is reached. The page size
 * stays the same on every page (numbered pages are offsets: page 2 of 5 starts at row 6); with a Limit below
 * the page size, pages hold just the Limit.
 */
export async function collectPages<T>(
	this: IExecuteFunctions,
	itemIndex: number,
	pageSize: number,
	fetchPage: (pageNumber: number, size: number) => Promise<Page<T>>,
): Promise<T[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const size = Math.min(pageSize, limit);
	const records: T[] = [];
	for (let pageNumber = 1; records.length < limit; pageNumber++) {
		const page = await fetchPage(pageNumber, size);
		records.push(...page.records);
		if (!page.hasMore || !page.records.length) break;
	}
	return records.slice(0, limit);
}
