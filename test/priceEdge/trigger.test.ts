import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PriceEdgeApi } from '../../credentials/PriceEdgeApi.credentials';
import { PriceEdgeTrigger } from '../../nodes/PriceEdge/PriceEdgeTrigger.node';
import { OVERLAP_MS, PAGE_CEILING } from '../../nodes/PriceEdge/triggerRows';
import { CredentialStore } from '../harness/n8n';
import { Poller } from '../harness/poll';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DOCS_USER, DOCS_CLIENT_ID } = require('../simulators/priceEdge');

const sim = useSimulator(() => create());
const itemTable = { __rl: true, mode: 'list', value: 'item' };

const store = () =>
	new CredentialStore([new PriceEdgeApi()]).set('priceEdgeApi', { apiUrl: `${sim.url}/papi`, ...DOCS_USER, clientId: DOCS_CLIENT_ID });
const trigger = (parameters: INodeParameters = {}, credentials = store()) =>
	new Poller(new PriceEdgeTrigger(), { table: itemTable, ...parameters }, credentials);
const admin = (action: string, body: IDataObject = {}) => sim.adminActions[action](body) as { data: IDataObject };
const update = (number: string, set: IDataObject = {}, extra: IDataObject = {}) => admin('updateRow', { key: { Number: number }, set, ...extra }).data;
const numbers = (rows: IDataObject[]) => rows.map((r) => r.Number);
const queries = () => sim.received('POST', '/papi/api/tables/item').map((r: { body: IDataObject }) => r.body);

describe('PriceEdge Trigger: new or changed rows of a table', () => {
	test('the first poll remembers where things stand and emits nothing; then each changed row comes once', async () => {
		const poller = trigger();
		expect(await poller.poll()).toEqual([]);
		update('ITEM-005', { Name: 'Chair 5 (blue)' });
		const emitted = await poller.poll();
		expect(emitted).toEqual([expect.objectContaining({ Number: 'ITEM-005', Name: 'Chair 5 (blue)' })]);
		expect(await poller.poll()).toEqual([]);
	});

	test('asks with greaterThan on _dtLastModifiedDate (less the overlap window), oldest change first', async () => {
		const poller = trigger();
		await poller.poll();
		const changed = update('ITEM-007');
		await poller.poll();
		sim.requests.length = 0;
		await poller.poll();
		const [query] = queries();
		expect(query.orderby).toEqual(['_dtLastModifiedDate']);
		const filter = (query.filters as IDataObject[]).find((f) => f.columnName === '_dtLastModifiedDate');
		expect(filter?.op).toBe('greaterThan');
		const latest = Date.parse(`${String(changed._dtLastModifiedDate).slice(0, 23)}Z`);
		const from = Date.parse(`${String(filter?.value)}Z`);
		expect(latest - from).toBeGreaterThanOrEqual(OVERLAP_MS);
		expect(latest - from).toBeLessThan(OVERLAP_MS + 1000);
	});

	test('a row changed twice comes twice (each change once); an added row comes too; in the order of change', async () => {
		const poller = trigger();
		await poller.poll();
		update('ITEM-010', { Name: 'first' }, { minutesAgo: 2 });
		admin('addRow', { row: { Number: 'ITEM-900', Name: 'New one' }, minutesAgo: 1 });
		expect(numbers(await poller.poll())).toEqual(['ITEM-010', 'ITEM-900']);
		update('ITEM-010', { Name: 'second' });
		expect(await poller.poll()).toEqual([expect.objectContaining({ Number: 'ITEM-010', Name: 'second' })]);
	});

	test('a change that shows up late (stamped minutes before the newest seen) still comes, once', async () => {
		const poller = trigger();
		await poller.poll();
		update('ITEM-001');
		expect(numbers(await poller.poll())).toEqual(['ITEM-001']);
		update('ITEM-002', {}, { minutesAgo: 6 });
		expect(numbers(await poller.poll())).toEqual(['ITEM-002']);
		expect(await poller.poll()).toEqual([]);
	});

	test.each([
		['ahead of', 240],
		['behind', -240],
	])('PriceEdge clock %s n8n by 4 hours: nothing missed, nothing twice', async (_, offsetMinutes) => {
		admin('clock', { offsetMinutes });
		const poller = trigger();
		await poller.poll();
		update('ITEM-003');
		expect(numbers(await poller.poll())).toEqual(['ITEM-003']);
		update('ITEM-004');
		expect(numbers(await poller.poll())).toEqual(['ITEM-004']);
		expect(await poller.poll()).toEqual([]);
	});

	test('more changed rows than one page: all of them, across pages, oldest first, each once', async () => {
		const poller = trigger();
		await poller.poll();
		const changed = Array.from({ length: 120 }, (_, n) => `ITEM-${String(n + 1).padStart(3, '0')}`);
		changed.forEach((number, n) => update(number, {}, { modified: `2026-12-01T00:00:${String(n % 60).padStart(2, '0')}.${String(n).padStart(3, '0')}0000` }));
		// Stamps a day back: still after the position the first poll kept (the seeds are from 2025).
		const emitted = await poller.poll();
		expect(emitted).toHaveLength(120);
		expect(new Set(numbers(emitted)).size).toBe(120);
		const stamps = emitted.map((r) => String(r._dtLastModifiedDate));
		expect(stamps).toEqual([...stamps].sort());
		expect(queries().length).toBeGreaterThanOrEqual(4);
		expect(await poller.poll()).toEqual([]);
	});

	test('only the chosen columns, plus the modified date the trigger needs; filters as in Table → Get Many', async () => {
		const poller = trigger({ fields: ['Number', 'Name'], filters: { filter: [{ columnName: 'cd_PriceGroup', op: 'equals', value: 'PG-A' }] } });
		await poller.poll();
		update('ITEM-001', { Name: 'A' });
		update('ITEM-002', { Name: 'B' });
		const emitted = await poller.poll();
		expect(emitted).toEqual([{ Number: 'ITEM-001', Name: 'A', _dtLastModifiedDate: expect.any(String) }]);
		const query = queries().at(-1)!;
		expect(query.fields).toEqual(['Number', 'Name', '_dtLastModifiedDate']);
		expect(query.filters).toContainEqual({ columnName: 'cd_PriceGroup', op: 'equals', value: 'PG-A' });
	});

	test('survives an n8n restart; the state stays small', async () => {
		const poller = trigger();
		await poller.poll();
		for (let n = 1; n <= 20; n++) update(`ITEM-${String(n).padStart(3, '0')}`);
		expect(await poller.poll()).toHaveLength(20);
		poller.restart();
		update('ITEM-050');
		expect(numbers(await poller.poll())).toEqual(['ITEM-050']);
		expect(Object.keys((poller.staticData.state as { seen: object }).seen).length).toBeLessThanOrEqual(21);
		expect(JSON.stringify(poller.staticData).length).toBeLessThan(3000);
	});

	test('a PriceEdge refusal fails the poll with its words and keeps the position', async () => {
		const poller = trigger();
		await poller.poll();
		update('ITEM-009');
		const before = JSON.stringify(poller.staticData);
		sim.fault({ method: 'POST', path: '/papi/api/tables/item', status: 200, body: { Data: null, Errors: ['Database is busy'], Succeeded: false } });
		const failure = await poller.poll().catch((e: Error) => e);
		expect((failure as Error).message).toContain('Database is busy');
		expectNoSecrets(failure, [DOCS_USER.password, ...sim.issued()]);
		expect(JSON.stringify(poller.staticData)).toBe(before);
		expect(numbers(await poller.poll())).toEqual(['ITEM-009']);
	});

	test('an error on the second page loses nothing: the whole poll is read again next time', async () => {
		const poller = trigger();
		await poller.poll();
		for (let n = 1; n <= 120; n++) update(`ITEM-${String(n).padStart(3, '0')}`, {}, { modified: `2026-12-01T01:00:00.${String(n).padStart(3, '0')}0000` });
		// The first page is answered as usual, the second is refused.
		sim.fault({ method: 'POST', path: '/papi/api/tables/item', delayMs: 1 });
		sim.fault({ method: 'POST', path: '/papi/api/tables/item', status: 400, body: { Data: null, Errors: ['Timeout'], Succeeded: false } });
		const failure = await poller.poll().catch((e: Error) => e);
		expect((failure as Error).message).toContain('Timeout');
		expect(queries().filter((q: IDataObject) => q.page === 2).length).toBeGreaterThan(0);
		expect(await poller.poll()).toHaveLength(120);
	});

	test('"Fetch Test Event" returns the most recently changed row and keeps no state', async () => {
		update('ITEM-033', { Name: 'latest' });
		const poller = trigger();
		expect(await poller.poll('manual')).toEqual([expect.objectContaining({ Number: 'ITEM-033', Name: 'latest' })]);
		expect(poller.staticData).toEqual({});
	});

	test('an empty table at activation: every row added later is new', async () => {
		const poller = trigger({ filters: { filter: [{ columnName: 'Number', op: 'equals', value: 'ITEM-777' }] } });
		expect(await poller.poll()).toEqual([]);
		admin('addRow', { row: { Number: 'ITEM-777' } });
		expect(numbers(await poller.poll())).toEqual(['ITEM-777']);
	});

	test('the paging loop stops at the page ceiling', async () => {
		const poller = trigger();
		await poller.poll();
		const full = { Data: { data: Array.from({ length: 100 }, (_, n) => ({ Number: `X${n}`, _dtLastModifiedDate: '2026-12-01T00:00:00' })) }, Errors: [], Succeeded: true };
		sim.fault({ method: 'POST', path: '/papi/api/tables/item', status: 200, body: full, times: 1000 });
		sim.requests.length = 0;
		await poller.poll();
		expect(queries()).toHaveLength(PAGE_CEILING);
	});

	test('a table without a table name fails before anything is sent', async () => {
		const failure = await trigger({ table: { __rl: true, mode: 'id', value: ' ' } }).poll().catch((e: Error) => e);
		expect((failure as Error).message).toMatch(/Choose a table/);
		expect(sim.requests).toHaveLength(0);
	});
});
