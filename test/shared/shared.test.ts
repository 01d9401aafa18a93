import { sleep } from 'n8n-workflow';

import { mapWithConcurrency } from '../../nodes/shared/concurrency';
import { redact, secretValues } from '../../nodes/shared/redact';
import { retryAfterMs } from '../../nodes/shared/response';
import { RETRY } from '../../nodes/shared/retry';
import { oneOf, present, valueAt, violations } from '../../nodes/shared/validation';
import { CredentialStore, runNode } from '../harness/n8n';
import { wrongSecret } from '../harness/secrets';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
import { Probe, ProbeApi } from './probe';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create } = require('./probeSimulator');

const sim = useSimulator(() => create());
const node = new Probe();
const store = () => new CredentialStore([new ProbeApi()]).set('probeApi', { url: sim.url, password: sim.password });
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));
const getThing = { resource: 'thing', operation: 'get', id: '={{ $json.id }}' };
const createThing = { resource: 'thing', operation: 'create', name: '={{ $json.id }}' };
const tokenRequests = () => sim.received('POST', '/token').length;

beforeAll(() => {
	RETRY.baseDelayMs = 20;
});

describe('item loop', () => {
	test('reads run many items at once (64 to start with, see pace.test.ts), output in input order, each paired with its input', async () => {
		sim.state.latencyMs = 30;
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(80) });
		expect(result.items.map((i) => i.json.id)).toEqual(ids(80).map((i) => i.id));
		expect(result.items.every((item, i) => (item.pairedItem as { item: number }).item === i)).toBe(true);
		expect(sim.state.maxInFlight).toBeGreaterThan(10);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(64);
	});

	test('writes go one at a time unless the user raises Parallel Requests', async () => {
		sim.state.latencyMs = 10;
		await runNode({ node, credentials: store(), parameters: createThing, items: ids(8) });
		expect(sim.state.maxInFlight).toBe(1);
		expect(sim.state.created).toEqual(ids(8).map((i) => i.id));
		sim.reset();
		sim.state.latencyMs = 30;
		await runNode({ node, credentials: store(), parameters: { ...createThing, requestOptions: { parallelRequests: 4 } }, items: ids(8) });
		expect(sim.state.maxInFlight).toBeGreaterThan(1);
		expect(sim.state.maxInFlight).toBeLessThanOrEqual(4);
	});

	test('Continue On Fail: a failed item becomes an error item, the others go on, pairing kept', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: getThing,
			items: [{ id: 'a' }, { id: 'missing-b' }, { id: 'c' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.pairedItem, i.json.id ?? i.json.error])).toEqual([
			[{ item: 0 }, 'a'],
			[{ item: 1 }, 'Thing missing-b does not exist'],
			[{ item: 2 }, 'c'],
		]);
	});

	test('without Continue On Fail the error names the item, and no later item is started', async () => {
		const result = await runNode({ node, credentials: store(), parameters: createThing, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
		expect(result.error).toBeUndefined();
		sim.reset();
		sim.fault({ method: 'POST', path: '/things', status: 400, body: { message: 'name taken' } });
		const failed = await runNode({ node, credentials: store(), parameters: createThing, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
		expect(failed.error?.message).toBe('name taken');
		expect(failed.error?.context?.itemIndex).toBe(0);
		expect(sim.received('POST', '/things')).toHaveLength(1);
	});
});

describe('tokens', () => {
	test('one token request for many parallel items; the next run reuses it', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: getThing, items: ids(30) });
		expect(tokenRequests()).toBe(1);
		await runNode({ node, credentials, parameters: getThing, items: ids(30) });
		expect(tokenRequests()).toBe(1);
	});

	test('an expired token is renewed once, not once per request in flight', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: getThing, items: ids(1) });
		sim.state.tokens.expireAll();
		sim.state.latencyMs = 20;
		const result = await runNode({ node, credentials, parameters: getThing, items: ids(30) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(30);
		expect(tokenRequests()).toBe(2);
	});

	test('a refused token request fails without showing the password', async () => {
		const credentials = new CredentialStore([new ProbeApi()]).set('probeApi', { url: sim.url, password: wrongSecret('wrong-password') });
		const result = await runNode({ node, credentials, parameters: getThing, items: ids(1) });
		expect(result.error).toBeDefined();
		expectNoSecrets(result, ['wrong-password-456']);
	});
});

describe('retries', () => {
	test('429 with Retry-After is retried after the time the vendor asks', async () => {
		sim.fault({ path: '/things', status: 429, headers: { 'Retry-After': '1' }, body: { message: 'slow down' } });
		const started = Date.now();
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(1) });
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(sim.received('GET', '/things/t0')).toHaveLength(2);
	});

	test('502/503/504 on a read are retried with backoff, a bounded number of times', async () => {
		sim.fault({ path: '/things', status: 503, body: 'Service Unavailable', times: 10 });
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(1) });
		expect(result.error?.httpCode).toBe('503');
		expect(sim.received('GET', '/things/t0')).toHaveLength(RETRY.attempts);
	});

	test('a write is not repeated after 502/503/504 (it may have been applied), but is after 429', async () => {
		sim.fault({ method: 'POST', path: '/things', status: 502, body: { message: 'bad gateway' } });
		const failed = await runNode({ node, credentials: store(), parameters: createThing, items: ids(1) });
		expect(failed.error?.message).toBe('bad gateway');
		expect(sim.received('POST', '/things')).toHaveLength(1);
		sim.reset();
		sim.fault({ method: 'POST', path: '/things', status: 429, body: { message: 'later' } });
		const retried = await runNode({ node, credentials: store(), parameters: createThing, items: ids(1) });
		expect(retried.error).toBeUndefined();
		expect(sim.received('POST', '/things')).toHaveLength(2);
	});

	test('a Retry-After longer than the cap fails at once, saying how long the vendor asks to wait', async () => {
		sim.fault({ path: '/things', status: 429, headers: { 'Retry-After': '120' }, body: { message: 'quota exceeded' } });
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(1) });
		expect(result.error?.message).toBe('quota exceeded (Probe asks to wait 120 s, longer than the node waits: run it again later)');
		expect(sim.received('GET', '/things/t0')).toHaveLength(1);
	});
});

describe('errors a person can act on', () => {
	test("the vendor's own message, what was called, and a hint", async () => {
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: [{ id: 'missing-9' }] });
		expect(result.error?.message).toBe('Thing missing-9 does not exist');
		expect(result.error?.description).toBe('Probe answered HTTP 404 to GET /things/missing-9. Check the thing id.');
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	test('an HTML page instead of the API is named as such', async () => {
		sim.fault({ path: '/things', status: 404, body: '<html><body>Not here</body></html>' });
		const result = await runNode({ node, credentials: store(), parameters: getThing, items: ids(1) });
		expect(result.error?.message).toMatch(/an HTML page instead of an API answer/);
	});

	test('no password or token in any output or error', async () => {
		const credentials = store();
		sim.fault({ path: '/things', status: 400, body: { message: `bad request from ${sim.password}` } });
		const result = await runNode({ node, credentials, parameters: getThing, items: ids(2), continueOnFail: true });
		const token = String(credentials.data.get('probeApi')?.token);
		expect(token.length).toBeGreaterThan(10);
		expect(JSON.stringify(result.items)).toContain('[hidden]');
		expectNoSecrets(result, [sim.password, token]);
	});
});

describe('helpers', () => {
	test('redact hides secrets, their URL-encoded form and secret query parameters', () => {
		expect(redact('key a+b/c and a%2Bb%2Fc', ['a+b/c'])).toBe('key [hidden] and [hidden]');
		expect(redact('GET https://x/api/?apiKey=abc123&x=1')).toBe('GET https://x/api/?apiKey=[hidden]&x=1');
		expect(secretValues({ pushApiKey: 'https://x/?apiKey=abcdef', url: 'https://x' })).toEqual(['https://x/?apiKey=abcdef', 'abcdef']);
	});

	test('Retry-After in seconds or as an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
		const inFive = new Date(Date.now() + 5000).toUTCString();
		expect(retryAfterMs({ 'retry-after': inFive })).toBeGreaterThan(3000);
		expect(retryAfterMs({})).toBeUndefined();
	});

	test('bounded parallel map keeps order and stops starting work after a failure when asked', async () => {
		const order = await mapWithConcurrency([3, 1, 2], 3, async (n) => {
			await sleep(n * 5);
			return n;
		});
		expect(order.map((s) => (s?.ok ? s.value : undefined))).toEqual([3, 1, 2]);
		const started: number[] = [];
		const stopped = await mapWithConcurrency([1, 2, 3, 4], 1, async (n) => {
			started.push(n);
			if (n === 2) throw new Error('no');
			return n;
		}, true);
		expect(started).toEqual([1, 2]);
		expect(stopped[2]).toBeUndefined();
	});

	test('rules as data: keys match without regard to case, conditions apply', () => {
		expect(valueAt({ Address: { postCode: 'AB1' } }, 'address.Postcode')).toBe('AB1');
		const rules = [present('Name', 'You must enter a Name'), oneOf('Currency', ['GBP', 'EUR'], 'Bad currency', (r) => r.currency !== undefined)];
		expect(violations(rules, { name: 'x' })).toEqual([]);
		expect(violations(rules, { currency: 'usd' })).toEqual([
			{ field: 'Name', message: 'You must enter a Name' },
			{ field: 'Currency', message: 'Bad currency' },
		]);
	});
});
