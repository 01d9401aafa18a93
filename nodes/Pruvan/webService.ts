/**
 * Pruvan's calls to an integration web service, as API-NOTES describes them: `{url}/<call>.{ext}`, a POST
 * with one variable `payload` holding JSON with `username`, `password` and `token`. What is only inferred
 * (body encoding, password as SHA-1, timestamp unit) is read tolerantly here.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export const CALLS = ['getWorkOrders', 'validate', 'status', 'uploadPictures'] as const;
export type PruvanCall = (typeof CALLS)[number];

/** Payload fields that carry a secret: checked, then kept out of every item the workflow sees. */
const SECRET_FIELD = /pass|token|key|secret/i;

/** `getWorkOrders.php` → `{ name: 'getWorkOrders', extension: 'php' }`; `getWorkOrders.` has an empty extension. */
export function parseCallPath(segment: string): { name: string; extension: string } {
	const text = segment.trim();
	const dot = text.indexOf('.');
	return dot < 0 ? { name: text, extension: '' } : { name: text.slice(0, dot), extension: text.slice(dot + 1) };
}

export function knownCall(name: string): PruvanCall | undefined {
	return CALLS.find((call) => call.toLowerCase() === name.toLowerCase());
}

/** `.PHP`, `php` and ` php ` are the same extension. */
export function normaliseExtension(value: unknown): string {
	return String(value ?? '')
		.trim()
		.replace(/^\.+/, '')
		.toLowerCase();
}

export function callFileName(name: string, extension: string): string {
	return extension ? `${name}.${extension}` : name;
}

/** The answer Pruvan reads as a refusal of each call, with the text it shows as the integration's last error. */
export function refusal(call: string, error: string): IDataObject {
	if (call === 'getWorkOrders') return { workOrders: [], error };
	if (call === 'validate') return { validated: false, error };
	return { status: false, error };
}

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The `payload` variable from a url-encoded body (`{ payload }`) or a multipart one (n8n hands those over
 * as `{ data: { payload }, files }`). A JSON body holding `payload`, or the payload itself, is read too.
 */
export function readPayload(body: unknown): Read<IDataObject> {
	const fields = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const formFields = (fields.data && typeof fields.data === 'object' ? fields.data : {}) as IDataObject;
	let payload = first(fields.payload ?? formFields.payload);
	if (payload === undefined && (fields.username !== undefined || fields.password !== undefined)) payload = fields;
	if (payload === undefined || payload === null || payload === '') {
		return { ok: false, problem: 'The call carried no "payload" variable, so n8n cannot tell who sent it' };
	}
	if (typeof payload === 'string') {
		try {
			payload = JSON.parse(payload) as unknown;
		} catch {
			return { ok: false, problem: 'The "payload" variable is not valid JSON' };
		}
	}
	if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
		return { ok: false, problem: 'The "payload" variable is not a JSON object' };
	}
	return { ok: true, value: payload as IDataObject };
}

/** Compares without revealing, through timing, how much of a secret matched. */
function sameText(a: string, b: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(a), digest(b));
}

const sha1Hex = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

export interface WebServiceCredential {
	username?: unknown;
	password?: unknown;
	token?: unknown;
}

/** Why a call is refused, or undefined when its username, password (as typed or SHA-1) and token match. */
export function senderProblem(payload: IDataObject, credential: WebServiceCredential, call: PruvanCall): string | undefined {
	const username = String(credential.username ?? '').trim();
	const password = String(credential.password ?? '');
	const token = String(credential.token ?? '').trim();
	const sentPassword = String(payload.password ?? '').trim();
	const sentToken = String(payload.token ?? '').trim();
	const wrong =
		'The username or password Pruvan sent does not match the Pruvan Web Service credential in n8n. Type the same values in both places.';
	if (!username || !password) return 'The Pruvan Web Service credential in n8n has no username or password yet';
	if (!sameText(String(payload.username ?? '').trim(), username)) return wrong;
	const passwordMatches = sameText(sentPassword, password) || sameText(sentPassword.toLowerCase(), sha1Hex(password));
	if (!passwordMatches) return wrong;
	// Pruvan's Validate button sends the push key instead of a token (I): check the token only when one came.
	if (token && !(call === 'validate' && !sentToken) && !sameText(sentToken, token)) {
		return 'The token Pruvan sent does not match the token in the Pruvan Web Service credential in n8n';
	}
	return undefined;
}

/** The payload without its secrets: what a workflow may see. */
export function withoutSecrets(payload: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(payload).filter(([key]) => !SECRET_FIELD.test(key)));
}

export type ImportWindow =
	| { mode: 'full' }
	| { mode: 'incremental'; since: string; timestamp: string | number };

/**
 * getWorkOrders' `timestamp`: `null` for a full refresh (C), Unix seconds otherwise (I). Milliseconds,
 * numeric text and dates written as text are read too.
 */
export function importWindow(timestamp: unknown): Read<ImportWindow> {
	if (timestamp === undefined || timestamp === null || String(timestamp).trim() === '' || String(timestamp).trim() === 'null') {
		return { ok: true, value: { mode: 'full' } };
	}
	let ms = Number.NaN;
	const text = String(timestamp).trim();
	if (typeof timestamp === 'number' || /^\d+(\.\d+)?$/.test(text)) {
		const value = Number(text);
		// 1e11 seconds is the year 5138, 1e11 milliseconds is 1973: a larger number is milliseconds.
		ms = value > 1e11 ? value : value * 1000;
	} else if (typeof timestamp === 'string') {
		ms = Date.parse(text);
	}
	if (!Number.isFinite(ms)) return { ok: false, problem: `Pruvan sent a timestamp n8n cannot read as a date: ${text.slice(0, 40)}` };
	return {
		ok: true,
		value: { mode: 'incremental', since: new Date(ms).toISOString(), timestamp: timestamp as string | number },
	};
}
