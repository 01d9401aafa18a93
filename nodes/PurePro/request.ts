import { NodeOperationError, type IDataObject, type IHttpRequestMethods } from 'n8n-workflow';

import { segmentProblem } from '../shared/parameters';
import { vendorRequest, type CallOptions } from '../shared/transport';
import { checkBaseUrl } from '../shared/urls';
import type { RequestContext } from '../shared/vendor';
import { purePro } from './vendor';
import { credentialsOnce } from '../shared/credentials';

/**
 * Calls `{Public API URL}/{path}/{segments…}`: the path keeps the docs' case, every segment (account, business
 * unit, reference) is encoded, and one that would move the request elsewhere ("..") is refused.
 */
export async function pureProRequest<T = unknown>(
	this: RequestContext,
	method: IHttpRequestMethods,
	[path, ...segments]: string[],
	options: { qs?: IDataObject; body?: IDataObject } = {},
	call: CallOptions = {},
): Promise<T> {
	const credentials = await credentialsOnce(this, 'pureProApi');
	const base = checkBaseUrl(credentials.publicApiUrl, 'Public API URL in the PurePro credential');
	if (!base.ok) throw new NodeOperationError(this.getNode(), base.problem, { itemIndex: call.itemIndex });
	const unsafe = segments.find((segment) => segmentProblem(segment));
	if (unsafe !== undefined) {
		throw new NodeOperationError(this.getNode(), `"${unsafe}" cannot be used in a PurePro address: ${segmentProblem(unsafe)}`, {
			itemIndex: call.itemIndex,
		});
	}
	const url = [base.url, path, ...segments.map((segment) => encodeURIComponent(segment))].join('/');
	const request = { method, url, ...(options.qs ? { qs: options.qs } : {}), ...(options.body ? { body: options.body } : {}) };
	return (await vendorRequest.call(this, purePro, request, call)) as T;
}
