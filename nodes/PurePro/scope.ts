import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asPathSegment, read } from '../shared/parameters';
import { assertValid } from '../shared/validation';
import { pathRules } from './rules';
import { credentialsOnce } from '../shared/credentials';

/**
 * Account, Business Unit and the references of an item: the node's value, else the credential's default;
 * blank after that is the docs' "Cannot be left blank", reported before anything is sent. Each must be
 * usable as a segment of the address.
 */
export async function scope(
	this: IExecuteFunctions,
	itemIndex: number,
	wanted: { account?: boolean; businessUnit?: boolean; references?: Record<string, string> },
): Promise<{ account: string; businessUnit: string; references: Record<string, string> }> {
	const credentials = await credentialsOnce(this, 'pureProApi');
	const withDefault = (name: string, fallback: unknown) =>
		read.text(this, name, itemIndex, { extractValue: true }) || String(fallback ?? '').trim();
	const account = wanted.account === false ? '' : withDefault('account', credentials.accountReference);
	const businessUnit = wanted.businessUnit ? withDefault('businessUnit', credentials.businessUnitReference) : '';
	const references: Record<string, string> = {};
	for (const [label, parameter] of Object.entries(wanted.references ?? {})) {
		references[label] = read.text(this, parameter, itemIndex, { extractValue: true });
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
	assertValid(this.getNode(), 'PurePro', pathRules(fields), checked, itemIndex);
	for (const field of fields) asPathSegment(this.getNode(), itemIndex, field, checked[field]);
	return { account, businessUnit, references };
}
