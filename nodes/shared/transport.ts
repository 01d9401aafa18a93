import {
	sleep,
	type IAdditionalCredentialOptions,
	type ICredentialDataDecryptedObject,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { credentialsOnce } from './credentials';
import { TimeoutError, vendorError } from './errors';
import { paced, type Verdict } from './pace';
import { HttpFailure, retryAfterMs } from './response';
import { withDeadline, withRetries } from './retry';
import { RESEND_AFTER_MS, RESENDS_AFTER_RENEWAL, wasRenewedElsewhere } from './tokens';
import { requestSettings } from './settings';
import { assertSecureRequestUrl } from './urls';
import type { RequestContext, Vendor } from './vendor';

export interface CallOptions {
	/** Item the request is made for: errors name it. */
	itemIndex?: number;
	/**
	 * Whether sending the request twice does no harm. Defaults to true for GET, HEAD, PUT and DELETE.
	 * A request that is not safe to repeat is retried only on 429 (the vendor refused it unprocessed).
	 */
	repeatable?: boolean;
}

const REPEATABLE_METHODS = new Set<IHttpRequestMethods>(['GET', 'HEAD', 'PUT', 'DELETE']);

interface FullResponse {
	body: unknown;
	headers?: Record<string, unknown>;
	statusCode: number;
}

/** Credential values for n8n to sign one request with, in place of its own read of the credential. */
function signingWith(this: RequestContext, vendor: Vendor, data: ICredentialDataDecryptedObject): IAdditionalCredentialOptions {
	const chosen = this.getNode().credentials?.[vendor.credentialType];
	return { credentialsDecrypted: { id: chosen?.id ?? '', name: chosen?.name ?? '', type: vendor.credentialType, data } };
}

/** Whether an answer asks every request of the credential to slow down (see pace.ts), or shows the vendor coping. */
function pacingVerdict(answer: FullResponse): { verdict: Verdict; retryAfterMs?: number } {
	const wait = retryAfterMs(answer.headers);
	if (answer.statusCode === 429 || answer.statusCode === 503 || wait !== undefined) return { verdict: 'slowDown', retryAfterMs: wait };
	return { verdict: answer.statusCode < 500 ? 'good' : 'neutral' };
}

/** Time for the answer on top of the request's own timeout before the backstop gives up waiting. */
const DEADLINE_GRACE_MS = 5_000;

/**
 * Sends one request through n8n's authenticated request helper (n8n applies the credential, keeps its token
 * and renews it once after a 401), and:
 * - never follows a redirect (n8n would carry the credential's secrets to whatever host it names);
 * - refuses plain http to any host but this computer;
 * - gives up after the timeout (Request Options → Timeout), so a silent vendor cannot hold the execution;
 * - retries 429/502/503/504 as `withRetries` does, waiting the vendor's Retry-After, read from the whole
 *   answer on n8n 1.x and 2.x alike (n8n 1.x drops the headers from its errors) — unless n8n's own
 *   Retry On Fail is on, which then does the retrying;
 * - keeps to the credential's pace (pace.ts): as many requests in flight as the vendor copes with, fewer for
 *   every request of the credential as soon as one is answered 429, 503 or with a Retry-After;
 * - turns failures into errors with the vendor's own words and no secret.
 */
export async function vendorRequest<T = unknown>(
	this: RequestContext,
	vendor: Vendor,
	options: IHttpRequestOptions,
	call: CallOptions = {},
): Promise<T> {
	const method = (options.method ?? 'GET') as IHttpRequestMethods;
	const settings = requestSettings(this);
	const request: IHttpRequestOptions = {
		json: true,
		...options,
		method,
		timeout: settings.timeoutMs,
		disableFollowRedirect: true,
		returnFullResponse: true,
		// Every status comes back as an answer, with its headers, except 401: n8n must see that one to renew the token.
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	};
	const credentialId = this.getNode().credentials?.[vendor.credentialType]?.id ?? undefined;
	const send = async (sent: IHttpRequestOptions, credentials?: IAdditionalCredentialOptions) =>
		await paced(
			vendor.credentialType,
			credentialId,
			async () =>
				(await withDeadline(
					this.helpers.httpRequestWithAuthentication.call(this, vendor.credentialType, sent, credentials) as Promise<FullResponse>,
					settings.timeoutMs + DEADLINE_GRACE_MS,
					() => new TimeoutError(`${vendor.name} did not answer within ${Math.round(settings.timeoutMs / 1000)} seconds`),
				)) as FullResponse,
			pacingVerdict,
		);
	let run: ICredentialDataDecryptedObject | undefined;
	try {
		assertSecureRequestUrl(options.url, vendor.urlField);
		// The run's one read of the credential (credentials.ts): n8n would otherwise fetch and decrypt it again
		// for every request. Each request gets a copy, because n8n writes a token it renews into the values it
		// signed with; the renewed token then goes into the run's values for the requests that follow, and
		// requests in flight with the old token still share one renewal (tokens.ts).
		const values = (run = await credentialsOnce(this, vendor.credentialType));
		const tokenField = vendor.tokenField;
		const signedSend = async () => {
			// The request layer sends again when a sign-in finds its refresh token just used elsewhere (below).
			const signed: ICredentialDataDecryptedObject = { ...values, [RESENDS_AFTER_RENEWAL]: true };
			let answer = await send(request, signingWith.call(this, vendor, signed));
			if (answer.statusCode === 401 && tokenField) {
				// n8n 1.x hands a 401 back like any status instead of renewing the token. Sent again: with the token
				// another request of this run (or another execution) has saved meanwhile, if there is one; and if
				// that is refused too, with the token left out, so that n8n signs in afresh (and keeps the new token).
				const stored = await this.getCredentials(vendor.credentialType);
				if (stored[tokenField] && stored[tokenField] !== signed[tokenField]) {
					Object.assign(signed, stored);
					answer = await send(request, signingWith.call(this, vendor, signed));
				}
				if (answer.statusCode === 401) {
					Object.assign(signed, stored, { [tokenField]: '' });
					answer = await send(request, signingWith.call(this, vendor, signed));
				}
			}
			if (tokenField && signed[tokenField] && signed[tokenField] !== values[tokenField]) Object.assign(values, signed);
			return answer;
		};
		const body = await withRetries(
			async () => {
				const answer = await signedSend().catch(async (error: unknown) => {
					// Another n8n process (a queue-mode worker) renewed the token as this one tried to: once it has
					// saved it in the credential, the request is sent again with it.
					if (!wasRenewedElsewhere(error)) return await Promise.reject(error);
					await sleep(RESEND_AFTER_MS);
					// The credential as saved now; if it cannot be read, the sign-in is tried again as it was.
					Object.assign(values, await this.getCredentials(vendor.credentialType).catch(() => ({})));
					return await signedSend();
				});
				if (answer.statusCode < 200 || answer.statusCode >= 300) {
					throw new HttpFailure({ status: answer.statusCode, headers: answer.headers, data: answer.body });
				}
				return answer.body;
			},
			{ repeatable: call.repeatable ?? REPEATABLE_METHODS.has(method), attempts: settings.attempts },
		);
		return body as T;
	} catch (error) {
		throw await vendorError.call(this, vendor, error, request, call.itemIndex, run);
	}
}
