import { NodeOperationError, type IExecuteFunctions, type IHttpRequestOptions } from 'n8n-workflow';

import { parsePushKey, PUSH_KEY_HELP } from '../../credentials/pruvan/pushKey';
import { expectObject, vendorRefusal } from '../shared/errors';
import { vendorRequest, type CallOptions } from '../shared/transport';
import type { Vendor } from '../shared/vendor';
import { credentialsOnce } from '../shared/credentials';

/** Pruvan's answer: `{"response":true,"error":"success"}`, or `response:false` with the reason in `error`. */
export interface PruvanAnswer {
	response: boolean;
	error: string;
}

export const pruvan: Vendor = {
	name: 'Pruvan',
	credentialType: 'pruvanApi',
	urlField: 'Base URL',
	errorMessage: (body) =>
		body && typeof body === 'object' && typeof (body as PruvanAnswer).error === 'string'
			? (body as PruvanAnswer).error
			: undefined,
};

/** Calls the push-key URL. Pruvan answers HTTP 200 even for a bad key: the body decides. */
export async function pushKeyRequest(
	this: IExecuteFunctions,
	options: Omit<IHttpRequestOptions, 'url'>,
	call: CallOptions = {},
): Promise<PruvanAnswer> {
	const credentials = await credentialsOnce(this, 'pruvanApi');
	const pushKey = parsePushKey(credentials.pushApiKey);
	if (!pushKey.ok) {
		throw new NodeOperationError(this.getNode(), pushKey.problem, {
			description: PUSH_KEY_HELP,
			itemIndex: call.itemIndex,
		});
	}
	const body = await vendorRequest.call(this, pruvan, { ...options, url: String(credentials.baseUrl) }, call);
	const answer = expectObject(pruvan, this, body, call.itemIndex) as unknown as PruvanAnswer;
	if (answer.response === true) return answer;
	const invalidKey = /invalid clientCode/i.test(String(answer.error));
	throw await vendorRefusal.call(
		this,
		pruvan,
		invalidKey
			? { message: 'Pruvan does not know this push key (invalid clientCode)', description: PUSH_KEY_HELP }
			: { message: `Pruvan refused the request: ${String(answer.error ?? 'no reason given')}` },
		call.itemIndex,
	);
}
