import {
	NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type JsonObject,
} from 'n8n-workflow';

import {
	expectObject,
	jsonBody,
	vendorRequest,
	type CallOptions,
	type RequestContext,
	type Vendor,
} from '../shared/transport';
import { refuse } from '../shared/refusal';
import { present } from '../shared/validation';
import { flowiiLabel } from './fields';
import { MEDIA_TYPE, resourcesOf, simplify, type Document, type Resource } from './jsonApi';
import { apiUrl } from './signIn';

/** JSON:API errors: `{"errors":[{"status","title","detail","source":{"pointer"}}]}`. */
function jsonApiErrors(body: IDataObject): string | undefined {
	if (!Array.isArray(body.errors)) return undefined;
	const texts = (body.errors as IDataObject[])
		.map((e) => {
			const text = String(e.detail ?? e.title ?? '').trim();
			const pointer = String((e.source as IDataObject | undefined)?.pointer ?? '').split('/').pop();
			return text && pointer && !text.toLowerCase().includes(pointer.toLowerCase()) ? `${text} (${pointer})` : text;
		})
		.filter(Boolean);
	return texts.length ? texts.join('; ') : undefined;
}

export const flowii: Vendor = {
	name: 'FLOWii',
	credentialType: 'flowiiApi',
	errorMessage(body) {
		const answer = jsonBody(body);
		if (!answer) return undefined;
		const said =
			jsonApiErrors(answer) ??
			(typeof answer.error_description === 'string' ? answer.error_description : undefined) ??
			(typeof answer.message === 'string' ? answer.message : undefined) ??
			(typeof answer.Message === 'string' ? answer.Message : undefined);
		return said ? `FLOWii: ${said}` : undefined;
	},
	hint(status) {
		if (status === 401) return 'FLOWii did not accept the sign-in. Check the e-mail, password and API key in the FLOWii credential.';
		if (status === 403) return 'This FLOWii user may not do this in the chosen company. Pick another company or ask your FLOWii administrator.';
		if (status === 404) return 'FLOWii has no such record in the chosen company. Check the ID and the Company.';
		if (status === 400 || status === 422) return 'FLOWii did not accept the data. Fix the field it names and run again.';
		if (status === 429) return 'FLOWii is limiting requests. Lower Request Options → Parallel Requests, or run again later.';
		return undefined;
	},
};

export interface FlowiiCall {
	method?: IHttpRequestMethods;
	/** A path under the API URL, such as `/partners`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** One FLOWii request, signed by the credential (bearer token and Api-Key header), answered in JSON:API. */
export async function flowiiRequest(this: RequestContext, request: FlowiiCall, call: CallOptions = {}): Promise<Document> {
	const credentials = await this.getCredentials('flowiiApi');
	const answer = await vendorRequest.call(
		this,
		flowii,
		{
			method: request.method ?? 'GET',
			url: `${apiUrl(credentials.url)}${request.path}`,
			qs: request.qs,
			headers: { Accept: MEDIA_TYPE, ...(request.body ? { 'Content-Type': MEDIA_TYPE } : {}) },
			...(request.body ? { body: request.body } : {}),
		},
		call,
	);
	if (answer === undefined || answer === null || answer === '') return {};
	return expectObject(flowii, this, jsonBody(answer) ?? answer, call.itemIndex) as Document;
}

/** The Company picker's value: every business call names the company it works in (`companyId`). */
export function companyId(this: IExecuteFunctions, itemIndex: number): string {
	const company = String(this.getNodeParameter('company', itemIndex, '', { extractValue: true }) ?? '').trim();
	const rule = present('company', 'Choose the Company to work in (Company → Get Many lists yours)');
	refuse(this.getNode(), 'FLOWii', [rule], { company }, itemIndex, flowiiLabel());
	return company;
}

/** A path or URL from `links.next`, kept on the credential's API host so the token never goes elsewhere. */
function nextPath(next: unknown, base: string): { path: string; qs: IDataObject } | undefined {
	const href = typeof next === 'string' ? next : typeof next === 'object' && next ? (next as IDataObject).href : undefined;
	if (typeof href !== 'string' || !href) return undefined;
	const baseUrl = new URL(`${base}/`);
	const url = new URL(href, baseUrl);
	const basePath = baseUrl.pathname.replace(/\/$/, '');
	const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
	return { path, qs: Object.fromEntries(url.searchParams) };
}

/**
 * A list, as many records as the item asks for (Return All / Limit): the first page is asked for
 * with `qs`, then FLOWii's `links.next` is followed until it gives none.
 */
export async function collectList(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	qs: IDataObject,
): Promise<Resource[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const base = apiUrl((await this.getCredentials('flowiiApi')).url);
	const records: Resource[] = [];
	const seen = new Set<string>();
	let request: { path: string; qs: IDataObject } | undefined = { path, qs };
	while (request && records.length < limit) {
		const page = await flowiiRequest.call(this, request, { itemIndex });
		if (page.data !== undefined && !Array.isArray(page.data)) {
			throw new NodeApiError(this.getNode(), page as JsonObject, {
				message: 'FLOWii sent a list answer that could not be read',
				description: `Expected a JSON:API list (data: [...]) from GET ${path}.`,
				itemIndex,
			});
		}
		records.push(...resourcesOf(page));
		const key = JSON.stringify(request);
		seen.add(key);
		request = nextPath(page.links?.next, base);
		if (request && !request.qs.companyId && qs.companyId) request.qs.companyId = qs.companyId;
		// A next link that points back to a page already read would loop for ever.
		if (request && seen.has(JSON.stringify(request))) request = undefined;
		if (!resourcesOf(page).length) request = undefined;
	}
	return records.slice(0, limit);
}

/** Output for a list: flat records, or FLOWii's own resource objects when Simplify is off. */
export function listOutput(this: IExecuteFunctions, itemIndex: number, resources: Resource[]): IDataObject[] {
	const simple = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return resources.map((resource) => (simple ? simplify(resource) : (resource as IDataObject)));
}

/** Output for one record: a flat record, or FLOWii's whole answer when Simplify is off. */
export function recordOutput(this: IExecuteFunctions, itemIndex: number, document: Document): IDataObject {
	const simple = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	if (!simple) return document;
	const [resource] = resourcesOf(document);
	return resource ? simplify(resource) : document;
}
