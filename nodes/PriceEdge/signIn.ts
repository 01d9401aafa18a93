import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { redact } from '../shared/redact';
import { formBody, renewOnce, SignInError } from '../shared/tokens';
import { jsonBody, responseOf, withRetries } from '../shared/transport';
import { parseApiUrl } from './apiUrl';

/** What to check in the credential; the client ID only for Bearer Token, the one mode that uses it. */
export const CREDENTIAL_HELP = 'Check the username, password and Client ID in the PriceEdge credential.';
export const API_KEY_HELP = 'Check the username and password in the PriceEdge credential (API Key sends them with every request).';

/** PriceEdge's answer to POST {api}/token (vendor docs). */
interface TokenAnswer {
	access_token?: string;
	refresh_token?: string;
	expires_in?: number;
	error?: string;
	error_description?: string;
	Message?: string;
}

/** Who a token belongs to: API URL, username and client id. */
function identityOf(credentials: ICredentialDataDecryptedObject): string {
	const url = parseApiUrl(credentials.apiUrl);
	return JSON.stringify([
		url.ok ? url.url : '',
		String(credentials.username ?? '').trim(),
		String(credentials.clientId ?? '').trim(),
	]);
}

/** Why these credential values cannot work, or undefined when they can. */
export function credentialProblem(credentials: ICredentialDataDecryptedObject): string | undefined {
	const url = parseApiUrl(credentials.apiUrl);
	if (!url.ok) return url.problem;
	if (!String(credentials.username ?? '').trim() || !String(credentials.password ?? '')) {
		return 'Enter the username and password PriceEdge gave you in the PriceEdge credential';
	}
	if (credentials.authentication !== 'apiKey' && !String(credentials.clientId ?? '').trim()) {
		return 'Enter the Client ID in the PriceEdge credential: PriceEdge needs it for the Bearer Token sign-in';
	}
	return undefined;
}

/** A token request PriceEdge answered but refused (wrong password, unknown or expired refresh token). */
const REFUSED = new Set([400, 401, 403]);

type TokenOutcome = { ok: true; answer: TokenAnswer } | { ok: false; status: number; said?: string };

function parseAnswer(data: unknown): TokenAnswer {
	const answer = jsonBody(data);
	if (answer) return answer as TokenAnswer;
	if (typeof data !== 'string' || !data.trim()) return {};
	return { Message: /^\s*</.test(data) ? 'an HTML page instead of a token (is the API URL right?)' : data.slice(0, 200) };
}

/** What a failed token request means: refused (the caller may try another grant), or an error to report. */
function failedRequest(error: unknown, url: string, secrets: string[]): TokenOutcome | SignInError {
	const response = responseOf(error);
	const status = Number(response?.status);
	if (!status) {
		const code = (error as { code?: string }).code;
		// The code (ECONNREFUSED, ENOTFOUND…) stays out of the message: n8n would swap the message for a generic one.
		return new SignInError(
			`Could not reach PriceEdge at ${url}/token`,
			`${code ? `${code}. ` : ''}Check the API URL in the credential and that PriceEdge can be reached from n8n.`,
		);
	}
	const body = parseAnswer(response?.data);
	const said = redact(String(body.error_description ?? body.error ?? body.Message ?? ''), secrets) || undefined;
	if (REFUSED.has(status)) return { ok: false, status, said };
	return new SignInError(
		`PriceEdge could not issue a token (HTTP ${status})${said ? `: ${said}` : ''}`,
		`PriceEdge answered HTTP ${status} to the token request POST ${url}/token.`,
	);
}

async function requestToken(
	helper: IHttpRequestHelper,
	url: string,
	fields: Record<string, string>,
	secrets: string[],
): Promise<TokenOutcome> {
	let outcome: TokenOutcome | SignInError;
	try {
		const answer = await withRetries(
			async () =>
				await helper.helpers.httpRequest({
					method: 'POST',
					url: `${url}/token`,
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body: formBody(fields),
					json: true,
				}),
			true,
		);
		outcome = { ok: true, answer: parseAnswer(answer) };
	} catch (error) {
		outcome = failedRequest(error, url, secrets);
	}
	if (outcome instanceof SignInError) throw outcome;
	if (outcome.ok && !outcome.answer.access_token) {
		// Not worth asking again: a page without a token usually means the API URL points elsewhere.
		throw new SignInError('PriceEdge answered the token request without an access token (is the API URL right?)');
	}
	return outcome;
}

/** The words a person sees when PriceEdge refuses the username and password. */
function refusal(status: number, said?: string): string {
	if (status === 403) {
		const extra = said && !/invalid username or password/i.test(said) ? ` (${said})` : '';
		return `PriceEdge refused the sign-in: invalid username or password${extra}`;
	}
	return `PriceEdge refused the sign-in (HTTP ${status})${said ? `: ${said}` : ''}`;
}

interface Grantee {
	url: string;
	username: string;
	password: string;
	clientId: string;
	refreshToken: string;
	owner: string;
	secrets: string[];
}

/** The refresh grant when a refresh token is held, then the password grant if that one is refused. */
async function fetchToken(helper: IHttpRequestHelper, who: Grantee) {
	const { url, username, password, clientId, refreshToken, owner, secrets } = who;
	let outcome: TokenOutcome | undefined;
	if (refreshToken) {
		outcome = await requestToken(helper, url, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }, secrets);
	}
	if (!outcome?.ok) {
		outcome = await requestToken(helper, url, { grant_type: 'password', username, password, client_id: clientId }, secrets);
	}
	if (!outcome.ok) {
		throw new SignInError(
			refusal(outcome.status, outcome.said),
			`PriceEdge answered HTTP ${outcome.status} to the token request POST ${url}/token. ${CREDENTIAL_HELP}`,
		);
	}
	const { answer } = outcome;
	return {
		data: { token: String(answer.access_token), refreshToken: String(answer.refresh_token ?? ''), signedInAs: owner },
		lifetimeSeconds: Number(answer.expires_in) || undefined,
	};
}

/**
 * Gets a bearer token: with the stored refresh token first, and with the username and password only when
 * PriceEdge refuses the refresh token (expired, revoked, or issued to another user or client id).
 * Requests in flight that hold the same stale token share one token request.
 */
export async function signIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const problem = credentialProblem(credentials);
	if (problem) throw new SignInError(problem);
	if (credentials.authentication === 'apiKey') return {};
	const owner = identityOf(credentials);
	const [url, username, clientId] = JSON.parse(owner) as string[];
	const password = String(credentials.password);
	const refreshToken = credentials.signedInAs === owner ? String(credentials.refreshToken ?? '') : '';
	const secrets = [password, refreshToken, String(credentials.token ?? '')].filter((s) => s.length >= 4);
	const who: Grantee = { url, username, password, clientId, refreshToken, owner, secrets };

	return await renewOnce([url, username, password, clientId], credentials.token, async () => await fetchToken(helper, who));
}
