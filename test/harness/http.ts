import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/**
 * A plain HTTP call for fake picker contexts, honouring what n8n's request helper honours for this package:
 * JSON in and out, `returnFullResponse`, `ignoreHttpStatusErrors` (all, or all but some statuses), redirects
 * not followed; failures carry `response` as n8n's do.
 */
export async function plainRequest(options: IHttpRequestOptions): Promise<unknown> {
	const url = new URL(String(options.baseURL ?? '') + options.url);
	for (const [key, value] of Object.entries((options.qs ?? {}) as IDataObject)) url.searchParams.set(key, String(value));
	const body = typeof options.body === 'string' || options.body === undefined ? options.body : JSON.stringify(options.body);
	const response = await fetch(url, { method: options.method ?? 'GET', headers: options.headers as Record<string, string>, body, redirect: 'manual' });
	const text = await response.text();
	let data: unknown = text;
	try {
		data = text ? JSON.parse(text) : undefined;
	} catch {
		// not JSON: handed over as text, as n8n does
	}
	const ignore = options.ignoreHttpStatusErrors;
	const ignored = ignore === true || (typeof ignore === 'object' && !ignore.except.includes(response.status));
	if (!response.ok && !ignored) throw Object.assign(new Error(`HTTP ${response.status}`), { response: { status: response.status, data } });
	return options.returnFullResponse ? { body: data, headers: Object.fromEntries(response.headers), statusCode: response.status } : data;
}
