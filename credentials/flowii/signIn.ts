import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { requestToken } from '../../nodes/shared/signIn';
import { renewOnce, SignInError } from '../../nodes/shared/tokens';
import { checkBaseUrl } from '../../nodes/shared/urls';

export const DEFAULT_API_URL = 'https://api.flowii.com';

export const FLOWII = { name: 'FLOWii', urlField: 'API URL' };

/** The credential's API URL without a trailing slash; https unless it is this computer. Throws in plain words. */
export function apiUrl(value: unknown): string {
	const checked = checkBaseUrl(String(value ?? '').trim() || DEFAULT_API_URL, 'API URL in the FLOWii credential');
	if (!checked.ok) throw new SignInError(checked.problem);
	return checked.url;
}

/**
 * FLOWii's sign-in: `POST {API URL}/token` with the e-mail and password as a form and the `Api-Key` header
 * (vendor docs). Requests in flight that hold the same stale token share one token request.
 */
export async function signIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const url = apiUrl(credentials.url);
	const email = String(credentials.email ?? '').trim();
	const password = String(credentials.password ?? '');
	const apiKey = String(credentials.apiKey ?? '').trim();
	if (!email || !password || !apiKey) {
		throw new SignInError('Enter the login e-mail, password and API key in the FLOWii credential');
	}
	return await renewOnce([url, email, password, apiKey], credentials.token, async () => {
		const answer = await requestToken(
			helper,
			FLOWII,
			`${url}/token`,
			{ grant_type: 'password', username: email, password },
			{ 'Api-Key': apiKey },
			[password, apiKey],
		);
		if (answer.status >= 300) {
			throw new SignInError(
				`FLOWii refused the sign-in: wrong e-mail, password or API key (${answer.said ?? `HTTP ${answer.status}`})`,
				'Check all three in the FLOWii credential; the API key is in FLOWii under Settings → Extensions (Bővítmények) → API.',
				true,
			);
		}
		const token = answer.body.access_token;
		if (typeof token !== 'string' || !token) {
			throw new SignInError(`FLOWii answered the sign-in at ${url}/token without an access token. Check the API URL in the credential.`);
		}
		return { data: { token }, lifetimeSeconds: Number(answer.body.expires_in) || undefined };
	});
}
