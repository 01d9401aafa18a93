/**
 * The PriceEdge API URL, `https://yourdomain.priceedge.eu/papi`, as users paste it (with or without a
 * trailing slash). PriceEdge works only over HTTPS because its bearer tokens can be used by anyone who holds
 * them; plain http is allowed for this computer alone (a local test server).
 */
export const API_URL_HELP = 'The API URL is your company address followed by /papi, for example https://yourdomain.priceedge.eu/papi';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export type ApiUrl = { ok: true; url: string } | { ok: false; problem: string };

export function parseApiUrl(value: unknown): ApiUrl {
	const text = String(value ?? '').trim().replace(/\/+$/, '');
	if (!text) return { ok: false, problem: `The API URL is empty. ${API_URL_HELP}.` };
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return { ok: false, problem: `The API URL "${text}" is not a web address. ${API_URL_HELP}.` };
	}
	if (parsed.protocol === 'https:') return { ok: true, url: text };
	if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase())) return { ok: true, url: text };
	return {
		ok: false,
		problem: `PriceEdge works only over HTTPS: change the API URL to start with https:// (it is "${parsed.protocol}//${parsed.host}…"). ${API_URL_HELP}.`,
	};
}

/** Fails with a message a person can act on when a request would go to a plain-http address. */
export function assertHttps(url: unknown): void {
	if (!/^http:/i.test(String(url ?? '').trim())) return;
	const parsed = parseApiUrl(url);
	if (!parsed.ok) throw new Error(parsed.problem);
}
