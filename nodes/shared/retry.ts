import { sleep } from 'n8n-workflow';

import { responseOf, retryAfterMs, statusOf } from './response';

export const RETRY = {
	attempts: 4,
	baseDelayMs: 400,
	/** Longest wait for a vendor's Retry-After; a longer one fails at once and says how long the vendor asks. */
	maxDelayMs: 30_000,
};

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function backoffMs(attempt: number): number {
	const exponential = RETRY.baseDelayMs * 2 ** attempt;
	return Math.min(RETRY.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
}

export interface RetryPolicy {
	/** Whether sending twice does no harm; otherwise only a 429 (refused unprocessed) is sent again. */
	repeatable: boolean;
	/** Attempts in all; 1 when n8n's own Retry On Fail is on, so the two do not multiply. */
	attempts?: number;
}

/**
 * Sends, and sends again on 429/502/503/504 after the vendor's Retry-After (up to 30 s) or an exponential
 * backoff with jitter. Used for API calls and for credentials' token requests alike. The failure is handed
 * back as it came, for the caller to word for its vendor.
 */
export async function withRetries<T>(send: () => Promise<T>, policy: RetryPolicy): Promise<T> {
	const attempts = policy.attempts ?? RETRY.attempts;
	for (let attempt = 1; ; attempt++) {
		const outcome = await send().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (outcome.ok) return outcome.value;
		const status = statusOf(outcome.error);
		const wait = retryAfterMs(responseOf(outcome.error)?.headers);
		const retryable = status !== undefined && RETRY_STATUSES.has(status) && (policy.repeatable || status === 429);
		if (!retryable || attempt >= attempts || (wait !== undefined && wait > RETRY.maxDelayMs)) {
			return await Promise.reject(outcome.error);
		}
		await sleep(wait ?? backoffMs(attempt - 1));
	}
}

/**
 * Waits for a request at most `ms`: a vendor that accepts the connection and never answers (or trickles its
 * answer) must not hold the execution. The request's own timeout normally fires first; this is the backstop.
 * AbortSignal.timeout's timer does not keep the process alive once the work is done.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
	const signal = AbortSignal.timeout(ms);
	const deadline = new Promise<never>((_, reject) => {
		signal.addEventListener('abort', () => reject(onTimeout()), { once: true });
	});
	return await Promise.race([work, deadline]);
}
