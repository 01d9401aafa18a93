import type { INodeProperties } from 'n8n-workflow';

import { PACE, paceWindow } from '../../nodes/shared/pace';
import { RETRY } from '../../nodes/shared/retry';
import { readRequestOptions } from '../../nodes/shared/settings';
import { CredentialStore, runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { Probe, ProbeApi } from './probe';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create } = require('./probeSimulator');

const sim = useSimulator(() => create());
const node = new Probe();
/** One store stands for one n8n process: its credentials' pace lasts as long as it does. */
const store = () => new CredentialStore([new ProbeApi()]).set('probeApi', { url: sim.url, password: sim.password });
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));
const getThing = { resource: 'thing', operation: 'get', id: '={{ $json.id }}' };
/** The pace of the harness's credential (id "1"). */
const window = () => paceWindow('probeApi', '1');
type Received = { method: string; path: string; at: number };
const thingRequests = (): Received[] => sim.requests.filter((r: Received) => r.method === 'GET' && r.path.startsWith('/things/'));

beforeAll(() => {
	RETRY.baseDelayMs = 20;
});

describe('adaptive pace per credential', () => {
	test('Request Options → Parallel Requests offers the pace\'s start as its default and its ceiling as its maximum', () => {
		const option = (readRequestOptions.options as INodeProperties[]).find((o) => o.name === 'parallelRequests');
		expect(option?.default).toBe(PACE.start);
		expect(option?.typeOptions?.maxValue).toBe(PACE.ceiling);
	});

	test(`starts with ${PACE.start} requests in flight and grows while the vendor answers well, up to ${PACE.ceiling}`, async () => {
		sim.state.latencyMs = 20;
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(400) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(400);
		expect(window()).toBeGreaterThan(PACE.start);
		expect(sim.state.maxInFlight).toBeGreaterThan(PACE.start);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(PACE.ceiling);
	});

	test('a 429 halves the pace for every later request of the credential, in this run and the next', async () => {
		sim.state.latencyMs = 20;
		const credentials = store();
		sim.fault({ method: 'GET', path: '/things/', status: 429, headers: { 'Retry-After': '0' }, times: 3 });
		const first = await runNode({ node, credentials, parameters: getThing, items: ids(60) });
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.id)).toEqual(ids(60).map((i) => i.id));
		// Three 429s to requests sent together are one signal: one cut (to 16), not three (to 4); then one more
		// per window of good answers.
		expect(window()).toBeGreaterThanOrEqual(PACE.start / 2);
		expect(window()).toBeLessThanOrEqual(PACE.start / 2 + 5);

		sim.state.maxInFlight = 0;
		const second = await runNode({ node, credentials, parameters: getThing, items: ids(60) });
		expect(second.error).toBeUndefined();
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(PACE.start / 2 + 8);
		expect(sim.state.maxInFlight).toBeGreaterThan(1);
	});

	test('a 503 slows down too; a 404 (an answer about one item) does not', async () => {
		sim.state.latencyMs = 5;
		const credentials = store();
		await runNode({ node, credentials, parameters: getThing, items: [{ id: 'missing-1' }, { id: 'missing-2' }], continueOnFail: true });
		expect(window()).toBe(PACE.start);
		sim.fault({ method: 'GET', path: '/things/', status: 503, times: 1 });
		const result = await runNode({ node, credentials, parameters: getThing, items: ids(3) });
		expect(result.error).toBeUndefined();
		expect(window()).toBe(PACE.start / 2);
	});

	test("a Retry-After holds back every request of the credential, not only the one it answered", async () => {
		sim.state.latencyMs = 10;
		const credentials = store();
		await runNode({ node, credentials, parameters: getThing, items: ids(1) });
		sim.requests = [];
		sim.fault({ method: 'GET', path: '/things/', status: 429, headers: { 'Retry-After': '1' }, times: 1 });
		const result = await runNode({ node, credentials, parameters: getThing, items: ids(80) });
		expect(result.error).toBeUndefined();
		// The first request is the one answered 429 (faults go in arrival order). The 31 sent with it were already
		// on their way; the other 48 items, and the 429's own retry, waited out the second.
		const [refused, ...rest] = thingRequests();
		expect(rest.filter((r) => r.at < refused.at + 900).length).toBeLessThanOrEqual(PACE.start);
		expect(rest.filter((r) => r.at >= refused.at + 900).length).toBeGreaterThanOrEqual(80 - PACE.start);
	});

	test('Parallel Requests, when set, is the ceiling of the run', async () => {
		sim.state.latencyMs = 20;
		const result = await runNode({ node, credentials: store(), parameters: { ...getThing, requestOptions: { parallelRequests: 5 } }, items: ids(60) });
		expect(result.error).toBeUndefined();
		expect(sim.state.maxInFlight).toBeGreaterThan(1);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(5);
	});
});
