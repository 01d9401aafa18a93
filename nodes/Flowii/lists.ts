import { NodeApiError, type IDataObject, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';

import { apiUrl } from '../../credentials/flowii/signIn';
import { collect } from '../shared/pagination';
import { resourcesOf, simplify, type Resource } from './jsonApi';
import { flowiiRequest } from './request';
import { credentialsOnce } from '../shared/credentials';

interface Place {
	path: string;
	qs: IDataObject;
}

/** A path from `links.next`, kept on the credential's API host so the token never goes elsewhere. */
function nextPlace(next: unknown, base: string, companyId: unknown): Place | undefined {
	const href = typeof next === 'string' ? next : typeof next === 'object' && next ? (next as IDataObject).href : undefined;
	if (typeof href !== 'string' || !href) return undefined;
	const baseUrl = new URL(`${base}/`);
	const url = new URL(href, baseUrl);
	const basePath = baseUrl.pathname.replace(/\/$/, '');
	const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
	const qs: IDataObject = Object.fromEntries(url.searchParams);
	if (!qs.companyId && companyId) qs.companyId = companyId;
	return { path, qs };
}

/**
 * A list, as many records as asked for: the first page with `qs`, then FLOWii's `links.next` until it gives
 * none (the shared paging helper stops a next link that loops or never ends).
 */
export async function collectList(
	this: IExecuteFunctions,
	itemIndex: number,
	limit: number,
	path: string,
	qs: IDataObject,
): Promise<Resource[]> {
	const base = apiUrl((await credentialsOnce(this, 'flowiiApi')).url);
	const first = JSON.stringify({ path, qs });
	return await collect<Resource>(this, { vendor: 'FLOWii', limit, first, itemIndex }, async (place) => {
		const request = JSON.parse(String(place)) as Place;
		const page = await flowiiRequest.call(this, request, { itemIndex });
		if (page.data !== undefined && !Array.isArray(page.data)) {
			throw new NodeApiError(this.getNode(), page as JsonObject, {
				message: 'FLOWii sent a list answer that could not be read',
				description: `Expected a JSON:API list (data: [...]) from GET ${path}.`,
				itemIndex,
			});
		}
		const next = nextPlace(page.links?.next, base, qs.companyId);
		return { records: resourcesOf(page), next: next ? JSON.stringify(next) : undefined };
	});
}

/** Output for a list: flat records, or FLOWii's own resource objects when Simplify is off. */
export function listOutput(this: IExecuteFunctions, itemIndex: number, resources: Resource[]): IDataObject[] {
	const simple = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return resources.map((resource) => (simple ? simplify(resource) : (resource as IDataObject)));
}

/** Output for one record: a flat record, or FLOWii's whole answer when Simplify is off. */
export function recordOutput(this: IExecuteFunctions, itemIndex: number, document: IDataObject): IDataObject {
	const simple = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	if (!simple) return document;
	const [resource] = resourcesOf(document);
	return resource ? simplify(resource) : document;
}
