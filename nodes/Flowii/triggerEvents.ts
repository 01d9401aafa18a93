import { NodeApiError, NodeOperationError, type IDataObject, type IPollFunctions, type JsonObject } from 'n8n-workflow';

import { remember, remembered, takeNew, vendorTime, vendorTimeText, windowStart, type WindowState } from '../shared/pollWindow';
import { resourcesOf, simplify, type Resource } from './jsonApi';
import { flowiiRequest } from './request';

const PAGE_SIZE = 100;
/** Pages read in one poll at most: a poll never runs unbounded. */
export const PAGE_CEILING = 50;
const DAY = 24 * 3600 * 1000;
/** Orders: how far back each poll looks again (FLOWii's clock), for orders that show up late. */
export const ORDER_OVERLAP_MS = 10 * 60 * 1000;
/** Partners carry no date: new ones are found by their id, which FLOWii is seen to give in increasing order. */
export const PARTNER_ID_OVERLAP = 50;
/** Most order states remembered by Order State Changed. */
export const STATE_CAP = 2000;
const KEY_CAP = 500;

export type FlowiiEvent = 'newOrder' | 'newPartner' | 'orderStateChanged';

interface Poll {
	event: FlowiiEvent;
	companyId: string;
	manual: boolean;
	simplify: boolean;
}

/** Every page of a FLOWii list (page[number] counted from 1) until a short page, up to PAGE_CEILING pages. */
async function readList(this: IPollFunctions, path: string, qs: IDataObject): Promise<Resource[]> {
	const records: Resource[] = [];
	for (let page = 1; page <= PAGE_CEILING; page++) {
		const answer = await flowiiRequest.call(this, { path, qs: { ...qs, 'page[size]': PAGE_SIZE, 'page[number]': page } });
		if (answer.data !== undefined && !Array.isArray(answer.data)) {
			throw new NodeApiError(this.getNode(), answer as JsonObject, {
				message: 'FLOWii sent a list answer that could not be read',
				description: `Expected a JSON:API list (data: [...]) from GET ${path}.`,
			});
		}
		const found = resourcesOf(answer);
		records.push(...found);
		if (found.length < PAGE_SIZE || !answer.links?.next) break;
	}
	return records;
}

const createdAt = (order: Resource) => vendorTime(order.attributes?.created);
const stateOf = (order: Resource) => {
	const data = order.relationships?.state?.data as { id?: unknown } | null | undefined;
	return data?.id === undefined || data?.id === null ? null : String(data.id);
};
/** Newest first by created date, then by id. */
const newest = (a: Resource, b: Resource) => (createdAt(b) || 0) - (createdAt(a) || 0) || Number(b.id) - Number(a.id);

async function ordersCreatedFrom(this: IPollFunctions, companyId: string, from: number | undefined): Promise<Resource[]> {
	const qs: IDataObject = { companyId };
	if (from !== undefined) qs['filter[created-from]'] = vendorTimeText(from);
	return await readList.call(this, '/orders', qs);
}

/** "Fetch Test Event": the most recent record, so fields can be mapped. */
async function latestRecord(this: IPollFunctions, poll: Poll): Promise<Resource | undefined> {
	if (poll.event === 'newPartner') {
		const partners = await readList.call(this, '/partners', { companyId: poll.companyId });
		return partners.sort((a, b) => Number(b.id) - Number(a.id))[0];
	}
	const recent = await ordersCreatedFrom.call(this, poll.companyId, Date.now() - 30 * DAY);
	const orders = recent.length ? recent : await readList.call(this, '/orders', { companyId: poll.companyId });
	return orders.sort(newest)[0];
}

async function newOrders(this: IPollFunctions, poll: Poll, watching: string): Promise<Resource[]> {
	const options = { overlap: ORDER_OVERLAP_MS, cap: KEY_CAP };
	const state = remembered.call(this, watching) as WindowState | undefined;
	// The first poll looks two days back (more than any time-zone difference): newer orders are "where things stand".
	const origin = Date.now() - 2 * DAY;
	const from = state ? windowStart(state, options) : origin - options.overlap;
	const orders = await ordersCreatedFrom.call(this, poll.companyId, from ?? origin - options.overlap);
	const { fresh, next } = takeNew(
		state,
		orders.map((order) => ({ key: String(order.id), at: createdAt(order), record: order })),
		options,
	);
	next.latest ??= origin;
	remember.call(this, watching, next);
	return state ? fresh.map((entry) => entry.record) : [];
}

async function newPartners(this: IPollFunctions, poll: Poll, watching: string): Promise<Resource[]> {
	const options = { overlap: PARTNER_ID_OVERLAP, cap: KEY_CAP };
	const state = remembered.call(this, watching) as WindowState | undefined;
	const partners = await readList.call(this, '/partners', { companyId: poll.companyId });
	const { fresh, next } = takeNew(
		state,
		partners.map((partner) => ({ key: String(partner.id), at: Number(partner.id), record: partner })),
		options,
	);
	// An empty partner list: every partner that shows up later is new.
	next.latest ??= 0;
	remember.call(this, watching, next);
	return state ? fresh.map((entry) => entry.record) : [];
}

interface StateWatch extends IDataObject {
	/** Order id → state id, for the orders created inside the watched days. */
	states: Record<string, string | null>;
}

async function changedStates(this: IPollFunctions, poll: Poll, watching: string): Promise<IDataObject[]> {
	const days = this.getNodeParameter('watchDays', 30) as number;
	if (!Number.isInteger(days) || days < 1 || days > 365) {
		throw new NodeOperationError(this.getNode(), 'Watch Orders Created In The Last (Days) must be a whole number from 1 to 365');
	}
	const state = remembered.call(this, watching) as StateWatch | undefined;
	const orders = (await ordersCreatedFrom.call(this, poll.companyId, Date.now() - days * DAY)).sort(newest).slice(0, STATE_CAP);
	const changed = state
		? orders
				.filter((order) => String(order.id) in state.states && state.states[String(order.id)] !== stateOf(order))
				.reverse()
				.map((order) => ({ order, previousStateId: state.states[String(order.id)] }))
		: [];
	remember.call(this, watching, { states: Object.fromEntries(orders.map((order) => [String(order.id), stateOf(order)])) });
	return changed.map(({ order, previousStateId }) => ({ ...output(poll, order), previousStateId }));
}

function output(poll: Poll, record: Resource): IDataObject {
	return poll.simplify ? simplify(record) : (record as IDataObject);
}

/** The records to emit for one poll, oldest first; none on the first poll after activation. */
export async function pollFlowii(this: IPollFunctions, poll: Poll): Promise<IDataObject[]> {
	if (poll.manual) {
		const latest = await latestRecord.call(this, poll);
		if (!latest) return [];
		return [poll.event === 'orderStateChanged' ? { ...output(poll, latest), previousStateId: null } : output(poll, latest)];
	}
	const watching = `${poll.event}:${poll.companyId}`;
	if (poll.event === 'orderStateChanged') return await changedStates.call(this, poll, watching);
	const records = poll.event === 'newOrder' ? await newOrders.call(this, poll, watching) : await newPartners.call(this, poll, watching);
	return records.map((record) => output(poll, record));
}
