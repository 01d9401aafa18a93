/**
 * Where a credential may send its secrets. Over plain http a password, token or key can be read by anyone on
 * the way, so http is accepted only for this computer (a local test server); every other address must use https.
 */
const LOOPBACK = /^(localhost|[a-z0-9-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;

export type CheckedUrl = { ok: true; url: string } | { ok: false; problem: string };

/** A base URL as users paste it (spaces and trailing slashes removed), or why it cannot be used. */
export function checkBaseUrl(value: unknown, field: string): CheckedUrl {
	const text = String(value ?? '').trim().replace(/\/+$/, '');
	if (!text) return { ok: false, problem: `The ${field} is empty.` };
	const parsed = parse(text);
	if (!parsed) return { ok: false, problem: `The ${field} "${text.slice(0, 100)}" is not a web address (it should start with https://).` };
	const problem = insecure(parsed, field);
	return problem ? { ok: false, problem } : { ok: true, url: text };
}

function insecure(url: URL, field: string): string | undefined {
	if (url.protocol === 'https:') return undefined;
	if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return undefined;
	if (url.protocol === 'http:') {
		return `The ${field} uses http://, which would send your sign-in unencrypted to ${url.host}. Change it to start with https:// (only a test server on this computer, localhost, may use http).`;
	}
	return `The ${field} must start with https://, not ${url.protocol}//.`;
}

function parse(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

/** Why a request URL would carry secrets unencrypted, if it would; relative URLs (resolved by n8n) pass. */
export function requestUrlProblem(url: unknown, field: string): string | undefined {
	const text = String(url ?? '').trim();
	if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return undefined;
	const parsed = parse(text);
	return parsed ? insecure(parsed, field) : `The ${field} "${text.slice(0, 100)}" is not a web address.`;
}

/** Refuses a request URL that would carry secrets unencrypted. */
export function assertSecureRequestUrl(url: unknown, field: string): void {
	const problem = requestUrlProblem(url, field);
	if (problem) throw new Error(problem);
}

/** The host a redirect points to, for a message ("another address" when it cannot be read). */
export function hostOf(location: string | undefined, base: string | undefined): string {
	const url = parse(String(location)) ?? (base && parse(base) ? parse(new URL(String(location), base).href) : undefined);
	return url?.host || 'another address';
}

/** The request's own URL when it is absolute, else its base URL: either would carry the secrets. */
export function assertSecureRequest(options: { url?: string; baseURL?: string }, field: string): void {
	const absolute = /^[a-z][a-z0-9+.-]*:/i.test(String(options.url ?? '').trim());
	assertSecureRequestUrl(absolute ? options.url : (options.baseURL ?? options.url), field);
}
