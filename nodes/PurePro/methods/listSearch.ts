import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { listOf } from '../answers';
import { pureProRequest } from '../request';

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

async function accounts(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return listOf(await pureProRequest.call(this, 'GET', ['Account/GetAllAccounts']));
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
