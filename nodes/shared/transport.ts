import {
	NodeApiError,
	sleep,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';

import { redact, secretValues } from './redact';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** What the shared transport needs to know of a vendor. */
export interface Vendor {
	/** The vendor's name as users know it, used in messages. */
	name: string;
	credentialType: string;
	/** The vendor's own error text in a response body, if it has one. */
	errorMessage(body: unknown): string | undefined;
	/** A sentence telling the user what to do about a failed status, if there is one. */
	hint?(status: number, body: unknown): string | undefined;
}

export interface CallOptions {
	/** Item the request is made for: errors name it. */
	itemIndex?: number;
	/**
	 * Whether sending the request twice does no harm. Defaults to true for GET, HEAD, PUT and DELETE.
	 * A request that is not safe to repeat is retried only on 429 (the vendor refused it unprocessed).
	 */
	repeatable?: boolean;
}

export const RETRY = {
	attempts: 4,
	baseDelayMs: 400,
	maxDelayMs: 30_000,
};

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const REPEATABLE_METHODS = new Set<IHttpRequestMethods>(['GET', 'HEAD', 'PUT', 'DELETE']);

interface ErrorResponse {
	status?: number;
	headers?: Record<string, unknown>;
	data?: unknown;
}

/**
 * The HTTP response behind an error thrown by n8n's request helpers. n8n 2.x keeps the whole response on the
 * error's cause; n8n 1.x keeps only the status (`httpCode`) and a JSON body (`context.data`), no headers.
 */
export function responseOf(error: unknown): ErrorResponse | undefined {
	let current = error as { response?: ErrorResponse; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		if (current.response && typeof current.response === 'object') return current.response;
		current = current.cause as typeof current;
	}
	const wrapped = error as { httpCode?: unknown; context?: { data?: unknown } } | undefined;
	const status = Number(wrapped?.httpCode);
	if (wrapped?.context?.data === undefined && !(Number.isInteger(status) && status >= 100)) return undefined;
	return { status: Number.isInteger(status) && status >= 100 ? status : undefined, data: wrapped?.context?.data };
}

function statusOf(error: unknown): number | undefined {
	const status = Number(responseOf(error)?.status);
	return Number.isInteger(status) && status >= 100 ? status : undefined;
}

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds. */
export function retryAfterMs(headers: Record<string, unknown> | undefined): number | undefined {
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(raw));
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoffMs(attempt: number): number {
	const exponential = RETRY.baseDelayMs * 2 ** attempt;
	return Math.min(RETRY.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
}

/**
 * Sends, and sends again on 429/502/503/504 after the vendor's Retry-After (capped) or an exponential backoff
 * with jitter. A request that is not repeatable is sent again only on 429 (the vendor refused it unprocessed).
 * Used for API calls and for credentials' token requests alike.
 */
export async function withRetries<T>(send: () => Promise<T>, repeatable: boolean): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		const outcome = await send().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (outcome.ok) return outcome.value;
		const status = statusOf(outcome.error);
		const wait = retryAfterMs(responseOf(outcome.error)?.headers);
		const retryable = status !== undefined && RETRY_STATUSES.has(status) && (repeatable || status === 429);
		if (!retryable || attempt >= RETRY.attempts || (wait !== undefined && wait > RETRY.maxDelayMs)) {
			// The caller words the failure for its vendor (vendorError, or a credential's SignInError).
			return await Promise.reject(outcome.error);
		}
		await sleep(wait ?? backoffMs(attempt - 1));
	}
}

/**
 * Sends one request through n8n's authenticated request helper (so n8n applies the credential, caches its
 * token and renews it once on a 401), retries as `withRetries` does, and turns failures into errors that
 * carry the vendor's own message and no secret.
 */
export async function vendorRequest<T = unknown>(
	this: RequestContext,
	vendor: Vendor,
	options: IHttpRequestOptions,
	call: CallOptions = {},
): Promise<T> {
	const method = (options.method ?? 'GET') as IHttpRequestMethods;
	const repeatable = call.repeatable ?? REPEATABLE_METHODS.has(method);
	try {
		return (await withRetries(
			async () =>
				await this.helpers.httpRequestWithAuthentication.call(this, vendor.credentialType, {
					json: true,
					...options,
					method,
				}),
			repeatable,
		)) as T;
	} catch (error) {
		throw await vendorError.call(this, vendor, error, options, call.itemIndex);
	}
}

/** A body as an object when it holds JSON: n8n hands some bodies over as text or bytes (unusual media types, errors). */
export function jsonBody(body: unknown): IDataObject | undefined {
	const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : body;
	if (text && typeof text === 'object') return text as IDataObject;
	if (typeof text !== 'string') return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return value && typeof value === 'object' ? (value as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

function describeBody(body: unknown): string | undefined {
	if (typeof body !== 'string' || !body.trim()) return undefined;
	if (/^\s*</.test(body)) return 'an HTML page instead of an API answer (is the URL in the credential right?)';
	return body.trim().slice(0, 300);
}

/** Builds the error a person sees: the vendor's message, what was called, what to do; secrets removed. */
export async function vendorError(
	this: RequestContext,
	vendor: Vendor,
	error: unknown,
	options: Pick<IHttpRequestOptions, 'method' | 'url'>,
	itemIndex?: number,
): Promise<NodeApiError> {
	const response = responseOf(error);
	const retryAfter = retryAfterMs(response?.headers);
	const status = statusOf(error);
	const body = jsonBody(response?.data) ?? response?.data;
	let secrets: string[] = [];
	try {
		secrets = secretValues((await this.getCredentials(vendor.credentialType)) as ICredentialDataDecryptedObject);
	} catch {
		// without credentials there is nothing of theirs to hide
	}
	const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ??
		(error as { code?: string }).code;
	// Without an HTTP answer: a network failure (it has a code), or a failure already worded for a person,
	// such as a SignInError from a credential's token request: that one is shown as it is.
	const withoutAnswer = code
		? `Could not reach ${vendor.name} (${code}): ${(error as Error).message}`
		: ((error as Error).message ?? `No answer from ${vendor.name}`);
	let message =
		vendor.errorMessage(body) ??
		describeBody(body) ??
		(status ? `${vendor.name} answered with HTTP ${status}` : withoutAnswer);
	if (status === 429 && retryAfter !== undefined) {
		message += ` (${vendor.name} asks to wait ${Math.ceil(retryAfter / 1000)} s)`;
	}
	const where = `${options.method ?? 'GET'} ${String(options.url ?? '').split('?')[0]}`;
	const hint = status ? vendor.hint?.(status, body) : undefined;
	const ownDescription = (error as { description?: unknown }).description;
	const description = status
		? [`${vendor.name} answered HTTP ${status} to ${where}.`, hint].filter(Boolean).join(' ')
		: typeof ownDescription === 'string' && ownDescription
			? ownDescription
			: `Request: ${where}.`;
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
	const secrets = secretValues((await this.getCredentials(vendor.credentialType)) as ICredentialDataDecryptedObject);
	const clean = {
		message: redact(text.message, secrets),
		...(text.description ? { description: redact(text.description, secrets) } : {}),
	};
	return new NodeApiError(this.getNode(), clean as JsonObject, { ...clean, httpCode: '200', itemIndex });
}

/** Fails with the vendor's words when an answer that should be a JSON object is not one. */
export function expectObject(vendor: Vendor, context: RequestContext, body: unknown, itemIndex?: number): IDataObject {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	const shown = typeof body === 'string' ? describeBody(body) : JSON.stringify(body)?.slice(0, 100);
	throw new NodeApiError(context.getNode(), {} as JsonObject, {
		message: `${vendor.name} sent an answer that could not be read`,
		description: `Expected a JSON object, got ${shown ?? 'an empty answer'}.`,
		itemIndex,
	});
}
