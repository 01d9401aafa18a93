import { NodeOperationError, type IDataObject, type IExecuteFunctions, type ILoadOptionsFunctions, type INodeListSearchResult } from 'n8n-workflow';

import { valueAt } from '../shared/validation';
import { CURRENT_PERIOD } from './descriptions';
import type { RequestContext as Context } from '../shared/vendor';
import { pureProRequest } from './request';

/** The period ID in Account/GetCurrentPeriod's answer (its shape is not documented; the samples say periodId). */
async function currentPeriodOf(this: Context, account: string, itemIndex?: number): Promise<IDataObject & { id: string }> {
	const answer = (await pureProRequest.call(this, 'GET', ['Account/GetCurrentPeriod', account], {}, { itemIndex })) as IDataObject;
	const id = String(valueAt(answer, 'periodId') ?? valueAt(answer, 'id') ?? '').trim();
	return { ...answer, id };
}

/** Current periods asked in this run of the node, by account: one request however many items. */
const asked = new WeakMap<object, Map<string, Promise<IDataObject & { id: string }>>>();

/** The period an item means: a given ID as it is, "current" looked up for the item's account. */
export async function periodFor(this: IExecuteFunctions, itemIndex: number, account: string, period: string): Promise<string> {
	if (period.toLowerCase() !== CURRENT_PERIOD) return period;
	let byAccount = asked.get(this);
	if (!byAccount) asked.set(this, (byAccount = new Map()));
	let current = byAccount.get(account);
	if (!current) {
		current = currentPeriodOf.call(this, account, itemIndex);
		byAccount.set(account, current);
	}
	const { id } = await current;
	if (!id) {
		throw new NodeOperationError(this.getNode(), `PurePro did not say which period is current for account ${account}`, {
			itemIndex,
			description: 'Choose the period By ID instead (Account → Get Current Period shows what PurePro answers).',
		});
	}
	return id;
}

/**
 * The period picker: "Current Period" first (what the workflow will use when it runs, so it stays right as
 * periods roll on), then today's current period by its ID, when PurePro can be asked.
 */
export async function searchPeriods(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const results = [{ name: 'Current Period (Looked Up When the Workflow Runs)', value: CURRENT_PERIOD }];
	const credentials = await this.getCredentials('pureProApi');
	const account = String(this.getCurrentNodeParameter('account', { extractValue: true }) ?? '').trim() || String(credentials.accountReference ?? '').trim();
	if (!account) return { results };
	try {
		const current = await currentPeriodOf.call(this, account);
		const start = valueAt(current, 'startDate');
		const end = valueAt(current, 'endDate');
		const dates = start && end ? `, ${String(start).slice(0, 10)} to ${String(end).slice(0, 10)}` : '';
		if (current.id) results.push({ name: `${current.id} (Current Now${dates})`, value: current.id });
	} catch {
		// "Current Period" needs no answer from PurePro; the Account picker shows what is wrong with the credential.
	}
	return { results };
}
