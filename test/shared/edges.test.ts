/**
 * What a user can type and what a server can answer, at the edges: every class of defect is fixed once in
 * the shared layer, so it is proven here once, on the test-only Probe vendor, against a simulator that
 * misbehaves on purpose.
 */
import { MAX_PAGES } from '../../nodes/shared/pagination';
import { RETRY } from '../../nodes/shared/retry';
import { SIGN_IN } from '../../nodes/shared/signIn';
import { CredentialStore, runNode } from '../harness/n8n';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
import { Probe, ProbeApi } from './probe';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create } = require('./probeSimulator');

const sim = useSimulator(() => create());
/** Another origin on this machine: whatever a redirect names. */
const elsewhere = useSimulator(() => create());
const node = new Probe();
const store = (url = sim.url) => new CredentialStore([new ProbeApi()]).set('probeApi', { url, password: sim.password });
const getThing = (extra = {}) => ({ resource: 'thing', operation: 'get', id: '={{ $json.id }}', ...extra });
const list = (extra = {}) => ({ resource: 'thing', operation: 'getAll', ...extra });

beforeAll(() => {
	RETRY.baseDelayMs = 20;
	SIGN_IN.timeoutMs = 1_000;
});

describe('secrets never follow a redirect', () => {
	test.each([301, 302, 307, 308])('a %i from the vendor is not followed: nothing reaches the other host', async (status) => {
		sim.fault({ path: '/things', status, headers: { Location: `${elsewhere.url}/steal` } });
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id: 'a' }] });
		expect(result.error?.message).toBe(`Probe answered with a redirect to ${new URL(elsewhere.url).host} instead of an answer`);
		expect(result.error?.description).toMatch(/Nothing was sent to .*Check the URL in the Probe credential/);
		expect(elsewhere.requests).toHaveLength(0);
		expectNoSecrets(result, [sim.password]);
	});

	test('a redirect of the sign-in is not followed either: the password stays here', async () => {
		sim.fault({ path: '/token', status: 307, headers: { Location: `${elsewhere.url}/token` } });
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id: 'a' }] });
		expect(result.error?.message).toBe(`The Probe sign-in answered with a redirect to ${new URL(elsewhere.url).host}`);
		expect(elsewhere.requests).toHaveLength(0);
		expectNoSecrets(result, [sim.password]);
	});
});

describe('plain http only for this computer', () => {
	test('a credential URL with http:// to another host is refused before anything is sent', async () => {
		const result = await runNode({ node, credentials: store('http://probe.example.com'), parameters: getThing(), items: [{ id: 'a' }] });
		expect(result.error?.message).toMatch(/^The URL uses http:\/\/, which would send your sign-in unencrypted to probe\.example\.com\. Change it to start with https:\/\//);
	});
});

describe('nothing hangs', () => {
	test('a vendor that never answers fails the item after Request Options → Timeout, in words', async () => {
		sim.fault({ path: '/things', hang: true });
		const started = Date.now();
		const result = await runNode({ node, credentials: store(), parameters: getThing({ requestOptions: { timeout: 1 } }), items: [{ id: 'a' }] });
		expect(Date.now() - started).toBeLessThan(8_000);
		expect(result.error?.message).toBe('Probe did not answer within 1 seconds');
		expect(result.error?.description).toMatch(/raise Request Options → Timeout/);
	});

	test('a sign-in that hangs fails that run, saying so; the next run signs in afresh', async () => {
		sim.fault({ path: '/token', hang: true });
		const credentials = store();
		const hung = await runNode({ node, credentials, parameters: getThing(), items: [{ id: 'a' }] });
		expect(hung.error?.message).toBe('The Probe sign-in was not answered within 1 seconds');
		const next = await runNode({ node, credentials, parameters: getThing(), items: [{ id: 'a' }] });
		expect(next.error).toBeUndefined();
		expect(next.items[0].json).toMatchObject({ id: 'a' });
		expect(sim.received('POST', '/token')).toHaveLength(2);
	});
});

describe('every number a user can set is checked at run time', () => {
	test.each([
		['0', 0],
		['-1', -1],
		['abc', 'abc'],
		['empty', ''],
		['a fraction', 2.5],
		['an object', { size: 5 }],
	])('Limit from an expression giving %s is an error naming the field and the item, nothing sent', async (_label, value) => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: list({ limit: '={{ $json.limit }}' }),
			items: [{ limit: value }],
		});
		expect(result.error?.message).toMatch(/^Limit must be a whole number 1 or more, not .* \(item 1\)$/);
		expect(sim.received('GET', '/things')).toHaveLength(0);
	});

	test.each([0, 257, 'many'])('Parallel Requests %p is refused (1 to 256), naming the field', async (value) => {
		const result = await runNode({ node, credentials: store(), parameters: getThing({ requestOptions: { parallelRequests: value } }), items: [{ id: 'a' }] });
		expect(result.error?.message).toMatch(/^Request Options → Parallel Requests must be a whole number from 1 to 256/);
		expect(sim.requests).toHaveLength(0);
	});

	test('Options → Page Size from an expression giving 0 is refused: no endless paging', async () => {
		const result = await runNode({ node, credentials: store(), parameters: list({ returnAll: true, options: { pageSize: '={{ 0 }}' } }) });
		expect(result.error?.message).toBe('Options → Page Size must be a whole number from 1 to 100, not "0" (item 1)');
	});
});

describe('what is sent is what the user meant', () => {
	test.each([
		['an object', { a: 1 }, /^ID must be a text, not an object \(item 1\)$/],
		['a list', [1, 2], /^ID must be a text, not a list \(item 1\)$/],
		['null', null, /^ID is required but is empty \(item 1\)$/],
		['"..", which would move the request', '..', /^ID "\.\." is not a valid reference: it may not be "\." or "\.\." \(item 1\)$/],
		['a slash', 'a/../b', /^ID "a\/\.\.\/b" is not a valid reference: it may not hold a slash \(item 1\)$/],
		['half an emoji', '\ud83d', /^ID holds a broken character/],
	])('an id that is %s is refused before sending, naming the field', async (_label, id, message) => {
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id }] });
		expect(result.error?.message).toMatch(message);
		expect(sim.received('GET', /^\/things/)).toHaveLength(0);
	});

	test('with Continue On Fail the bad item becomes an error item counted from 1, the others are sent', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: getThing(),
			items: [{ id: 'a' }, { id: { nested: true } }, { id: 'c' }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.id ?? i.json.error)).toEqual(['a', 'ID must be a text, not an object (item 2)', 'c']);
		expect(sim.received('GET', /^\/things/).map((r: { path: string }) => r.path)).toEqual(['/things/a', '/things/c']);
	});
});

describe('Return All has a ceiling', () => {
	test('pages are read until one comes back short', async () => {
		const result = await runNode({ node, credentials: store(), parameters: list({ returnAll: true }) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(5 + 5 + 3);
	});

	test('a server that ignores the page number is stopped at the first repeated page, with an error that says so', async () => {
		sim.state.listMode = 'ignorePage';
		const result = await runNode({ node, credentials: store(), parameters: list({ returnAll: true }) });
		expect(result.error?.message).toBe('Probe sent the same records again for page 2: stopped reading pages');
		expect(result.error?.description).toMatch(/^5 records had been read from 2 pages; none of them is returned/);
		expect(sim.received('GET', '/things')).toHaveLength(2);
	});

	test(`a server that never ends is stopped after ${MAX_PAGES} pages`, async () => {
		sim.state.listMode = 'endless';
		const result = await runNode({ node, credentials: store(), parameters: list({ returnAll: true, options: { pageSize: 1 } }) });
		expect(result.error?.message).toBe(`Probe still had more after ${MAX_PAGES} pages (the most Return All reads): stopped reading pages`);
		expect(sim.received('GET', '/things')).toHaveLength(MAX_PAGES);
	}, 60_000);
});

describe('waiting when asked to', () => {
	test('Retry-After is read from the whole answer and honoured, on any n8n version', async () => {
		sim.fault({ path: '/things', status: 429, headers: { 'Retry-After': '1' }, body: { message: 'slow down' } });
		const started = Date.now();
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id: 'a' }] });
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		const [first, second] = sim.received('GET', '/things/a');
		expect(second.at - first.at).toBeGreaterThanOrEqual(950);
	});

	test("with n8n's Retry On Fail on, the node does not retry on top of it (they would multiply)", async () => {
		sim.fault({ path: '/things', status: 503, body: { message: 'busy' }, times: 10 });
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id: 'a' }], retryOnFail: true });
		expect(result.error).toBeDefined();
		// n8n's own retries (its default: 3 tries) each send once; the node's backoff would have sent 4 per try.
		expect(sim.received('GET', '/things/a').length).toBeLessThanOrEqual(3);
	}, 30_000);

	test('an HTML error page from a proxy says the service is unavailable and to try later', async () => {
		sim.fault({ path: '/things', status: 502, body: '<html><body>Bad Gateway</body></html>', times: 10 });
		const result = await runNode({ node, credentials: store(), parameters: getThing(), items: [{ id: 'a' }] });
		expect(result.error?.message).toBe('the service is unavailable at the moment (HTTP 502): try again in a few minutes');
	});
});
