import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { resourcesOf } from '../jsonApi';
import { flowiiRequest } from '../request';

function name(attributes: IDataObject | undefined, fallback: string): string {
	return String(attributes?.name ?? attributes?.caption ?? fallback);
}

/** The company access list: the companies this FLOWii user may work in. */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await flowiiRequest.call(this, { path: '/companies' });
	const wanted = (filter ?? '').toLowerCase();
	return {
		results: resourcesOf(answer)
			.map((c) => ({ name: name(c.attributes, `Company ${String(c.id)}`), value: String(c.id) }))
			.filter((c) => !wanted || c.name.toLowerCase().includes(wanted) || c.value === wanted),
	};
}

/** Partners of the chosen company, found by FLOWii's own search text. */
export async function searchPartners(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const companyId = String(this.getCurrentNodeParameter('company', { extractValue: true }) ?? '').trim();
	if (!companyId) return { results: [] };
	const qs: IDataObject = { companyId };
	if (filter) qs['filter[search-text]'] = filter;
	const answer = await flowiiRequest.call(this, { path: '/partners', qs });
	return {
		results: resourcesOf(answer).map((p) => ({ name: name(p.attributes, `Partner ${String(p.id)}`), value: String(p.id) })),
	};
}
