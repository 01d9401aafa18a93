import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, ILoadOptionsFunctions } from 'n8n-workflow';

import type { Page } from '../shared/pagination';
import { vendorRequest, type CallOptions, type Vendor } from '../shared/transport';
import { refuse } from '../shared/refusal';
import { pathRules } from './rules';

const TOKEN_HELP =
	'Check the API token in the PurePro credential: make one under Account → API Tokens, with the accounts and the user role this action needs. A token is visible for 1 day after it was made; after that ask PurePro Support for it.';

/** PurePro's own words in an error body: `message`, ASP.NET's `errors` map or `title`, or a list of texts. */
function errorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return undefined;
	if (Array.isArray(body)) {
		const texts = body.map((entry) => (typeof entry === 'string' ? entry : errorMessage(entry))).filter(Boolean);
		return texts.length ? texts.join('; ') : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const answer = body as IDataObject;
	const errors = answer.errors ?? answer.Errors;
	if (errors && typeof errors === 'object') {
		const texts = Array.isArray(errors)
			? errors.map((entry) => (typeof entry === 'string' ? entry : errorMessage(entry)))
			: Object.entries(errors).map(([field, texts]) => `${field}: ${([] as unknown[]).concat(texts).join(', ')}`);
		if (texts.filter(Boolean).length) return texts.filter(Boolean).join('; ');
	}
	for (const key of ['message', 'Message', 'error', 'title', 'detail']) {
		if (typeof answer[key] === 'string' && answer[key]) return answer[key] as string;
	}
	return undefined;
}

export const purePro: Vendor = {
	name: 'PurePro',
	credentialType: 'pureProApi',
	errorMessage,
	hint: (status) => {
		if (status === 401 || status === 403) return TOKEN_HELP;
		if (status === 404) return 'PurePro answers 404 when an account, business unit, period or reference is unknown: check them.';
		return undefined;
	},
};

export type Context = IExecuteFunctions | ILoadOptionsFunctions;

/** Calls `{Public API URL}/<path segments>`; segments are encoded, the path keeps the docs' case. */
export async function pureProRequest<T = unknown>(
	this: Context,
	method: IHttpRequestMethods,
	segments: string[],
	options: { qs?: IDataObject; body?: IDataObject } = {},
	call: CallOptions = {},
): Promise<T> {
	const credentials = await this.getCredentials('pureProApi');
	const base = String(credentials.publicApiUrl ?? '').trim().replace(/\/+$/, '');
	const [first, ...rest] = segments;
	const url = [base, first, ...rest.map((segment) => encodeURIComponent(segment))].join('/');
	const request = { method, url, ...(options.qs ? { qs: options.qs } : {}), ...(options.body ? { body: options.body } : {}) };
	return (await vendorRequest.call(this, purePro, request, call)) as T;
}

/**
 * Account and Business Unit for an item: the node's value, else the credential's default; blank after
 * that cannot be left blank (the docs' words), and is reported before anything is sent.
 */
export async function scope(
	this: IExecuteFunctions,
	itemIndex: number,
	wanted: { account?: boolean; businessUnit?: boolean; references?: Record<string, string> },
): Promise<{ account: string; businessUnit: string; references: Record<string, string> }> {
	const credentials = await this.getCredentials('pureProApi');
	const read = (name: string, fallback: unknown) => {
		const value = String(this.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
		return value || String(fallback ?? '').trim();
	};
	const account = wanted.account === false ? '' : read('account', credentials.accountReference);
	const businessUnit = wanted.businessUnit ? read('businessUnit', credentials.businessUnitReference) : '';
	const references: Record<string, string> = {};
	for (const [label, parameter] of Object.entries(wanted.references ?? {})) {
		// extractValue: a reference may be a picker ({ mode, value }) or, from older workflows, typed text.
		references[label] = String(this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) ?? '').trim();
	}
	const checked: IDataObject = { ...references };
	const fields = Object.keys(references);
	if (wanted.account !== false) {
		checked.Account = account;
		fields.unshift('Account');
	}
	if (wanted.businessUnit) {
		checked['Business Unit'] = businessUnit;
		fields.splice(wanted.account === false ? 0 : 1, 0, 'Business Unit');
	}
	refuse(this.getNode(), 'PurePro', pathRules(fields), checked, itemIndex);
	return { account, businessUnit, references };
}

/**
 * A list from an answer that may be a bare array or wrap it (`items`, `data`, `results`, … or its only list):
 * PurePro does not document the shape of its lists.
 */
export function listOf(answer: unknown): IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (!answer || typeof answer !== 'object') return [];
	const lists = Object.entries(answer).filter(([, value]) => Array.isArray(value));
	const named = lists.find(([key]) => /^(items|data|results|records|value|accounts|workers|payslips|controljobs|list)$/i.test(key));
	const [, list] = named ?? (lists.length === 1 ? lists[0] : ['', []]);
	return list as IDataObject[];
}

/**
 * One page of a list: PurePro answers 404 to "wrong input", which a page past the end may be, so a 404 after
 * the first page ends the list instead of failing it.
 */
export async function pageOf(page: number, size: number, fetch: () => Promise<unknown>): Promise<Page<IDataObject>> {
	return await fetch().then(
		(answer) => {
			const records = listOf(answer);
			return { records, hasMore: records.length >= size };
		},
		(error: { httpCode?: string }) => {
			// Already a NodeApiError from vendorRequest: passed on as it is.
			if (page > 1 && error.httpCode === '404') return { records: [], hasMore: false };
			throw error;
		},
	);
}

/** An answer as output: an object as it is, anything else under `result`. */
export function asOutput(answer: unknown, fallback: IDataObject = {}): IDataObject | IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (answer && typeof answer === 'object') return answer as IDataObject;
	return answer === undefined || answer === '' ? fallback : { ...fallback, result: answer as string };
}
