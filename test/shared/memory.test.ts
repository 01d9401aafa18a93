/**
 * What a run holds beyond its output: at most one answer per request in flight. The output itself is n8n's (it
 * keeps every item of a run); these tests bound what the node adds to it — how many answers can be waiting at
 * once, for a single-record Get over 10,000 items and for Return All paging.
 */
import { PACE } from '../../nodes/shared/pace';
import { CredentialStore, runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { Probe, ProbeApi } from './probe';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create } = require('./probeSimulator');

const sim = useSimulator(() => create());
const node = new Probe();
const store = () => new CredentialStore([new ProbeApi()]).set('probeApi', { url: sim.url, password: sim.password });
type Received = { method: string; path: string; query: Record<string, string> };
const listRequests = (): Received[] => sim.requests.filter((r: Received) => r.method === 'GET' && r.path === '/things');

describe('memory: what a run holds beyond its output', () => {
	test(`10,000 items through Get: never more than ${PACE.ceiling} answers waiting at once, every item answered once`, async () => {
		sim.state.latencyMs = 2;
		const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}` }));
		const result = await runNode({ node, credentials: store(), parameters: { resource: 'thing', operation: 'get', id: '={{ $json.id }}' }, items });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10_000);
		expect(result.items[9_999].json.id).toBe('t9999');
		expect(sim.requests.filter((r: Received) => r.path.startsWith('/things/'))).toHaveLength(10_000);
		expect(sim.state.maxInFlight).toBeGreaterThan(1);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(PACE.ceiling);
	}, 120_000);

	test('Return All reads one page at a time: the next page is asked for only once the last one is in the output', async () => {
		sim.state.latencyMs = 2;
		sim.state.pages = 40;
		const result = await runNode({ node, credentials: store(), parameters: { resource: 'thing', operation: 'getAll', returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(listRequests().map((r) => r.query.page)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
		expect(sim.state.maxInFlight).toBe(1);
	});

	test('Return All for several items at once: one page in flight per item, no more', async () => {
		sim.state.latencyMs = 5;
		sim.state.pages = 20;
		const items = Array.from({ length: 4 }, () => ({}));
		const result = await runNode({ node, credentials: store(), parameters: { resource: 'thing', operation: 'getAll', returnAll: true }, items });
		expect(result.error).toBeUndefined();
		expect(listRequests()).toHaveLength(4 * 20);
		expect(sim.state.maxInFlight).toBeGreaterThan(1);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(4);
	});
});
