import { NodeOperationError, type IDataObject, type IHttpRequestMethods } from 'n8n-workflow';

import {
	expectObject,
	vendorRefusal,
	vendorRequest,
	type CallOptions,
	type RequestContext,
	type Vendor,
} from '../shared/transport';
import { API_URL_HELP, parseApiUrl } from './apiUrl';
import { API_KEY_HELP, CREDENTIAL_HELP, credentialProblem } from './signIn';

/** PriceEdge's `Errors` list as one text: entries are texts, or objects holding a message. */
export function errorsText(errors: unknown): string {
	if (!Array.isArray(errors)) return '';
	return errors
		.map((entry: unknown) => {
			if (entry && typeof entry === 'object') {
				const e = entry as IDataObject;
				return String(e.Message ?? e.message ?? e.ErrorMessage ?? JSON.stringify(e));
			}
			return String(entry ?? '');
		})
		.filter(Boolean)
		.join('; ');
}

export const priceEdge: Vendor = {
	name: 'PriceEdge',
	credentialType: 'priceEdgeApi',
	errorMessage(body) {
		if (!body || typeof body !== 'object') return undefined;
		const answer = body as IDataObject;
		const errors = errorsText(answer.Errors);
		if (errors) return errors;
		for (const key of ['Message', 'error_description', 'error', 'ExceptionMessage', 'message']) {
			if (typeof answer[key] === 'string' && answer[key]) return answer[key] as string;
		}
		return undefined;
	},
	hint(status) {
		if (status === 401) return `PriceEdge did not accept the credential even after a new sign-in. ${CREDENTIAL_HELP}`;
		if (status === 403) return `PriceEdge refuses these credentials, or this user may not see this data. ${CREDENTIAL_HELP}`;
		if (status === 404) return `Check the table name, and the API URL in the credential. ${API_URL_HELP}.`;
		if (status === 429) return 'PriceEdge asks to slow down: lower Request Options → Parallel Requests.';
		return undefined;
	},
};

/** API Key mode has no sign-in and no client ID: its messages speak of the username and password only. */
const priceEdgeApiKey: Vendor = {
	...priceEdge,
	hint(status, body) {
		if (status === 401) return `PriceEdge did not accept the username and password. ${API_KEY_HELP}`;
		if (status === 403) return `PriceEdge refuses these credentials, or this user may not see this data. ${API_KEY_HELP}`;
		return priceEdge.hint?.(status, body);
	},
};

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
	const credentials = await this.getCredentials('priceEdgeApi');
	const problem = credentialProblem(credentials);
	if (problem) throw new NodeOperationError(this.getNode(), problem, { itemIndex: call.itemIndex });
	const apiUrl = (parseApiUrl(credentials.apiUrl) as { url: string }).url;
	const vendor = credentials.authentication === 'apiKey' ? priceEdgeApiKey : priceEdge;
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
