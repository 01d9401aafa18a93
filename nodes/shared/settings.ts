import type { INodeProperties } from 'n8n-workflow';

import { PACE } from './pace';
import { RETRY } from './retry';
import type { RequestContext } from './vendor';

/**
 * How requests are made in one run of a node: read and checked once per run by the item loop (Request
 * Options), and used by every request of that run.
 */
export interface RequestSettings {
	timeoutMs: number;
	/** Attempts per request; 1 when n8n's own Retry On Fail repeats the whole node. */
	attempts: number;
}

export const DEFAULT_TIMEOUT_SECONDS = 60;
export const MAX_TIMEOUT_SECONDS = 600;
/** The most requests in flight a user may ask for: the pace's own ceiling (pace.ts). */
export const MAX_PARALLEL = PACE.ceiling;

const settings = new WeakMap<object, RequestSettings>();

export function setRequestSettings(context: object, value: RequestSettings): void {
	settings.set(context, value);
}

export function requestSettings(context: RequestContext): RequestSettings {
	const known = settings.get(context);
	if (known) return known;
	const retryOnFail = (context.getNode() as { retryOnFail?: boolean }).retryOnFail === true;
	return { timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, attempts: retryOnFail ? 1 : RETRY.attempts };
}

const timeoutOption: INodeProperties = {
	displayName: 'Timeout (Seconds)',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_TIMEOUT_SECONDS },
	default: DEFAULT_TIMEOUT_SECONDS,
	description: 'How long to wait for each answer before giving up on it',
};

/** "Request Options" for an operation that reads: items are looked up several at a time. */
export const readRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PARALLEL },
			default: 64, // PACE.start: n8n's lint wants the default written out (pace.test.ts checks they agree)
			description: `The most items looked up at the same time (1 to ${MAX_PARALLEL}). Without this option the node starts with ${PACE.start}, goes up to ${MAX_PARALLEL} while the service answers well and slows down as soon as it asks to; with it, the node never goes above the number set here.`,
		},
		timeoutOption,
	],
};

/** "Request Options" for an operation that changes data: items are sent one at a time by default. */
export const writeRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PARALLEL },
			default: 1,
			description:
				`How many items are sent at the same time (1 to ${MAX_PARALLEL}). One at a time keeps changes in input order; raise it only for independent records.`,
		},
		timeoutOption,
	],
};
