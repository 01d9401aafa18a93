import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { resourcesOf } from '../jsonApi';
import { pickerList } from '../../shared/pickerErrors';
import { flowiiRequest, type FlowiiCall } from '../request';

/** What the pickers say when FLOWii refuses the credential's sign-in or token. */
export const REFUSED =
	'FLOWii refused the FLOWii credential: open it and check the login e-mail, the password and the API key (in FLOWii: Settings → Extensions → API)';

/** A FLOWii request for a picker; a refused credential is explained. */
export async function pickerRequest(this: ILoadOptionsFunctions, request: FlowiiCall) {
	return await pickerList(this, REFUSED, async () => await flowiiRequest.call(this, request));
}

function name(attributes: IDataObject | undefined, fallback: string): string {
	return String(attributes?.name ?? attributes?.caption ?? fallback);
}

/** The company access list: the companies this FLOWii user may work in. */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await pickerRequest.call(this, { path: '/companies' });
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
	const answer = await pickerRequest.call(this, { path: '/partners', qs });
	return {
		results: resourcesOf(answer).map((p) => ({ name: name(p.attributes, `Partner ${String(p.id)}`), value: String(p.id) })),
	};
}

/** Orders asked of FLOWii per page of the picker. */
const ORDER_PAGE = 50;

/**
 * Orders of the chosen company, newest pages as FLOWii sends them, filtered by name or serial number here
 * (FLOWii's order list has no search filter that is known); the picker asks for the next page as you scroll.
 */
export async function searchOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const companyId = String(this.getCurrentNodeParameter('company', { extractValue: true }) ?? '').trim();
	if (!companyId) return { results: [] };
	const page = Number(paginationToken) || 1;
	const answer = await pickerRequest.call(this, { path: '/orders', qs: { companyId, 'page[size]': ORDER_PAGE, 'page[number]': page } });
	const wanted = (filter ?? '').trim().toLowerCase();
	const orders = resourcesOf(answer);
	const results = orders
		.map((o) => {
			const serial = String(o.attributes?.['serial-nr'] ?? '').trim();
			const title = name(o.attributes, `Order ${String(o.id)}`);
			return { name: serial ? `${serial} · ${title}` : title, value: String(o.id) };
		})
		.filter((o) => !wanted || o.name.toLowerCase().includes(wanted) || o.value === wanted);
	const more = orders.length >= ORDER_PAGE || !!answer.links?.next;
	return { results, ...(more && orders.length ? { paginationToken: String(page + 1) } : {}) };
}
