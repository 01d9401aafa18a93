import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { apiUrl } from '../../credentials/flowii/signIn';
import { expectObject } from '../shared/errors';
import { jsonBody } from '../shared/response';
import { vendorRequest, type CallOptions } from '../shared/transport';
import type { RequestContext } from '../shared/vendor';
import { MEDIA_TYPE, type Document } from './jsonApi';
import { flowii } from './vendor';
import { credentialsOnce } from '../shared/credentials';

export interface FlowiiCall {
	method?: IHttpRequestMethods;
	/** A path under the API URL, such as `/partners`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** One FLOWii request, signed by the credential (bearer token and Api-Key header), answered in JSON:API. */
export async function flowiiRequest(this: RequestContext, request: FlowiiCall, call: CallOptions = {}): Promise<Document> {
	const credentials = await credentialsOnce(this, 'flowiiApi');
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
