import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { listOf } from '../answers';
import { pureProRequest } from '../request';
import { pickerList } from '../../shared/pickerErrors';

export { searchPeriods } from '../period';

const text = (record: IDataObject, keys: string[]) => {
	const key = Object.keys(record).find((k) => keys.includes(k.toLowerCase()));
	return key === undefined || record[key] === null ? '' : String(record[key]);
};
const referenceOf = (record: IDataObject, kind: string) => text(record, ['reference', `${kind}reference`, 'ref', 'code', 'id']);
const nameOf = (record: IDataObject, kind: string) => text(record, ['name', `${kind}name`, 'description']);

function results(records: IDataObject[], kind: string, filter?: string): INodeListSearchResult {
	const wanted = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((record) => ({ value: referenceOf(record, kind), name: nameOf(record, kind) }))
			.filter(({ value }) => value)
			.map(({ value, name }) => ({ value, name: name ? `${name} (${value})` : value }))
			.filter(({ name }) => !wanted || name.toLowerCase().includes(wanted)),
	};
}

/** What the pickers say when PurePro refuses the token. */
const REFUSED =
	'PurePro refused the API token: open the PurePro credential and paste a current token (PurePro → Account → API Tokens; a token is shown for 1 day only, after that ask PurePro Support)';

/** A PurePro list for a picker; a refused token is explained. */
async function listed(this: ILoadOptionsFunctions, segments: string[], qs?: IDataObject): Promise<IDataObject[]> {
	return await pickerList(this, REFUSED, async () => listOf(await pureProRequest.call(this, 'GET', segments, qs ? { qs } : {})));
}

async function accounts(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await listed.call(this, ['Account/GetAllAccounts']);
}

/** The accounts the API token may use (Account/GetAllAccounts). */
export async function searchAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return results(await accounts.call(this), 'account', filter);
}

/** The business units of the chosen account (or the credential's default account), as GetAllAccounts lists them. */
export async function searchBusinessUnits(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials('pureProApi');
	const chosen = String(this.getCurrentNodeParameter('account', { extractValue: true }) ?? '').trim();
	const account = (chosen || String(credentials.accountReference ?? '')).toLowerCase();
	const all = await accounts.call(this);
	const owners = account ? all.filter((record) => referenceOf(record, 'account').toLowerCase() === account) : all;
	const units = owners.flatMap((record) => {
		const key = Object.keys(record).find((k) => k.toLowerCase() === 'businessunits');
		return key && Array.isArray(record[key]) ? (record[key] as IDataObject[]) : [];
	});
	return results(units, 'businessunit', filter);
}

/** Workers asked of PurePro per page of the picker. */
const WORKER_PAGE = 50;

/**
 * The chosen business unit's workers (GET Worker/{account}/{business unit}, page by page as you scroll),
 * as "First Last (reference)", filtered by what you type.
 */
export async function searchWorkers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials('pureProApi');
	const chosen = (name: string, fallback: unknown) =>
		String(this.getCurrentNodeParameter(name, { extractValue: true }) ?? '').trim() || String(fallback ?? '').trim();
	const account = chosen('account', credentials.accountReference);
	const businessUnit = chosen('businessUnit', credentials.businessUnitReference);
	if (!account || !businessUnit) return { results: [] };
	const page = Number(paginationToken) || 1;
	const workers = await listed.call(this, ['Worker', account, businessUnit], { Page: page, Size: WORKER_PAGE });
	const wanted = (filter ?? '').toLowerCase();
	const found = workers
		.map((worker) => {
			const value = referenceOf(worker, 'worker');
			const name = [text(worker, ['firstname', 'forename']), text(worker, ['lastname', 'surname'])].filter(Boolean).join(' ') || nameOf(worker, 'worker');
			return { value, name: name ? `${name} (${value})` : value };
		})
		.filter(({ value, name }) => value && (!wanted || name.toLowerCase().includes(wanted)));
	return { results: found, ...(workers.length >= WORKER_PAGE ? { paginationToken: String(page + 1) } : {}) };
}
