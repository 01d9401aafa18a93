import { NodeOperationError, type IDataObject, type IHttpRequestMethods } from 'n8n-workflow';

import { credentialProblem, parseApiUrl } from '../../credentials/priceEdge/signIn';
import { expectObject, vendorRefusal } from '../shared/errors';
import { vendorRequest, type CallOptions } from '../shared/transport';
import type { RequestContext } from '../shared/vendor';
import { errorsText, priceEdge } from './vendor';
import { credentialsOnce } from '../shared/credentials';

/**
 * One call to the PriceEdge API (`{api}/api/...`): sends JSON as the docs show, and returns the answer's
 * envelope `{"Data": ..., "Errors": [], "Succeeded": true}`. `"Succeeded": false` is a failure even under
 * HTTP 200.
 */
export async function papiRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	call: CallOptions = {},
): Promise<IDataObject> {
	const credentials = await credentialsOnce(this, 'priceEdgeApi');
	const problem = credentialProblem(credentials);
	if (problem) throw new NodeOperationError(this.getNode(), problem, { itemIndex: call.itemIndex });
	const apiUrl = (parseApiUrl(credentials.apiUrl) as { url: string }).url;
	const vendor = priceEdge;
	const answer = await vendorRequest.call(
		this,
		vendor,
		{ method, url: `${apiUrl}${path}`, headers: { 'Content-Type': 'application/json' }, ...(body ? { body } : {}) },
		// Every call here reads: sending it again does no harm.
		{ repeatable: true, ...call },
	);
	const envelope = expectObject(vendor, this, answer, call.itemIndex);
	if (envelope.Succeeded === false) {
		const reason = errorsText(envelope.Errors) || 'no reason given';
		throw await vendorRefusal.call(
			this,
			vendor,
			{
				message: `PriceEdge refused the request: ${reason}`,
				description: `PriceEdge answered "Succeeded": false to ${method} ${path}.`,
			},
			call.itemIndex,
		);
	}
	return envelope;
}

/** Rows in a `Data` answer: `{"data": [...], "totalRecords": n, "page": p}`, or a list as it is. */
export function rowsOf(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	if (data && typeof data === 'object' && Array.isArray((data as IDataObject).data)) {
		return (data as IDataObject).data as IDataObject[];
	}
	return [];
}
