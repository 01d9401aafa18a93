import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { redact } from './redact';
import { headerOf, HttpFailure, jsonBody, networkCode, responseOf } from './response';
import { withDeadline, withRetries } from './retry';
import { SignInError } from './tokens';
import { hostOf, requestUrlProblem } from './urls';

/** How long a sign-in may take: a token request that hangs fails the run, and the next run signs in afresh. */
export const SIGN_IN = { timeoutMs: 30_000 };

const RETRYABLE = new Set([429, 502, 503, 504]);

export interface TokenAnswer {
	status: number;
	/** The answer as JSON (empty when it was not JSON). */
	body: IDataObject;
	/** The vendor's own reason for a refusal (`error_description`, `message` …), secrets removed. */
	said?: string;
}

function reasonIn(body: IDataObject, text: unknown, secrets: string[]): string | undefined {
	const { error, error_description: description } = body as { error?: unknown; error_description?: unknown };
	let said: string | undefined;
	if (typeof error === 'string' && error) {
		said = typeof description === 'string' && description ? `${error}: ${description}` : error;
	} else {
		for (const key of ['error_description', 'message', 'Message', 'detail', 'title']) {
			if (typeof body[key] === 'string' && body[key]) {
				said = body[key] as string;
				break;
			}
		}
		if (!said && Array.isArray(body.errors)) {
			said = (body.errors as IDataObject[]).map((e) => String(e?.detail ?? e?.title ?? e?.message ?? '')).filter(Boolean).join('; ') || undefined;
		}
	}
	if (!said && typeof text === 'string' && text.trim() && !/^\s*</.test(text)) said = text.trim().slice(0, 200);
	return said ? redact(said, secrets).slice(0, 300) : undefined;
}

/**
 * POSTs a form to a vendor's token endpoint and hands back the answer, whatever its status, for the
 * credential to judge (a refusal may lead to another grant). Retries 429 and 5xx gateway errors. Throws a
 * SignInError, in plain words and without secrets, when there is no usable answer: no connection, no answer
 * in time, a redirect (never followed: the form holds the password), a proxy's HTML error page.
 */
export async function requestToken(
	helper: IHttpRequestHelper,
	vendor: { name: string; urlField: string },
	url: string,
	form: Record<string, string>,
	headers: Record<string, string>,
	secrets: string[],
): Promise<TokenAnswer> {
	const hidden = secrets.filter((s) => s.length >= 4);
	const insecure = requestUrlProblem(url, vendor.urlField);
	if (insecure) throw new SignInError(insecure);
	const send = async () => {
		const answer = (await withDeadline(
			helper.helpers.httpRequest({
				method: 'POST',
				url,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
				body: new URLSearchParams(form).toString(),
				json: true,
				timeout: SIGN_IN.timeoutMs,
				disableFollowRedirect: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			}) as Promise<{ body: unknown; headers?: Record<string, unknown>; statusCode: number }>,
			SIGN_IN.timeoutMs + 5_000,
			() => Object.assign(new Error('sign-in timed out'), { code: 'ETIMEDOUT' }),
		)) as { body: unknown; headers?: Record<string, unknown>; statusCode: number };
		if (RETRYABLE.has(answer.statusCode)) {
			throw new HttpFailure({ status: answer.statusCode, headers: answer.headers, data: answer.body });
		}
		return answer;
	};
	const outcome = await withRetries(send, { repeatable: true }).then(
		(answer) => ({ answer }),
		(error: unknown) => ({ error }),
	);
	const failed = 'error' in outcome ? responseOf(outcome.error) : undefined;
	if ('error' in outcome && failed?.status === undefined) {
		const code = networkCode(outcome.error);
		const seconds = SIGN_IN.timeoutMs / 1000;
		// The code (ECONNREFUSED…) stays out of the message: n8n swaps a message holding one for a generic text.
		throw new SignInError(
			code === 'ETIMEDOUT' || code === 'ECONNABORTED'
				? `The ${vendor.name} sign-in was not answered within ${seconds} seconds`
				: `Could not reach ${vendor.name} at ${url}`,
			`${code ? `${code}. ` : ''}Check the ${vendor.urlField} in the ${vendor.name} credential and that ${vendor.name} can be reached from n8n; the next run signs in afresh.`,
		);
	}
	const answer = 'answer' in outcome ? outcome.answer : { body: failed?.data, headers: failed?.headers, statusCode: Number(failed?.status) };
	const status = answer.statusCode;
	if (status >= 300 && status < 400) {
		const host = hostOf(headerOf(answer.headers, 'location'), url);
		throw new SignInError(
			`The ${vendor.name} sign-in answered with a redirect to ${host}`,
			`Your password was not sent to ${host}: a sign-in never follows a redirect. Check the ${vendor.urlField} in the ${vendor.name} credential (the service may have moved, or need https://).`,
		);
	}
	const body = jsonBody(answer.body) ?? {};
	if (typeof answer.body === 'string' && /^\s*</.test(answer.body)) {
		throw new SignInError(
			status >= 500
				? `${vendor.name} is unavailable at the moment (HTTP ${status}): try again in a few minutes`
				: `${vendor.name} answered the sign-in with a web page instead of a token`,
			`Sign-in: POST ${url} answered HTTP ${status}.${status < 500 ? ` Check the ${vendor.urlField} in the ${vendor.name} credential.` : ''}`,
		);
	}
	if (status === 429) {
		throw new SignInError(
			`${vendor.name} is limiting requests (HTTP 429) and refused the sign-in for now. Wait a minute and run again.`,
			`Sign-in: POST ${url}.`,
		);
	}
	if (status >= 500) {
		const said = reasonIn(body, answer.body, hidden);
		throw new SignInError(
			`${vendor.name} could not sign in (HTTP ${status})${said ? `: ${said}` : ''}. Try again in a few minutes.`,
			`Sign-in: POST ${url}.`,
		);
	}
	return { status, body, said: status >= 300 ? reasonIn(body, answer.body, hidden) : undefined };
}
