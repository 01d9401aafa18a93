import { redact } from '../shared/redact';
import { SignInError } from '../shared/tokens';
import { jsonBody, responseOf } from '../shared/transport';

export const DEFAULT_API_URL = 'https://api.flowii.com';

/** The credential's API URL without a trailing slash (users often paste one). */
export function apiUrl(value: unknown): string {
	return (String(value ?? '').trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}

/** OAuth-style token errors FLOWii answers with: `{"error": "invalid_grant", "error_description": …}`. */
function oauthError(body: unknown): string | undefined {
	const parsed = jsonBody(body);
	if (!parsed) return undefined;
	const { error, error_description: description } = parsed as { error?: unknown; error_description?: unknown };
	if (typeof error !== 'string') return undefined;
	return typeof description === 'string' && description ? `${error}: ${description}` : error;
}

/**
 * A sign-in failure a person can act on. It never carries the request (its form body holds the
 * password), and the given secrets are removed from whatever FLOWii said.
 */
export function signInError(error: unknown, secrets: string[]): SignInError {
	const response = responseOf(error);
	const status = response?.status;
	const said = oauthError(response?.data);
	let message: string;
	if (status === 429) {
		message = 'FLOWii is limiting requests (HTTP 429) and refused the sign-in for now. Wait a minute and try again.';
	} else if (said || status === 400 || status === 401 || status === 403) {
		message = `FLOWii refused the sign-in: wrong e-mail, password or API key${said ? ` (${said})` : ` (HTTP ${status})`}. Check all three in the FLOWii credential; the API key is in FLOWii under Settings → Extensions → API.`;
	} else if (typeof response?.data === 'string' && /^\s*</.test(response.data)) {
		message = `FLOWii answered the sign-in with an HTML page instead of a token (HTTP ${status}). Check the API URL in the credential.`;
	} else if (status) {
		message = `FLOWii could not sign in (HTTP ${status}). Try again later; if it keeps failing, check the API URL in the credential.`;
	} else {
		const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
		message = `Could not reach FLOWii to sign in${code ? ` (${code})` : ''}. Check the API URL in the credential.`;
	}
	return new SignInError(redact(message, secrets.filter((s) => s.length >= 4)));
}
