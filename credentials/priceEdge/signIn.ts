import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { requestToken, type TokenAnswer } from '../../nodes/shared/signIn';
import { markRefreshTokenUsed, refreshTokenUse, renewOnce, resendsAfterRenewal, SignInError } from '../../nodes/shared/tokens';
import { checkBaseUrl, type CheckedUrl } from '../../nodes/shared/urls';

export const PRICEEDGE = { name: 'PriceEdge', urlField: 'API URL' };

export const API_URL_HELP = 'The API URL is your company address followed by /papi, for example https://yourdomain.priceedge.eu/papi';

/** What to check when PriceEdge refuses: the client id only where the chosen sign-in uses it. */
export function credentialHelp(credentials: ICredentialDataDecryptedObject): string {
	return credentials.authentication === 'apiKey'
		? 'Check the username and password in the PriceEdge credential (API Key sends them with every request).'
		: 'Check the username, password and Client ID in the PriceEdge credential.';
}

/** The PriceEdge API URL as users paste it; https only (the docs), http for this computer alone. */
export function parseApiUrl(value: unknown): CheckedUrl {
	const checked = checkBaseUrl(value, 'API URL in the PriceEdge credential');
	return checked.ok ? checked : { ok: false, problem: `${checked.problem} ${API_URL_HELP}.` };
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

/** Who a token belongs to: API URL, username and client id. */
function identityOf(url: string, credentials: ICredentialDataDecryptedObject): string {
	return JSON.stringify([url, String(credentials.username ?? '').trim(), String(credentials.clientId ?? '').trim()]);
}

/** A token request PriceEdge answered but refused (wrong password, unknown or expired refresh token). */
const REFUSED = new Set([400, 401, 403]);

/** The words a person sees when PriceEdge refuses the username and password. */
function refusal(answer: TokenAnswer): string {
	if (answer.status === 403) {
		const extra = answer.said && !/invalid username or password/i.test(answer.said) ? ` (${answer.said})` : '';
		return `PriceEdge refused the sign-in: invalid username or password${extra}`;
	}
	return `PriceEdge refused the sign-in (HTTP ${answer.status})${answer.said ? `: ${answer.said}` : ''}`;
}

/**
 * Gets a bearer token: with the stored refresh token first, and with the username and password only when
 * PriceEdge refuses the refresh token (expired, revoked, used by another n8n process, or issued to another
 * user or client id) and no other process has saved a new token meanwhile.
 * Requests in flight that hold the same stale token share one token request.
 */
export async function signIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const problem = credentialProblem(credentials);
	if (problem) throw new SignInError(problem);
	if (credentials.authentication === 'apiKey') return {};
	const url = (parseApiUrl(credentials.apiUrl) as { url: string }).url;
	const owner = identityOf(url, credentials);
	const username = String(credentials.username).trim();
	const clientId = String(credentials.clientId).trim();
	const password = String(credentials.password);
	const refreshToken = credentials.signedInAs === owner ? String(credentials.refreshToken ?? '') : '';
	const secrets = [password, refreshToken, String(credentials.token ?? '')];
	const tokenUrl = `${url}/token`;
	const ask = async (form: Record<string, string>) => {
		const answer = await requestToken(helper, PRICEEDGE, tokenUrl, form, {}, secrets);
		if (answer.status >= 300 && !REFUSED.has(answer.status)) {
			throw new SignInError(
				`PriceEdge could not issue a token (HTTP ${answer.status})${answer.said ? `: ${answer.said}` : ''}`,
				`PriceEdge answered HTTP ${answer.status} to the token request POST ${tokenUrl}.`,
			);
		}
		if (answer.status < 300 && !answer.body.access_token) {
			// Not worth asking again: a page without a token usually means the API URL points elsewhere.
			throw new SignInError(`PriceEdge answered the token request without an access token (is the API URL right?). ${API_URL_HELP}.`);
		}
		return answer;
	};

	const usedElsewhere = () =>
		new SignInError(
			'PriceEdge did not accept the saved refresh token: another n8n process may have just renewed the sign-in',
			`The request is sent again in a moment with the token saved in the credential. If this message stays, run the workflow again: the next sign-in uses the username and password. Token request: POST ${tokenUrl}.`,
			false,
			true,
		);

	return await renewOnce([url, username, password, clientId], credentials.token, async () => {
		// PriceEdge may replace a refresh token when it is used. In queue mode another worker may have used this
		// one a moment ago and be saving the token it got: rather than sign in once more with the password, the
		// request waits for that token (transport.ts), and the password is used only if none arrives.
		// Only a caller that sends again can wait; the Test button, say, signs in with the password at once.
		const canWait = resendsAfterRenewal(credentials);
		const use = refreshToken ? refreshTokenUse(refreshToken) : 'skip';
		if (use === 'wait' && canWait) throw usedElsewhere();
		let answer =
			use === 'send' ? await ask({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }) : undefined;
		if (answer && answer.status >= 300) {
			markRefreshTokenUsed(refreshToken);
			if (canWait) throw usedElsewhere();
			answer = undefined;
		}
		answer ??= await ask({ grant_type: 'password', username, password, client_id: clientId });
		if (answer.status >= 300) {
			throw new SignInError(
				refusal(answer),
				`PriceEdge answered HTTP ${answer.status} to the token request POST ${tokenUrl}. ${credentialHelp(credentials)}`,
				true,
			);
		}
		return {
			data: { token: String(answer.body.access_token), refreshToken: String(answer.body.refresh_token ?? ''), signedInAs: owner },
			lifetimeSeconds: Number(answer.body.expires_in) || undefined,
		};
	});
}
