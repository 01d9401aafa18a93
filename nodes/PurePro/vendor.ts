import type { IDataObject } from 'n8n-workflow';

import type { Vendor } from '../shared/vendor';

const TOKEN_HELP =
	'Check the API token in the PurePro credential: make one under Account → API Tokens, with the accounts and the user role this action needs. A token is visible for 1 day after it was made; after that ask PurePro Support for it.';

/** PurePro's own words in an error body: `message`, ASP.NET's `errors` map or `title`, or a list of texts. */
function errorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return undefined;
	if (Array.isArray(body)) {
		const texts = body.map((entry) => (typeof entry === 'string' ? entry : errorMessage(entry))).filter(Boolean);
		return texts.length ? texts.join('; ') : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const answer = body as IDataObject;
	const errors = answer.errors ?? answer.Errors;
	if (errors && typeof errors === 'object') {
		const texts = Array.isArray(errors)
			? errors.map((entry) => (typeof entry === 'string' ? entry : errorMessage(entry)))
			: Object.entries(errors).map(([field, texts]) => `${field}: ${([] as unknown[]).concat(texts).join(', ')}`);
		if (texts.filter(Boolean).length) return texts.filter(Boolean).join('; ');
	}
	for (const key of ['message', 'Message', 'error', 'title', 'detail']) {
		if (typeof answer[key] === 'string' && answer[key]) return answer[key] as string;
	}
	return undefined;
}

export const purePro: Vendor = {
	name: 'PurePro',
	credentialType: 'pureProApi',
	urlField: 'Public API URL',
	errorMessage,
	hint: (status) => {
		if (status === 401 || status === 403) return TOKEN_HELP;
		if (status === 404) return 'PurePro answers 404 when an account, business unit, period or reference is unknown: check them.';
		return undefined;
	},
};
