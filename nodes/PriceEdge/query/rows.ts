import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectNumberedPages, wanted } from '../../shared/pagination';
import { read } from '../../shared/parameters';
import { papiRequest, rowsOf } from '../request';
import { readQuery } from './read';

/**
 * Rows of a PriceEdge list call, page by page (numbered from 1) until a page comes back short or the Limit
 * is reached. The page size stays the same on every page: PriceEdge counts pages in that size.
 */
export async function queryRows(this: IExecuteFunctions, i: number, path: string): Promise<IDataObject[]> {
	const query = readQuery.call(this, i);
	const pageSize = read.wholeNumber(this, 'options.pageSize', i, { min: 1, max: 10000, fallback: 100 });
	const limit = wanted.call(this, i);
	return await collectNumberedPages<IDataObject>(this, { vendor: 'PriceEdge', limit, pageSize, itemIndex: i }, async (page, size) => {
		const answer = await papiRequest.call(
			this,
			'POST',
			path,
			{ page, nrOfRecords: size, ...query, bypassTotalCount: true },
			{ itemIndex: i },
		);
		return rowsOf(answer.Data);
	});
}
