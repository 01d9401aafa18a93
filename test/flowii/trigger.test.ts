import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FlowiiApi } from '../../credentials/FlowiiApi.credentials';
import { FlowiiTrigger } from '../../nodes/Flowii/FlowiiTrigger.node';
import { PAGE_CEILING } from '../../nodes/Flowii/triggerEvents';
import { CredentialStore } from '../harness/n8n';
import { Poller } from '../harness/poll';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DEMO } = require('../simulators/flowii');

const sim = useSimulator(() => create());
const company = { __rl: true, mode: 'id', value: '101' };

const store = () => new CredentialStore([new FlowiiApi()]).set('flowiiApi', { ...DEMO, url: `${sim.url}/` });
const trigger = (parameters: INodeParameters, credentials = store()) =>
	new Poller(new FlowiiTrigger(), { company, ...parameters }, credentials);
const admin = (action: string, body: IDataObject = {}) => sim.adminActions[action](body) as { data: { id: string } };
const ids = (records: IDataObject[]) => records.map((r) => String(r.id));

describe('FLOWii Trigger: New Order', () => {
	test('the first poll remembers where things stand and emits nothing; then each new order comes once, oldest first', async () => {
		const poller = trigger({ event: 'newOrder' });
		expect(await poller.poll()).toEqual([]);
		const a = admin('addOrder', { name: 'First' }).data.id;
		const b = admin('addOrder', { name: 'Second' }).data.id;
		const emitted = await poller.poll();
		expect(ids(emitted)).toEqual([a, b]);
		expect(emitted[0]).toMatchObject({ id: a, type: 'order', name: 'First', stateId: '1', partnerId: '501' });
		expect(await poller.poll()).toEqual([]);
	});

	test('asks FLOWii only for orders created since the last one seen, less the overlap window', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		const created = admin('addOrder').data;
		await poller.poll();
		sim.reset();
		await poller.poll();
		const [call] = sim.received('GET', '/orders');
		const from = Date.parse(`${call.query['filter[created-from]']}Z`);
		const latest = Date.parse(`${(created as unknown as { attributes: { created: string } }).attributes.created}Z`);
		expect(latest - from).toBe(10 * 60 * 1000);
		expect(call.query.companyId).toBe('101');
	});

	test('an order that shows up late (created a few minutes before the newest seen) still comes, once', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		const now = admin('addOrder').data.id;
		expect(ids(await poller.poll())).toEqual([now]);
		const late = admin('addOrder', { minutesAgo: 5 }).data.id;
		expect(ids(await poller.poll())).toEqual([late]);
		expect(await poller.poll()).toEqual([]);
	});

	test.each([
		['ahead of', 180],
		['behind', -180],
	])('FLOWii clock %s n8n by 3 hours: nothing missed, nothing twice', async (_, offsetMinutes) => {
		admin('clock', { offsetMinutes });
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		const a = admin('addOrder').data.id;
		expect(ids(await poller.poll())).toEqual([a]);
		const b = admin('addOrder').data.id;
		expect(ids(await poller.poll())).toEqual([b]);
		expect(await poller.poll()).toEqual([]);
	});

	test('more new orders than one page: all of them, across pages, each once', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		const added = Array.from({ length: 230 }, () => admin('addOrder').data.id);
		const emitted = await poller.poll();
		expect(ids(emitted)).toEqual(added);
		expect(sim.received('GET', '/orders').length).toBeGreaterThanOrEqual(3);
		expect(await poller.poll()).toEqual([]);
	});

	test('survives an n8n restart: the position is in static data, kept small', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		for (let n = 0; n < 30; n++) admin('addOrder');
		await poller.poll();
		poller.restart();
		const after = admin('addOrder').data.id;
		expect(ids(await poller.poll())).toEqual([after]);
		const state = poller.staticData.state as { seen: Record<string, number> };
		expect(JSON.stringify(poller.staticData).length).toBeLessThan(2000);
		expect(Object.keys(state.seen).length).toBeLessThanOrEqual(31);
	});

	test('a FLOWii error fails the poll with FLOWii\'s words and keeps the position: the next poll catches up', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		const a = admin('addOrder').data.id;
		const before = JSON.stringify(poller.staticData);
		sim.fault({ method: 'GET', path: '/orders', status: 403, body: { errors: [{ status: '403', detail: 'You have no access to company 101.' }] } });
		const failure = await poller.poll().catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toContain('You have no access to company 101.');
		expectNoSecrets(failure, [DEMO.password, DEMO.apiKey, ...sim.state.tokens.tokens.keys()]);
		expect(JSON.stringify(poller.staticData)).toBe(before);
		expect(ids(await poller.poll())).toEqual([a]);
	});

	test('an expired token is renewed during a poll, as n8n does for every node', async () => {
		const credentials = store();
		const poller = trigger({ event: 'newOrder' }, credentials);
		await poller.poll();
		sim.state.tokens.expireAll();
		const a = admin('addOrder').data.id;
		expect(ids(await poller.poll())).toEqual([a]);
		expect(sim.received('POST', '/token')).toHaveLength(2);
	});

	test('"Fetch Test Event" returns the most recent order and changes no state', async () => {
		const poller = trigger({ event: 'newOrder' });
		const newest = admin('addOrder', { name: 'Newest' }).data.id;
		const emitted = await poller.poll('manual');
		expect(ids(emitted)).toEqual([newest]);
		expect(poller.staticData).toEqual({});
	});

	test('"Fetch Test Event" with no recent order falls back to the newest of all', async () => {
		const emitted = await trigger({ event: 'newOrder' }).poll('manual');
		expect(ids(emitted)).toEqual(['7023']);
	});

	test('another company starts again from where things stand (no flood of the other company\'s orders)', async () => {
		const poller = trigger({ event: 'newOrder' });
		await poller.poll();
		admin('addOrder');
		poller.configure({ event: 'newOrder', company: { __rl: true, mode: 'id', value: '102' } });
		expect(await poller.poll()).toEqual([]);
	});

	test('every paging loop stops at the page ceiling', async () => {
		const poller = trigger({ event: 'newOrder' });
		// An answer that always claims a full page and a next link would otherwise loop for ever.
		sim.fault({
			method: 'GET',
			path: '/orders',
			times: 1000,
			status: 200,
			headers: { 'Content-Type': 'application/vnd.api+json' },
			body: { data: Array.from({ length: 100 }, (_, n) => ({ type: 'order', id: String(n), attributes: { created: '2026-01-01T00:00:00' } })), links: { next: '/orders?page[number]=2' } },
		});
		await poller.poll();
		expect(sim.received('GET', '/orders')).toHaveLength(PAGE_CEILING);
	});

	test('a Company that is not a number fails before anything is sent', async () => {
		const failure = await trigger({ event: 'newOrder', company: { __rl: true, mode: 'id', value: 'abc' } }).poll().catch((e: Error) => e);
		expect((failure as Error).message).toMatch(/Choose the Company/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('FLOWii Trigger: New Partner', () => {
	test('the first poll emits nothing; a partner added later comes once', async () => {
		const poller = trigger({ event: 'newPartner' });
		expect(await poller.poll()).toEqual([]);
		const p = admin('addPartner', { name: 'Delta Kft.' }).data.id;
		const emitted = await poller.poll();
		expect(emitted).toEqual([expect.objectContaining({ id: p, name: 'Delta Kft.', type: 'partner' })]);
		expect(await poller.poll()).toEqual([]);
	});

	test('many new partners across pages, oldest first, and a restart in between', async () => {
		const poller = trigger({ event: 'newPartner' });
		await poller.poll();
		const first = Array.from({ length: 120 }, () => admin('addPartner').data.id);
		expect(ids(await poller.poll())).toEqual(first);
		poller.restart();
		const second = admin('addPartner').data.id;
		expect(ids(await poller.poll())).toEqual([second]);
		const state = poller.staticData.state as { seen: Record<string, number> };
		expect(Object.keys(state.seen).length).toBeLessThanOrEqual(51);
	});

	test('"Fetch Test Event" returns the partner with the highest id', async () => {
		const p = admin('addPartner').data.id;
		expect(ids(await trigger({ event: 'newPartner' }).poll('manual'))).toEqual([p]);
	});
});

describe('FLOWii Trigger: Order State Changed', () => {
	test('an order moved to another state comes once, with its previous state', async () => {
		const a = admin('addOrder').data.id;
		const b = admin('addOrder').data.id;
		const poller = trigger({ event: 'orderStateChanged' });
		expect(await poller.poll()).toEqual([]);
		admin('setOrderState', { id: b, stateId: 3 });
		admin('setOrderState', { id: a, stateId: 2 });
		const emitted = await poller.poll();
		expect(emitted).toEqual([
			expect.objectContaining({ id: a, stateId: '2', previousStateId: '1' }),
			expect.objectContaining({ id: b, stateId: '3', previousStateId: '1' }),
		]);
		expect(await poller.poll()).toEqual([]);
		poller.restart();
		admin('setOrderState', { id: a, stateId: 3 });
		expect(await poller.poll()).toEqual([expect.objectContaining({ id: a, stateId: '3', previousStateId: '2' })]);
	});

	test('only orders created in the watched days are compared: older ones are not asked for', async () => {
		const poller = trigger({ event: 'orderStateChanged', watchDays: 7 });
		await poller.poll();
		admin('setOrderState', { id: '7001', stateId: 3 });
		expect(await poller.poll()).toEqual([]);
		const [call] = sim.received('GET', '/orders');
		const from = Date.parse(`${call.query['filter[created-from]']}Z`);
		expect(Date.now() - from).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
		expect(Date.now() - from).toBeLessThan(7 * 24 * 3600 * 1000 + 60_000);
	});

	test('a new order is not a state change', async () => {
		const poller = trigger({ event: 'orderStateChanged' });
		await poller.poll();
		admin('addOrder');
		expect(await poller.poll()).toEqual([]);
	});

	test('Watch days out of range fails in plain words', async () => {
		const failure = await trigger({ event: 'orderStateChanged', watchDays: 0 }).poll().catch((e: Error) => e);
		expect((failure as Error).message).toMatch(/whole number from 1 to 365/);
	});
});
