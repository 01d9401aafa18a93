import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { withDeadline } from './retry';

/**
 * One token request for many requests in flight.
 *
 * n8n calls a credential's `preAuthentication` for every request that finds no token, and again for every
 * request answered 401. When items run in parallel, that would be one token request per request in flight.
 * Renewals are therefore shared: callers that hold the same credential and the same stale token get the
 * one renewal already made (or under way), as long as the token it brought is still young.
 */
interface Renewal {
	result: Promise<ICredentialDataDecryptedObject>;
	reuseUntil: number;
}

const renewals = new Map<string, Renewal>();

/** A renewal still under way after this is dropped (its callers fail), so a hung one never blocks later runs. */
const RENEWAL_DEADLINE_MS = 150_000;
/** How long a fresh token may be handed to late callers that still hold the old one. */
const MAX_REUSE_MS = 60_000;
/** Callers with no token at all share only the request under way (they all start together). */
const FIRST_TOKEN_REUSE_MS = 2_000;
/**
 * How long a refused sign-in (the vendor said no to these very credential values) is answered from memory.
 * Executions that start meanwhile fail at once with the same words instead of asking again: vendors lock
 * accounts after repeated failed sign-ins, and in queue mode every worker would otherwise ask for each of its
 * executions. Changed credential values are another identity, so a corrected password is tried at once.
 */
const REFUSAL_MEMORY_MS = 15_000;

export async function renewOnce(
	identity: readonly unknown[],
	staleToken: unknown,
	fetchToken: () => Promise<{ data: ICredentialDataDecryptedObject; lifetimeSeconds?: number }>,
): Promise<ICredentialDataDecryptedObject> {
	const now = Date.now();
	for (const [key, renewal] of renewals) if (renewal.reuseUntil < now) renewals.delete(key);
	const key = JSON.stringify([...identity, staleToken ?? '']);
	const held = renewals.get(key);
	if (held) return await held.result;

	const renewal: Renewal = { result: Promise.resolve({}), reuseUntil: Infinity };
	renewal.result = withDeadline(fetchToken(), RENEWAL_DEADLINE_MS, () => new SignInError('The sign-in was not answered in time; the next run signs in afresh')).then(
		({ data, lifetimeSeconds }) => {
			const lifetimeMs = lifetimeSeconds && lifetimeSeconds > 0 ? lifetimeSeconds * 1000 : MAX_REUSE_MS;
			const window = staleToken ? MAX_REUSE_MS : FIRST_TOKEN_REUSE_MS;
			renewal.reuseUntil = Date.now() + Math.min(window, lifetimeMs / 2);
			return data;
		},
		(error: unknown) => {
			if (error instanceof SignInError && error.refused) renewal.reuseUntil = Date.now() + REFUSAL_MEMORY_MS;
			else renewals.delete(key);
			throw error;
		},
	);
	renewals.set(key, renewal);
	return await renewal.result;
}

/**
 * A failed sign-in (a credential's token request), in words a person can act on and without any secret.
 * Throw it from `preAuthentication`: n8n hands it to the request that needed the token, and the shared
 * error mapping shows its message and description as they are, on n8n 1.x and 2.x alike. It carries no
 * request or response: the raw error of a token request holds the form body, password included.
 */
export class SignInError extends Error {
	constructor(
		message: string,
		readonly description?: string,
		/** The vendor answered and refused these credential values (not a network or server failure). */
		readonly refused = false,
		/**
		 * The token the request was sent with may already have been renewed by another n8n process (a queue-mode
		 * worker) and saved in the credential: the request is worth sending again after RESEND_AFTER_MS, when
		 * n8n reads the credential afresh (transport.ts).
		 */
		readonly renewedElsewhere = false,
	) {
		super(message);
		this.name = 'SignInError';
		if (renewedElsewhere) renewedElsewhereMessages.add(message);
	}
}

/**
 * Messages of the sign-in errors that ask for the request to be sent again. n8n wraps a sign-in's error in its
 * own; n8n 2.x keeps ours as `cause`, but n8n 1.x drops the cause and keeps only the message and description.
 */
const renewedElsewhereMessages = new Set<string>();

/**
 * How long a request waits before it is sent again after a sign-in that found its refresh token already used
 * (SignInError.renewedElsewhere). The process that used it saves the new token in the credential within
 * milliseconds of receiving it; the wait leaves it ample time, and is paid once per refresh token's life.
 */
export const RESEND_AFTER_MS = 1_000;

/**
 * Marks credential values that the request layer (transport.ts) signs a request with: it sends the request
 * again after a `renewedElsewhere` sign-in error. Other callers of a credential's sign-in (its Test button,
 * n8n's HTTP Request node with this credential) never send again, so a sign-in must not ask them to wait.
 * A symbol: n8n saves a credential's values as JSON, which leaves it out.
 */
export const RESENDS_AFTER_RENEWAL = Symbol.for('n8n-nodes-business-connectors.resendsAfterRenewal');

/** Whether the sign-in was asked for by the request layer, which sends the request again (see above). */
export function resendsAfterRenewal(credentials: object): boolean {
	return (credentials as Record<symbol, unknown>)[RESENDS_AFTER_RENEWAL] === true;
}

/** Whether a request failed because its token was probably renewed elsewhere (n8n wraps the sign-in's error). */
export function wasRenewedElsewhere(error: unknown): boolean {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
		const { name, renewedElsewhere, message } = e as { name?: unknown; renewedElsewhere?: unknown; message?: unknown };
		if (name === 'SignInError' ? renewedElsewhere === true : typeof message === 'string' && renewedElsewhereMessages.has(message)) return true;
	}
	return false;
}

/**
 * Refresh tokens the vendor refused, and when. A vendor that replaces a refresh token on use refuses it to the
 * second n8n process that sends it: that process should wait for the first one's saved token (refusing with
 * `renewedElsewhere`), and sign in with the password only if the same refresh token is still stored after the
 * wait. Keyed by the refresh token itself; kept for a few minutes, and bounded.
 */
const usedRefreshTokens = new Map<string, number>();
const USED_REFRESH_MEMORY_MS = 10 * 60_000;
const USED_REFRESH_MAX = 1_000;

export function markRefreshTokenUsed(refreshToken: string): void {
	const now = Date.now();
	for (const [token, at] of usedRefreshTokens) if (now - at > USED_REFRESH_MEMORY_MS) usedRefreshTokens.delete(token);
	if (usedRefreshTokens.size >= USED_REFRESH_MAX) usedRefreshTokens.delete(usedRefreshTokens.keys().next().value as string);
	usedRefreshTokens.set(refreshToken, now);
}

/**
 * What to do with a stored refresh token: `send` it; `wait` (it was refused moments ago, the process that used it
 * may not have saved its new token yet); or `skip` it (refused at least RESEND_AFTER_MS ago and still stored:
 * it is spent, sign in with the password).
 */
export function refreshTokenUse(refreshToken: string): 'send' | 'wait' | 'skip' {
	const at = usedRefreshTokens.get(refreshToken);
	if (at === undefined || Date.now() - at > USED_REFRESH_MEMORY_MS) return 'send';
	// Timers may fire a few milliseconds early: a request resent after RESEND_AFTER_MS must see `skip`.
	return Date.now() - at >= RESEND_AFTER_MS - 100 ? 'skip' : 'wait';
}

/** Forgets every shared renewal, as a restarted n8n would. */
export function forgetRenewals(): void {
	renewals.clear();
	usedRefreshTokens.clear();
}

/** Form body for a token request, encoded as `application/x-www-form-urlencoded`. */
export function formBody(fields: Record<string, string>): string {
	return new URLSearchParams(fields).toString();
}
