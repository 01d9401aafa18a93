import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectNumberedPages } from '../shared/pagination';

/**
 * A list from an answer that may be a bare array or wrap it (`items`, `data`, `results`, … or its only list):
 * PurePro does not document the shape of its lists.
 */
export function listOf(answer: unknown): IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (!answer || typeof answer !== 'object') return [];
	const lists = Object.entries(answer).filter(([, value]) => Array.isArray(value));
	const named = lists.find(([key]) => /^(items|data|results|records|value|accounts|workers|payslips|controljobs|list)$/i.test(key));
	const [, list] = named ?? (lists.length === 1 ? lists[0] : ['', []]);
	return list as IDataObject[];
}

/**
 * One page of a PurePro list (`Page`, `Size`). PurePro answers 404 to "wrong input", which a page past the
 * end may be, so a 404 after the first page ends the list instead of failing it.
 */
export async function pageOf(page: number, size: number, fetch: () => Promise<unknown>): Promise<{ records: IDataObject[]; hasMore: boolean }> {
	const records = await fetch().then(listOf, (error: { httpCode?: string }) => {
		if (page > 1 && error.httpCode === '404') return [];
		throw error;
	});
	return { records, hasMore: records.length >= size };
}

/** Pages of a PurePro list, as many records as asked for, through the shared paging helper. */
export async function readPages(
	this: IExecuteFunctions,
	itemIndex: number,
	options: { limit: number; pageSize: number; maxPages?: number; tooMany?: string },
	fetch: (page: number, size: number) => Promise<unknown>,
): Promise<IDataObject[]> {
	return await collectNumberedPages<IDataObject>(this, { vendor: 'PurePro', itemIndex, ...options }, async (page, size) =>
		(await pageOf(page, size, async () => await fetch(page, size))).records,
	);
}

/** An answer as output: an object as it is, anything else under `result`. */
export function asOutput(answer: unknown, fallback: IDataObject = {}): IDataObject | IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (answer && typeof answer === 'object') return answer as IDataObject;
	return answer === undefined || answer === '' ? fallback : { ...fallback, result: answer as string };
}
