import type { IDataObject } from 'n8n-workflow';

/** What the request layer knows of an HTTP answer, whichever n8n version handed it over. */
export interface HttpAnswer {
	status?: number;
	headers?: Record<string, unknown>;
	data?: unknown;
}

/** An answer with a status the request layer does not accept (it decides on retries and words the error). */
export class HttpFailure extends Error {
	constructor(readonly response: HttpAnswer) {
		super(`HTTP ${response.status}`);
		this.name = 'HttpFailure';
	}
}

/**
 * The HTTP answer behind an error. The request layer's own failures carry the whole answer; n8n 2.x keeps it
 * on the error's cause; n8n 1.x keeps only the status (`httpCode`) and a JSON body (`context.data`).
 */
export function responseOf(error: unknown): HttpAnswer | undefined {
	let current = error as { response?: HttpAnswer; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		if (current.response && typeof current.response === 'object') return current.response;
		current = current.cause as typeof current;
	}
	const wrapped = error as { httpCode?: unknown; context?: { data?: unknown } } | undefined;
	const status = Number(wrapped?.httpCode);
	if (wrapped?.context?.data === undefined && !(Number.isInteger(status) && status >= 100)) return undefined;
	return { status: Number.isInteger(status) && status >= 100 ? status : undefined, data: wrapped?.context?.data };
}

export function statusOf(error: unknown): number | undefined {
	const status = Number(responseOf(error)?.status);
	return Number.isInteger(status) && status >= 100 ? status : undefined;
}

/** A header, whatever its case. */
export function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	const value = key === undefined ? undefined : headers[key];
	return value === undefined || value === null ? undefined : String(Array.isArray(value) ? value[0] : value);
}

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds. */
export function retryAfterMs(headers: Record<string, unknown> | undefined): number | undefined {
	const raw = headerOf(headers, 'retry-after')?.trim();
	if (!raw) return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
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

/** The network failure code (ECONNREFUSED, ETIMEDOUT…) of an error without an answer. */
export function networkCode(error: unknown): string | undefined {
	const e = error as { code?: unknown; cause?: { code?: unknown } };
	const code = e.cause?.code ?? e.code;
	return typeof code === 'string' && /^E[A-Z_]+$/.test(code) ? code : undefined;
}
