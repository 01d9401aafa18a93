import type { IDataObject } from 'n8n-workflow';

import { API_URL_HELP, credentialHelp } from '../../credentials/priceEdge/signIn';
import type { Vendor } from '../shared/vendor';

/** PriceEdge's `Errors` list as one text: entries are texts, or objects holding a message. */
export function errorsText(errors: unknown): string {
	if (!Array.isArray(errors)) return '';
	return errors
		.map((entry: unknown) => {
			if (entry && typeof entry === 'object') {
				const e = entry as IDataObject;
				return String(e.Message ?? e.message ?? e.ErrorMessage ?? JSON.stringify(e));
			}
			return String(entry ?? '');
		})
		.filter(Boolean)
		.join('; ');
}

export const priceEdge: Vendor = {
	name: 'PriceEdge',
	credentialType: 'priceEdgeApi',
	urlField: 'API URL',
	tokenField: 'token',
	errorMessage(body) {
		if (!body || typeof body !== 'object') return undefined;
		const answer = body as IDataObject;
		const errors = errorsText(answer.Errors);
		if (errors) return errors;
		for (const key of ['Message', 'error_description', 'error', 'ExceptionMessage', 'message']) {
			if (typeof answer[key] === 'string' && answer[key]) return answer[key] as string;
		}
		return undefined;
	},
	hint(status, _body, credentials) {
		if (status === 401) {
			return credentials.authentication === 'apiKey'
				? `PriceEdge did not accept the username and password. ${credentialHelp(credentials)}`
				: `PriceEdge did not accept the credential even after a new sign-in. ${credentialHelp(credentials)}`;
		}
		if (status === 403) return `PriceEdge refuses these credentials, or this user may not see this data. ${credentialHelp(credentials)}`;
		if (status === 404) return `Check the table name, and the API URL in the credential. ${API_URL_HELP}.`;
		if (status === 429) return 'PriceEdge asks to slow down: lower Request Options → Parallel Requests.';
		return undefined;
	},
};
