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
	) {
		super(message);
		this.name = 'SignInError';
	}
}

/** Forgets every shared renewal, as a restarted n8n would. */
export function forgetRenewals(): void {
	renewals.clear();
}

/** Form body for a token request, encoded as `application/x-www-form-urlencoded`. */
export function formBody(fields: Record<string, string>): string {
	return new URLSearchParams(fields).toString();
}
