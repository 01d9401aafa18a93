import {
	NodeApiError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IHttpRequestOptions,
	type JsonObject,
} from 'n8n-workflow';

import { redact, secretValues } from './redact';
import { headerOf, jsonBody, networkCode, responseOf, retryAfterMs, statusOf } from './response';
import { RETRY } from './retry';
import type { RequestContext, Vendor } from './vendor';
import { hostOf } from './urls';

/** A request that got no answer in time; the message is already in plain words. */
export class TimeoutError extends Error {
	readonly code = 'ETIMEDOUT';

	constructor(message: string) {
		super(message);
		this.name = 'TimeoutError';
	}
}

/** What an answer's body says to a person when the vendor's own words cannot be read from it. */
export function describeBody(body: unknown, status?: number): string | undefined {
	if (typeof body !== 'string' || !body.trim()) return undefined;
	if (/^\s*</.test(body)) {
		return status !== undefined && status >= 500
			? `the service is unavailable at the moment (HTTP ${status}): try again in a few minutes`
			: 'an HTML page instead of an API answer (is the URL in the credential right?)';
	}
	return body.trim().slice(0, 300);
}

async function credentialsOf(context: RequestContext, vendor: Vendor): Promise<ICredentialDataDecryptedObject> {
	try {
		return (await context.getCredentials(vendor.credentialType)) as ICredentialDataDecryptedObject;
	} catch {
		return {}; // without credentials there is nothing of theirs to hide
	}
}

function isTimeout(error: unknown): boolean {
	const code = networkCode(error);
	const message = String((error as Error)?.message ?? '');
	return error instanceof TimeoutError || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || /timeout of \d+ms exceeded/i.test(message);
}

/** Builds the error a person sees: the vendor's message, what was called, what to do; secrets removed. */
export async function vendorError(
	this: RequestContext,
	vendor: Vendor,
	error: unknown,
	options: Pick<IHttpRequestOptions, 'method' | 'url' | 'timeout'>,
	itemIndex?: number,
	/** The credential values the request was signed with, when they may be older than the stored ones. */
	signedWith?: ICredentialDataDecryptedObject,
): Promise<NodeApiError> {
	const response = responseOf(error);
	const status = statusOf(error);
	const body = jsonBody(response?.data) ?? response?.data;
	const where = `${options.method ?? 'GET'} ${String(options.url ?? '').split('?')[0]}`;
	const ownDescription = (error as { description?: unknown }).description;
	const credentials = await credentialsOf(this, vendor);
	let message: string;
	let description: string;

	if (status !== undefined && status >= 300 && status < 400) {
		const host = hostOf(headerOf(response?.headers, 'location'), String(options.url ?? ''));
		message = `${vendor.name} answered with a redirect to ${host} instead of an answer`;
		description = `Nothing was sent to ${host}: requests that carry your sign-in never follow a redirect. Check the ${vendor.urlField} in the ${vendor.name} credential (the service may have moved, or need https://). Request: ${where}.`;
	} else if (status !== undefined) {
		message = vendor.errorMessage(body) ?? describeBody(body, status) ?? `${vendor.name} answered with HTTP ${status}`;
		const retryAfter = retryAfterMs(response?.headers);
		if (status === 429 && retryAfter !== undefined) {
			message += retryAfter > RETRY.maxDelayMs
				? ` (${vendor.name} asks to wait ${Math.ceil(retryAfter / 1000)} s, longer than the node waits: run it again later)`
				: ` (${vendor.name} asked to wait ${Math.ceil(retryAfter / 1000)} s; it still refused after the waits)`;
		}
		description = [`${vendor.name} answered HTTP ${status} to ${where}.`, vendor.hint?.(status, body, credentials)].filter(Boolean).join(' ');
	} else if (isTimeout(error)) {
		const seconds = Math.round(Number(options.timeout ?? 0) / 1000);
		message = `${vendor.name} did not answer within ${seconds || 'the allowed'} seconds`;
		description = `Request: ${where}. Try again later; if ${vendor.name} is often this slow, raise Request Options → Timeout.`;
	} else if (networkCode(error)) {
		message = `Could not reach ${vendor.name} (${networkCode(error)})`;
		description = `Request: ${where}. Check the ${vendor.urlField} in the ${vendor.name} credential and that ${vendor.name} can be reached from n8n.`;
	} else {
		// A failure already worded for a person, such as a sign-in error from the credential: shown as it is.
		message = (error as Error)?.message ?? `No answer from ${vendor.name}`;
		description = typeof ownDescription === 'string' && ownDescription ? ownDescription : `Request: ${where}.`;
	}
	const secrets = [...secretValues(credentials), ...secretValues(signedWith)];
	const clean = { message: redact(message, secrets), description: redact(description, secrets) };
	return new NodeApiError(this.getNode(), { ...clean, httpCode: status } as JsonObject, {
		...clean,
		httpCode: status ? String(status) : undefined,
		itemIndex,
	});
}

/**
 * A failure the vendor reports inside a successful (HTTP 200) answer, such as `"Succeeded": false`: an error
 * with the vendor's words, secrets removed, and none of the raw answer attached.
 */
export async function vendorRefusal(
	this: RequestContext,
	vendor: Vendor,
	text: { message: string; description?: string },
	itemIndex?: number,
): Promise<NodeApiError> {
	const secrets = secretValues(await credentialsOf(this, vendor));
	const clean = {
		message: redact(text.message, secrets),
		...(text.description ? { description: redact(text.description, secrets) } : {}),
	};
	return new NodeApiError(this.getNode(), clean as JsonObject, { ...clean, httpCode: '200', itemIndex });
}

/** Fails with the vendor's words when an answer that should be a JSON object is not one. */
export function expectObject(vendor: Vendor, context: RequestContext, body: unknown, itemIndex?: number): IDataObject {
	const parsed = typeof body === 'string' ? (jsonBody(body) ?? body) : body;
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
	const shown = typeof parsed === 'string' ? describeBody(parsed) : JSON.stringify(parsed)?.slice(0, 100);
	throw new NodeApiError(context.getNode(), {} as JsonObject, {
		message: `${vendor.name} sent an answer that could not be read`,
		description: `Expected a JSON object, got ${shown ?? 'an empty answer'}.`,
		itemIndex,
	});
}
