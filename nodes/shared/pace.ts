import { sleep } from 'n8n-workflow';

import { RETRY } from './retry';

/**
 * How many requests of one credential are in flight at once, in this n8n process (each queue-mode worker paces
 * for itself; pacing needs no sharing to be safe).
 *
 * A vendor's round trip, not our CPU, sets the pace of most runs: with few requests in flight a run waits,
 * with too many the vendor answers 429. So a credential starts wide and adapts, as TCP does:
 * - it starts with `PACE.start` requests in flight and doubles after every full window of good answers until
 *   the vendor first asks to slow down (slow start), then grows by one per window (additive increase);
 * - a 429, a 503 or any Retry-After halves it for every request of that credential, from every node and
 *   execution in this process (multiplicative decrease), once per round: answers to requests sent before the
 *   cut say nothing new. A Retry-After also holds back every new request of that credential until it has passed;
 * - it never exceeds `PACE.ceiling`; a run's own Parallel Requests (Request Options), when set, bounds that
 *   run further, in the item loop;
 * - a credential left unused for a minute starts afresh.
 */
export const PACE = {
	start: 64,
	ceiling: 256,
	idleResetMs: 60_000,
};

export type Verdict = 'good' | 'slowDown' | 'neutral';

interface Ticket {
	round: number;
}

class Controller {
	window = PACE.start;
	inFlight = 0;
	lastUsed = Date.now();
	private readonly waiting: Array<() => void> = [];
	private goodInWindow = 0;
	private slowStart = true;
	private round = 0;
	private pausedUntil = 0;

	async acquire(): Promise<Ticket> {
		for (;;) {
			const pause = this.pausedUntil - Date.now();
			if (pause > 0) await sleep(pause);
			else if (this.inFlight < this.window) break;
			else await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
		this.inFlight++;
		this.lastUsed = Date.now();
		return { round: this.round };
	}

	release(ticket: Ticket, verdict: Verdict, retryAfterMs?: number): void {
		// The window counted as in use if requests were waiting for it or it was (nearly) full: growing a window
		// nobody fills would only allow a burst later.
		const windowFull = this.waiting.length > 0 || this.inFlight >= this.window;
		this.inFlight--;
		this.lastUsed = Date.now();
		if (verdict === 'slowDown') {
			if (ticket.round === this.round) {
				this.window = Math.max(1, Math.floor(this.window / 2));
				this.round++;
				this.slowStart = false;
				this.goodInWindow = 0;
			}
			if (retryAfterMs !== undefined) {
				this.pausedUntil = Math.max(this.pausedUntil, Date.now() + Math.min(retryAfterMs, RETRY.maxDelayMs));
			}
		} else if (verdict === 'good' && windowFull && ++this.goodInWindow >= this.window) {
			this.window = Math.min(PACE.ceiling, this.slowStart ? this.window * 2 : this.window + 1);
			this.goodInWindow = 0;
		}
		for (let free = this.window - this.inFlight; free > 0 && this.waiting.length; free--) this.waiting.shift()?.();
	}
}

const controllers = new Map<string, Controller>();

function controllerFor(key: string): Controller {
	const now = Date.now();
	for (const [k, c] of controllers) if (c.inFlight === 0 && now - c.lastUsed > PACE.idleResetMs) controllers.delete(k);
	let controller = controllers.get(key);
	if (!controller) controllers.set(key, (controller = new Controller()));
	return controller;
}

const keyOf = (credentialType: string, credentialId: string | undefined) => JSON.stringify([credentialType, credentialId ?? '']);

/**
 * Runs one request within its credential's pace; `judge` says from the answer whether the vendor asked to
 * slow down. A request that fails without an answer (network, timeout) neither grows nor shrinks the window.
 */
export async function paced<T>(
	credentialType: string,
	credentialId: string | undefined,
	send: () => Promise<T>,
	judge: (answer: T) => { verdict: Verdict; retryAfterMs?: number },
): Promise<T> {
	const controller = controllerFor(keyOf(credentialType, credentialId));
	const ticket = await controller.acquire();
	let judged: { verdict: Verdict; retryAfterMs?: number } = { verdict: 'neutral' };
	try {
		const answer = await send();
		judged = judge(answer);
		return answer;
	} finally {
		controller.release(ticket, judged.verdict, judged.retryAfterMs);
	}
}

/** The current window of a credential (tests, diagnostics). */
export function paceWindow(credentialType: string, credentialId: string | undefined): number {
	return controllers.get(keyOf(credentialType, credentialId))?.window ?? PACE.start;
}

/** Forgets every credential's pace, as a restarted n8n would. */
export function forgetPace(): void {
	controllers.clear();
}
