import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** Credential fields whose values must never reach output, errors or logs. */
const SECRET_FIELD = /pass|token|key|secret/i;

const QUERY_SECRET = /([?&](?:api[_-]?key|apikey|key|token|access_token|refresh_token|password|secret)=)[^&#\s"']*/gi;

export const REDACTED = '[hidden]';

export function secretValues(credentials?: ICredentialDataDecryptedObject): string[] {
	if (!credentials) return [];
	const values = Object.entries(credentials)
		.filter(([name, value]) => SECRET_FIELD.test(name) && typeof value === 'string' && value.length >= 4)
		.map(([, value]) => value as string);
	// A secret pasted as a URL (Pruvan's push key) also leaks as its bare query value.
	const inUrls = values.flatMap((value) => [...value.matchAll(/[?&][^=&#]+=([^&#\s]{4,})/g)].map((m) => m[1]));
	return [...values, ...inUrls];
}

/** Removes secret values (and secret-looking URL query parameters) from a text. */
export function redact(text: string, secrets: readonly string[] = []): string {
	let result = text.replace(QUERY_SECRET, `$1${REDACTED}`);
	for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
		result = result.split(secret).join(REDACTED);
		const encoded = encodeURIComponent(secret);
		if (encoded !== secret) result = result.split(encoded).join(REDACTED);
	}
	return result;
}
