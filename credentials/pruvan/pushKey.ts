/**
 * Pruvan's push key, as users copy it from Integrations → Edit: either the whole URL
 * (`https://direct.pruvan.com/api/?apiKey=…`) or the key alone.
 */
export const PUSH_KEY_HELP =
	'Copy the whole push key again from Pruvan: Integrations → select your integration → Edit → Next until the Push Key shows. A new key is made whenever the integration is set up again, and the old one stops working.';

/** Keys are URL-safe base64 text; the docs' example is 139 characters. Anything this short was cut off. */
const MIN_KEY_LENGTH = 20;
const KEY_CHARACTERS = /^[A-Za-z0-9_-]+$/;

export type PushKey = { ok: true; key: string } | { ok: false; problem: string };

export function parsePushKey(value: unknown): PushKey {
	const text = String(value ?? '').trim();
	if (!text) return { ok: false, problem: 'The Push Key is empty.' };
	let key = text;
	if (/^[a-z]+:\/\//i.test(text) || text.includes('apiKey=') || text.includes('?')) {
		const match = /[?&]apikey=([^&#\s]*)/i.exec(text);
		if (!match) return { ok: false, problem: 'The Push Key URL has no apiKey=… part.' };
		key = decodeURIComponent(match[1]);
	}
	if (!KEY_CHARACTERS.test(key)) {
		return { ok: false, problem: 'The Push Key holds characters a Pruvan key never has (spaces, quotes or punctuation).' };
	}
	if (key.length < MIN_KEY_LENGTH) return { ok: false, problem: 'The Push Key is too short: it looks cut off.' };
	return { ok: true, key };
}
