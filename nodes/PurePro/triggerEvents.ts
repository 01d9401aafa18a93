import { NodeOperationError, type IDataObject, type IPollFunctions } from 'n8n-workflow';

import { fingerprint, remember, remembered } from '../shared/pollWindow';
import { violations } from '../shared/validation';
import { MAX_PAGE as PAYSLIP_MAX_PAGE, MAX_SIZE as PAYSLIP_SIZE } from './actions/payslip/getAll.operation';
import { pathRules } from './rules';
import { pageOf } from './answers';
import { pureProRequest } from './request';

/** Workers per page asked of PurePro (as Worker → Get Many does). */
export const WORKER_PAGE_SIZE = 50;
/** Worker pages read in one poll at most; a longer list is read on over the next polls. */
export const WORKER_PAGE_CEILING = 100;

export type PureProEvent = 'newWorker' | 'newPayslip';

interface Poll {
	event: PureProEvent;
	account: string;
	businessUnit: string;
	manual: boolean;
}

/** Account and Business Unit: the node's value, else the credential's default; blank is PurePro's "Cannot be left blank". */
export async function readPoll(this: IPollFunctions): Promise<Poll> {
	const credentials = await this.getCredentials('pureProApi');
	const event = this.getNodeParameter('event', 'newWorker') as PureProEvent;
	const read = (name: string, fallback: unknown) =>
		String(this.getNodeParameter(name, '', { extractValue: true }) ?? '').trim() || String(fallback ?? '').trim();
	const poll = {
		event,
		account: read('account', credentials.accountReference),
		businessUnit: event === 'newWorker' ? read('businessUnit', credentials.businessUnitReference) : read('businessUnitReference', ''),
		manual: this.getMode() === 'manual',
	};
	const [problem] = violations(pathRules(event === 'newWorker' ? ['Account', 'Business Unit'] : ['Account']), {
		Account: poll.account,
		'Business Unit': poll.businessUnit,
	});
	if (problem) throw new NodeOperationError(this.getNode(), `${problem.field}: ${problem.message}`, { description: 'Nothing was sent to PurePro.' });
	return poll;
}

/** A record's own reference (PurePro's key for it), else a fingerprint of the whole record. */
function keyOf(record: IDataObject): string {
	const name = Object.keys(record).find((k) => /^(reference|workerreference|payslipreference|ref|id|payslipid)$/i.test(k));
	const value = name === undefined ? undefined : record[name];
	return value === undefined || value === null || value === '' ? `#${fingerprint(record)}` : String(value);
}

interface WorkerPosition extends IDataObject {
	/** Workers in the list at the last poll. */
	count: number;
	/** References of the last workers in the list, in list order (at most one page). */
	tail: string[];
	/** Still reading an over-long list to its end after activation: nothing is new yet. */
	settling?: boolean;
}

/** Workers from `startPage` on, until a short page or the ceiling. */
async function workersFrom(this: IPollFunctions, poll: Poll, startPage: number): Promise<{ records: IDataObject[]; complete: boolean }> {
	const records: IDataObject[] = [];
	for (let page = startPage; page < startPage + WORKER_PAGE_CEILING; page++) {
		const found = await pageOf(page, WORKER_PAGE_SIZE, async () =>
			pureProRequest.call(this, 'GET', ['Worker', poll.account, poll.businessUnit], { qs: { Page: page, Size: WORKER_PAGE_SIZE } }),
		);
		records.push(...found.records);
		if (!found.hasMore || !found.records.length) return { records, complete: true };
	}
	return { records, complete: false };
}

/**
 * New workers. PurePro gives workers no created date; its list is seen to add new workers at its end, so the
 * trigger keeps where the list ended (its length and the references on its last page) and reads on from there.
 */
async function newWorkers(this: IPollFunctions, poll: Poll, watching: string): Promise<IDataObject[]> {
	const state = remembered.call(this, watching) as WorkerPosition | undefined;
	const startPage = state ? Math.floor(Math.max(0, state.count - state.tail.length) / WORKER_PAGE_SIZE) + 1 : 1;
	let offset = (startPage - 1) * WORKER_PAGE_SIZE;
	let read = await workersFrom.call(this, poll, startPage);
	const anchorIn = (records: IDataObject[]) => {
		const tail = new Set(state?.tail ?? []);
		for (let i = records.length - 1; i >= 0; i--) if (tail.has(keyOf(records[i]))) return i;
		return -1;
	};
	let anchor = anchorIn(read.records);
	if (state?.tail.length && anchor < 0 && startPage > 1) {
		// Workers were removed and the list moved up: look for where it ended from its start.
		offset = 0;
		read = await workersFrom.call(this, poll, 1);
		anchor = anchorIn(read.records);
	}
	const count = offset + read.records.length;
	const next: WorkerPosition = { count, tail: read.records.slice(-WORKER_PAGE_SIZE).map(keyOf) };
	if (!read.complete && (!state || state.settling)) next.settling = true;
	remember.call(this, watching, next);
	if (!state || state.settling) return [];
	// None of the remembered workers is left: only an empty list at the last poll makes every worker new.
	if (anchor < 0 && state.tail.length) return [];
	const known = new Set(state.tail);
	return read.records.slice(anchor + 1).filter((worker) => !known.has(keyOf(worker)));
}

interface PayslipPosition extends IDataObject {
	period: string;
	/** References of the current period's payslips (PurePro serves at most 10 pages of 50). */
	keys: string[];
}

async function currentPeriod(this: IPollFunctions, poll: Poll): Promise<string> {
	const answer = await pureProRequest.call(this, 'GET', ['Account/GetCurrentPeriod', poll.account]);
	const record = (Array.isArray(answer) ? answer[0] : answer) as IDataObject | undefined;
	const key = record && typeof record === 'object' ? Object.keys(record).find((k) => /^(periodid|period|id)$/i.test(k)) : undefined;
	const period = key ? String(record?.[key] ?? '').trim() : typeof answer === 'string' || typeof answer === 'number' ? String(answer) : '';
	if (!period) throw new NodeOperationError(this.getNode(), 'PurePro did not say which payroll period is current', { description: `Account/GetCurrentPeriod/${poll.account} answered without a period ID.` });
	return period;
}

async function payslipsOf(this: IPollFunctions, poll: Poll, period: string): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const qs: IDataObject = poll.businessUnit ? { BusinessUnitReference: poll.businessUnit } : {};
	for (let page = 1; page <= PAYSLIP_MAX_PAGE; page++) {
		const found = await pageOf(page, PAYSLIP_SIZE, async () =>
			pureProRequest.call(this, 'GET', ['payslip', poll.account, period], { qs: { ...qs, Page: page, Size: PAYSLIP_SIZE } }),
		);
		records.push(...found.records);
		if (!found.hasMore || !found.records.length) break;
	}
	return records;
}

/** New payslips of the current period; when the period moves on, every payslip of the new one is new. */
async function newPayslips(this: IPollFunctions, poll: Poll, watching: string): Promise<IDataObject[]> {
	const state = remembered.call(this, watching) as PayslipPosition | undefined;
	const period = await currentPeriod.call(this, poll);
	const payslips = await payslipsOf.call(this, poll, period);
	const keys = payslips.map(keyOf);
	remember.call(this, watching, { period, keys });
	if (!state) return [];
	const known = new Set(state.period === period ? state.keys : []);
	return payslips.filter((_, n) => !known.has(keys[n]));
}

/** The records to emit for one poll, in PurePro's list order; none on the first poll after activation. */
export async function pollPurePro(this: IPollFunctions, poll: Poll): Promise<IDataObject[]> {
	if (poll.manual) {
		const records =
			poll.event === 'newWorker'
				? (await workersFrom.call(this, poll, 1)).records
				: await payslipsOf.call(this, poll, await currentPeriod.call(this, poll));
		return records.slice(-1);
	}
	const watching = JSON.stringify([poll.event, poll.account, poll.businessUnit]);
	return poll.event === 'newWorker' ? await newWorkers.call(this, poll, watching) : await newPayslips.call(this, poll, watching);
}
