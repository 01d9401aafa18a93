import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeType,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { PriceEdgeApi } from '../../credentials/PriceEdgeApi.credentials';
import { parseApiUrl } from '../../credentials/priceEdge/signIn';
import { PriceEdge } from '../../nodes/PriceEdge/PriceEdge.node';
import { searchTables } from '../../nodes/PriceEdge/methods/listSearch';
import { getColumns } from '../../nodes/PriceEdge/methods/loadOptions';
import { plainRequest } from '../harness/http';
import { CredentialStore, runNode } from '../harness/n8n';
import { wrongSecret } from '../harness/secrets';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DOCS_USER, DOCS_CLIENT_ID, ITEM_METADATA } = require('../simulators/priceEdge');

const sim = useSimulator(() => create());
const node = new PriceEdge();
const credentialType = new PriceEdgeApi();
const DENIED = { Message: 'Authorization has been denied for this request.' };

type Values = Record<string, string>;
const bearerValues = (extra: Values = {}): Values => ({ apiUrl: `${sim.url}/papi`, ...DOCS_USER, clientId: DOCS_CLIENT_ID, ...extra });
const apiKeyValues = (extra: Values = {}): Values => ({ apiUrl: `${sim.url}/papi`, authentication: 'apiKey', ...DOCS_USER, ...extra });
const store = (values: Values = bearerValues()) => new CredentialStore([credentialType]).set('priceEdgeApi', values);

const itemTable = { __rl: true, mode: 'list', value: 'item' };
const metadata = { resource: 'table', operation: 'getMetadata', table: itemTable };
const rows = (extra: IDataObject = {}) => ({ resource: 'table', operation: 'getAll', table: itemTable, ...extra });
const many = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i }));

const tokenGrants = () => sim.tokenRequests().map((r: { body: IDataObject }) => r.body.grant_type);
const apiCalls = () => sim.requests.filter((r: { path: string }) => r.path.startsWith('/papi/api/'));
/** Everything secret in this test: the password and every token the simulator handed out. */
const secrets = () => [DOCS_USER.password, ...sim.issued()];

describe('Credential: bearer token', () => {
	test('the token comes from POST {api}/token with exactly grant_type=password&username=…&password=…&client_id=…', async () => {
		const result = await runNode({ node, credentials: store(), parameters: metadata });
		expect(result.error).toBeUndefined();
		const [tokenRequest] = sim.tokenRequests();
		expect(tokenRequest.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(tokenRequest.rawBody).toBe(
			`grant_type=password&username=${encodeURIComponent(DOCS_USER.username)}&password=${DOCS_USER.password}&client_id=${DOCS_CLIENT_ID}`,
		);
	});

	test('calls send Authorization: Bearer <token>, the client_id header and Content-Type: application/json', async () => {
		await runNode({ node, credentials: store(), parameters: metadata });
		const [token] = sim.issued(); // the access token comes first
		const [call] = apiCalls();
		expect(call.method).toBe('GET');
		expect(call.path).toBe('/papi/api/tables/item');
		expect(call.headers.authorization).toBe(`Bearer ${token}`);
		expect(call.headers.client_id).toBe(DOCS_CLIENT_ID);
		expect(call.headers['content-type']).toBe('application/json');
	});

	test('the API URL works with or without a trailing slash', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ apiUrl: `${sim.url}/papi/` })), parameters: metadata });
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((r: { path: string }) => r.path)).toEqual(['/papi/token', '/papi/api/tables/item']);
	});

	test('one token request for many items read in parallel', async () => {
		const result = await runNode({ node, credentials: store(), parameters: metadata, items: many(25) });
		expect(result.error).toBeUndefined();
		expect(apiCalls()).toHaveLength(25);
		expect(sim.tokenRequests()).toHaveLength(1);
	});

	test('the next execution reuses the token', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata, items: many(3) });
		await runNode({ node, credentials, parameters: metadata, items: many(3) });
		expect(sim.tokenRequests()).toHaveLength(1);
		expect(apiCalls()).toHaveLength(6);
	});

	test('an expired token (401) is renewed once for all items, with the refresh grant before the password grant', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		const result = await runNode({ node, credentials, parameters: metadata, items: many(10) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10 * ITEM_METADATA.length);
		expect(tokenGrants()).toEqual(['password', 'refresh_token']);
		const [, refresh] = sim.tokenRequests();
		expect(Object.keys(refresh.body)).toEqual(['grant_type', 'refresh_token', 'client_id']);
		expect(refresh.body.client_id).toBe(DOCS_CLIENT_ID);
	});

	test('a token past its lifetime (expires_in seconds) is renewed on the next run', async () => {
		sim.configure({ tokenLifetimeSeconds: 1 });
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		await sleep(1100);
		const result = await runNode({ node, credentials, parameters: metadata });
		expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'refresh_token']);
	});

	test('a refused refresh token (revoked) falls back to the password grant', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		sim.revokeRefreshTokens();
		const result = await runNode({ node, credentials, parameters: metadata, items: many(5) });
		expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'refresh_token', 'password']);
	});

	test('an expired refresh token falls back to the password grant', async () => {
		sim.configure({ refreshLifetimeSeconds: 0 });
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		const result = await runNode({ node, credentials, parameters: metadata });
		expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'refresh_token', 'password']);
	});

	/**
	 * Queue mode: two n8n processes renew the same expired token at once. PriceEdge replaces a refresh token on
	 * use, so the second one is refused the refresh token the first has just used. It must not sign in once more
	 * with the password, but wait for the token the first one saves in the credential (read afresh by n8n when
	 * the request is sent again).
	 */
	class OtherWorkerStore extends CredentialStore {
		/** What the other worker saves in the credential, while this one's refresh is being refused. */
		otherWorkerSaves?: Values;

		override async preAuthentication(...args: Parameters<CredentialStore['preAuthentication']>) {
			return await super.preAuthentication(...args).catch(async (error: unknown) => {
				if (this.otherWorkerSaves) this.set('priceEdgeApi', { ...this.data.get('priceEdgeApi'), ...this.otherWorkerSaves } as Values);
				this.otherWorkerSaves = undefined;
				return await Promise.reject(error);
			});
		}
	}
	const otherWorkerRefreshes = async (refreshToken: string): Promise<Values> => {
		const answer = (await plainRequest({
			method: 'POST',
			url: `${sim.url}/papi/token`,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: DOCS_CLIENT_ID }).toString(),
		})) as IDataObject;
		expect(answer.access_token).toEqual(expect.any(String));
		return { token: String(answer.access_token), refreshToken: String(answer.refresh_token) };
	};

	test('queue mode: a refresh token just used by another worker is not followed by a password sign-in; the request uses the token that worker saved', async () => {
		const credentials = new OtherWorkerStore([credentialType]).set('priceEdgeApi', bearerValues());
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		const stale = credentials.data.get('priceEdgeApi') as Values;
		credentials.otherWorkerSaves = await otherWorkerRefreshes(stale.refreshToken);
		const before = sim.tokenRequests().length;

		const result = await runNode({ node, credentials, parameters: metadata, items: many(5) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(5 * ITEM_METADATA.length);
		// This worker asked once (the refused refresh) and never with the password.
		expect(tokenGrants().slice(before)).toEqual(['refresh_token']);
		const saved = credentials.data.get('priceEdgeApi') as Values;
		const answered = apiCalls().filter((call: { headers: Values }) => call.headers.authorization === `Bearer ${saved.token}`);
		expect(answered).toHaveLength(5);
	});

	test('a refused refresh token, with no other worker saving a token, leads to one password sign-in for every run under way', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		sim.revokeRefreshTokens();
		// The second run starts while the first waits for another worker's token that never comes.
		const first = runNode({ node, credentials, parameters: metadata, items: many(3) });
		await sleep(300);
		const second = runNode({ node, credentials, parameters: metadata, items: many(3) });
		const results = await Promise.all([first, second]);
		for (const result of results) expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'refresh_token', 'password']);
	});

	test('the refresh token is kept as a hidden secret of the credential', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		const saved = credentials.data.get('priceEdgeApi') as ICredentialDataDecryptedObject;
		expect(sim.issued()).toContain(saved.refreshToken);
		const property = credentialType.properties.find((p) => p.name === 'refreshToken');
		expect(property).toMatchObject({ type: 'hidden', typeOptions: { password: true } });
	});

	test('a refresh token issued for another username is not used', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		const saved = credentials.data.get('priceEdgeApi') as Values;
		credentials.set('priceEdgeApi', { ...saved, username: 'other@example.com', token: '' });
		await runNode({ node, credentials, parameters: metadata });
		expect(tokenGrants()).toEqual(['password', 'password']);
	});

	test('a 403 from /token reads "invalid username or password", with what to check, and no secret', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ password: wrongSecret('wrong-password') })), parameters: metadata });
		expect(result.error?.message).toBe('PriceEdge refused the sign-in: invalid username or password (invalid_grant: The user name or password is incorrect.)');
		expect(result.error?.description).toMatch(/Check the username, password and Client ID/);
		expect(apiCalls()).toHaveLength(0);
		expect(sim.tokenRequests()).toHaveLength(1);
		expectNoSecrets(result, ['wrong-password-1', ...secrets()]);
	});

	test('an unknown client id is refused with PriceEdge\'s own words', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ clientId: 'someOtherClient' })), parameters: metadata });
		expect(result.error?.message).toBe("PriceEdge refused the sign-in (HTTP 400): invalid_clientId: Client 'someOtherClient' is not registered in the system.");
	});

	test('a missing client id fails before anything is sent', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ clientId: '' })), parameters: metadata });
		expect(result.error?.message).toMatch(/Enter the Client ID/);
		expect(sim.requests).toHaveLength(0);
	});

	test('a 401 that persists after one renewal shows PriceEdge\'s message', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.fault({ path: '/papi/api/tables', status: 401, body: DENIED, times: 2 });
		const result = await runNode({ node, credentials, parameters: metadata });
		expect(result.error?.message).toBe('Authorization has been denied for this request.');
		expect(tokenGrants()).toEqual(['password', 'refresh_token']);
	});
	test('a token answer that is an HTML page says the API URL may be wrong', async () => {
		sim.fault({ path: '/papi/token', status: 200, body: '<html><body>Welcome</body></html>' });
		const result = await runNode({ node, credentials: store(), parameters: metadata });
		expect(result.error?.message).toBe('PriceEdge answered the sign-in with a web page instead of a token');
		expect(apiCalls()).toHaveLength(0);
	});

	test('a token endpoint that cannot be reached says so, naming the address and not the password', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ apiUrl: 'http://127.0.0.1:1/papi' })), parameters: metadata });
		expect(result.error?.message).toBe('Could not reach PriceEdge at http://127.0.0.1:1/papi/token');
		expect(result.error?.description).toMatch(/^ECONNREFUSED\. Check the API URL/);
		expectNoSecrets(result, [DOCS_USER.password]);
	});

	test('a busy token endpoint (503) is asked again, and the run goes on', async () => {
		sim.fault({ path: '/papi/token', status: 503, body: { Message: 'Service Unavailable' } });
		const result = await runNode({ node, credentials: store(), parameters: metadata });
		expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'password']);
	});
});

describe('Credential: API key', () => {
	test('calls send exactly Authorization: ApiKey <username>:<password>, no token request, no client_id', async () => {
		const result = await runNode({ node, credentials: store(apiKeyValues()), parameters: metadata, items: many(3) });
		expect(result.error).toBeUndefined();
		expect(sim.tokenRequests()).toHaveLength(0);
		for (const call of apiCalls()) {
			expect(call.headers.authorization).toBe('ApiKey pricing@example.com:MYPASSWORD123');
			expect(call.headers.client_id).toBeUndefined();
			expect(call.headers['content-type']).toBe('application/json');
		}
	});

	test('a wrong password is PriceEdge\'s 403, without the password', async () => {
		const result = await runNode({ node, credentials: store(apiKeyValues({ password: 'not-the-password' })), parameters: metadata });
		expect(result.error?.message).toBe('invalid username or password');
		expect(result.error?.description).toMatch(/HTTP 403.*Check the username and password in the PriceEdge credential \(API Key/);
		expect(`${result.error?.message} ${result.error?.description}`).not.toMatch(/client/i);
		expectNoSecrets(result, ['not-the-password']);
	});

	test('a 401 in API Key mode speaks of the username and password, never of a sign-in or a client ID', async () => {
		// n8n asks once more after a 401 (it would renew a token): both answers are 401.
		sim.fault({ path: '/papi/api/tables', status: 401, body: DENIED, times: 2 });
		const result = await runNode({ node, credentials: store(apiKeyValues()), parameters: metadata });
		expect(result.error?.description).toMatch(/HTTP 401.*did not accept the username and password/);
		expect(`${result.error?.message} ${result.error?.description}`).not.toMatch(/client|sign-in/i);
	});

	test('the Test button’s messages (shared by both modes) do not mention the client ID', () => {
		const rules = new PriceEdgeApi().test.rules ?? [];
		expect(rules.map((rule) => (rule.properties as { message: string }).message).filter((m) => /client/i.test(m))).toEqual([]);
	});
});

describe('Credential: HTTPS only', () => {
	test.each([
		['https://yourdomain.priceedge.eu/papi', true],
		['https://yourdomain.priceedge.eu/papi/', true],
		['http://127.0.0.1:4100/papi', true],
		['http://localhost:4100/papi', true],
		['http://[::1]:4100/papi', true],
		['http://yourdomain.priceedge.eu/papi', false],
		['yourdomain.priceedge.eu/papi', false],
	])('%s accepted: %s', (url, ok) => {
		expect(parseApiUrl(url).ok).toBe(ok);
	});

	test('an http:// URL is refused with a clear message and nothing is sent', async () => {
		const result = await runNode({ node, credentials: store(bearerValues({ apiUrl: 'http://yourdomain.priceedge.eu/papi' })), parameters: metadata });
		expect(result.error?.message).toMatch(/^The API URL in the PriceEdge credential uses http:\/\/, which would send your sign-in unencrypted.*Change it to start with https:\/\//);
		expect(sim.requests).toHaveLength(0);
	});

	test('the credential itself never sends secrets to an http:// address', async () => {
		const options: IHttpRequestOptions = { url: 'http://yourdomain.priceedge.eu/papi/api/tables/item' };
		await expect(credentialType.authenticate({ ...apiKeyValues() }, options)).rejects.toThrow(/uses http:\/\/.*start with https:\/\//);
	});

	test('the Test button rules turn redirects (never followed), 401, 403 and 404 into words a person can act on', () => {
		const rules = (credentialType.test.rules ?? []).map((r) => [(r.properties as { value: number }).value, r.properties.message]);
		expect(rules).toEqual([
			...[301, 302, 303, 307, 308].map((code) => [code, expect.stringMatching(/redirect.*not followed.*API URL/)]),
			[401, expect.stringContaining('Authorization has been denied for this request.')],
			[403, expect.stringContaining('invalid username or password')],
			[404, expect.stringContaining('/papi')],
		]);
	});
});

describe('Credential: Test button', () => {
	/** The node n8n builds to run a credential's declarative test request. */
	const testButton = {
		description: {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['input'],
			version: 1,
			description: '',
			defaults: { name: 'Credential Test' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'priceEdgeApi', required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: credentialType.test.request }, default: '' }],
		},
	} as unknown as INodeType;
	const press = async (values: Values) => await runNode({ node: testButton, credentials: store(values), parameters: { temp: '' } });

	test.each([
		['bearer token', () => bearerValues({ apiUrl: `${sim.url}/papi/` }), ['POST /papi/token', 'GET /papi/api/tables/item']],
		['API key', () => apiKeyValues(), ['GET /papi/api/tables/item']],
	])('with a %s it reads the metadata of table item, signed in as n8n would', async (_label, values, calls) => {
		const result = await press(values());
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`)).toEqual(calls);
		expect(apiCalls()[0].headers['content-type']).toBe('application/json');
	});

	test('a refused refresh token: the Test button signs in with the password at once (it never sends again, so it does not wait)', async () => {
		const credentials = store();
		await runNode({ node, credentials, parameters: metadata });
		sim.expireTokens();
		sim.revokeRefreshTokens();
		const saved = credentials.data.get('priceEdgeApi') as Values;
		const result = await runNode({ node: testButton, credentials: store(saved), parameters: { temp: '' } });
		expect(result.error).toBeUndefined();
		expect(tokenGrants()).toEqual(['password', 'refresh_token', 'password']);
	});

	test('a wrong password fails with HTTP 403, which the Test button shows as "invalid username or password"', async () => {
		const result = await press(apiKeyValues({ password: 'not-it' }));
		expect(result.error?.httpCode).toBe('403');
	});
});

describe('Table → Get Metadata', () => {
	test('one item per column, in friendly names (the docs\' Item metadata)', async () => {
		const result = await runNode({ node, credentials: store(), parameters: metadata });
		expect(result.items).toHaveLength(ITEM_METADATA.length);
		const byName = Object.fromEntries(result.items.map((i) => [i.json.name, i.json]));
		expect(byName.CostForPricing).toEqual({
			name: 'CostForPricing',
			type: 'decimal',
			displayType: 'decimal(18,4)',
			length: 9,
			precision: 18,
			scale: 4,
			nullable: true,
			default: null,
			key: false,
			editable: true,
			dataType: 'Number',
			formatting: '###,###,##0.00',
		});
		expect(byName.Number).toMatchObject({ key: true, editable: false, nullable: false });
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Simplify off returns PriceEdge\'s answer as it is', async () => {
		const result = await runNode({ node, credentials: store(), parameters: { ...metadata, simplify: false } });
		expect(result.items.map((i) => i.json)).toEqual([{ Data: ITEM_METADATA, Errors: [], Succeeded: true }]);
	});

	test('a table typed by name goes in the path', async () => {
		const result = await runNode({ node, credentials: store(), parameters: { ...metadata, table: { __rl: true, mode: 'id', value: 'PriceGroup' } } });
		expect(result.items.map((i) => i.json.name)).toEqual(['Code', 'Name']);
		expect(apiCalls()[0].path).toBe('/papi/api/tables/PriceGroup');
	});

	test('an unknown table is an error carrying PriceEdge\'s Errors text', async () => {
		const result = await runNode({ node, credentials: store(), parameters: { ...metadata, table: { __rl: true, mode: 'id', value: 'nope' } } });
		expect(result.error?.message).toBe("Table 'nope' does not exist.");
		expect(result.error?.description).toMatch(/HTTP 404.*Check the table name/);
	});
});

describe('Table → Get Many', () => {
	test('Return All reads pages until a page comes back short', async () => {
		const result = await runNode({ node, credentials: store(), parameters: rows({ returnAll: true, options: { pageSize: 50 } }) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(120);
		expect(result.items[119].json.Number).toBe('ITEM-120');
		expect(apiCalls().map((r: { body: IDataObject }) => [r.body.page, r.body.nrOfRecords])).toEqual([
			[1, 50],
			[2, 50],
			[3, 50],
		]);
	});

	test('Limit (default 50) stops early, asking no more rows than needed', async () => {
		const result = await runNode({ node, credentials: store(), parameters: rows() });
		expect(result.items).toHaveLength(50);
		expect(apiCalls()).toHaveLength(1);
		expect(apiCalls()[0].body).toEqual({ page: 1, nrOfRecords: 50, filters: [], fields: [], orderby: [], bypassTotalCount: true });
	});

	test('a Limit above the page size keeps the page size on every page (PriceEdge counts pages in it)', async () => {
		const result = await runNode({ node, credentials: store(), parameters: rows({ limit: 70, options: { pageSize: 50 } }) });
		expect(result.items.map((i) => i.json.Number)).toEqual(Array.from({ length: 70 }, (_, n) => `ITEM-${String(n + 1).padStart(3, '0')}`));
		expect(apiCalls().map((r: { body: IDataObject }) => [r.body.page, r.body.nrOfRecords])).toEqual([
			[1, 50],
			[2, 50],
		]);
	});

	test('filters, fields and order by reach the API as sent', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: rows({
				returnAll: true,
				filters: {
					filter: [
						{ columnName: 'cd_PriceGroup', op: 'containsAny', value: 'PG-A,PG-C' },
						{ columnName: 'CostForPricing', op: 'greaterThan', value: '250' },
					],
				},
				fields: ['Number', 'CostForPricing'],
				orderBy: { sort: [{ column: 'CostForPricing', direction: 'desc' }] },
			}),
		});
		expect(apiCalls()[0].body).toEqual({
			page: 1,
			nrOfRecords: 100,
			filters: [
				{ columnName: 'cd_PriceGroup', op: 'containsAny', value: 'PG-A,PG-C' },
				{ columnName: 'CostForPricing', op: 'greaterThan', value: '250' },
			],
			fields: ['Number', 'CostForPricing'],
			orderby: ['CostForPricing desc'],
			bypassTotalCount: true,
		});
		expect(result.items[0].json).toEqual({ Number: 'ITEM-120', CostForPricing: 307.5 });
		expect(result.items.every((i) => Number(i.json.CostForPricing) > 250)).toBe(true);
	});

	test('an equals filter finds the matching rows, one item per row', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: rows({ returnAll: true, filters: { filter: [{ columnName: 'Number', op: 'equals', value: 'ITEM-007' }] } }),
		});
		expect(result.items.map((i) => i.json.Name)).toEqual(['Lamp 7']);
	});

	test('"Succeeded": false under HTTP 200 is an error carrying the Errors text', async () => {
		sim.fault({ path: '/papi/api/tables/item', status: 200, body: { Data: null, Errors: ['Column Foo is not allowed'], Succeeded: false } });
		const result = await runNode({ node, credentials: store(), parameters: rows() });
		expect(result.error?.message).toBe('PriceEdge refused the request: Column Foo is not allowed');
	});

	test('a column PriceEdge does not know is its own 400 message', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: rows({ filters: { filter: [{ columnName: 'Colour', op: 'equals', value: 'red' }] } }),
		});
		expect(result.error?.message).toBe("Invalid column name 'Colour'");
	});

	test.each([
		['a body that is not JSON', 'this is not json', /this is not json/],
		['an HTML page', '<html><body>Gateway</body></html>', /an HTML page instead of an API answer/],
	])('%s is a clear error', async (_label, body, description) => {
		sim.fault({ path: '/papi/api/tables/item', status: 200, body, headers: { 'Content-Type': 'text/html' } });
		const result = await runNode({ node, credentials: store(), parameters: rows() });
		expect(result.error?.message).toBe('PriceEdge sent an answer that could not be read');
		expect(result.error?.description).toMatch(description);
	});

	test('429 with Retry-After: waits as asked, then retries', async () => {
		sim.fault({ path: '/papi/api/tables/item', status: 429, headers: { 'Retry-After': '1' }, body: { Message: 'Too many requests' } });
		const started = Date.now();
		const result = await runNode({ node, credentials: store(), parameters: rows({ limit: 5 }) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(5);
		const [first, second] = apiCalls();
		expect(second.at - first.at).toBeGreaterThanOrEqual(950);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	test('Continue On Fail: a failing item becomes an error item paired with its input; the others go on', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: rows({ table: { __rl: true, mode: 'id', value: '={{ $json.table }}' }, limit: 2 }),
			items: [{ table: 'item' }, { table: 'nope' }, { table: 'pricegroup' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [(i.pairedItem as { item: number }).item, i.json.Number ?? i.json.Code ?? i.json.error])).toEqual([
			[0, 'ITEM-001'],
			[0, 'ITEM-002'],
			[1, "Table 'nope' does not exist."],
			[2, 'PG-A'],
			[2, 'PG-B'],
		]);
	});
});

describe('Price List → Get Many', () => {
	test('POST /api/PriceObjects/pricelists with the same query, one item per price list', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: {
				resource: 'priceList',
				operation: 'getAll',
				returnAll: true,
				filters: { filter: [{ columnName: 'Currency', op: 'equals', value: 'EUR' }] },
				fields: 'Id, Name',
				options: { pageSize: 2 },
			},
		});
		expect(result.items.map((i) => i.json)).toEqual([
			{ Id: 1, Name: 'Price list 2020' },
			{ Id: 4, Name: 'Price list 2023' },
			{ Id: 7, Name: 'Price list 2026' },
		]);
		const calls = apiCalls();
		expect(calls.map((r: { method: string; path: string }) => `${r.method} ${r.path}`)).toEqual([
			'POST /papi/api/PriceObjects/pricelists',
			'POST /papi/api/PriceObjects/pricelists',
		]);
		expect(calls[0].body).toEqual({
			page: 1,
			nrOfRecords: 2,
			filters: [{ columnName: 'Currency', op: 'equals', value: 'EUR' }],
			fields: ['Id', 'Name'],
			orderby: [],
			bypassTotalCount: true,
		});
	});
});

describe('Item → Search', () => {
	test('POST /api/data/search {"resource":"Item","searchValue":…,"maxRows":…}, one item per hit', async () => {
		const result = await runNode({
			node,
			credentials: store(),
			parameters: { resource: 'item', operation: 'search', searchValue: 'lamp', maxRows: 3 },
		});
		expect(apiCalls()[0].body).toEqual({ resource: 'Item', searchValue: 'lamp', maxRows: 3 });
		expect(result.items.map((i) => i.json.Name)).toEqual(['Lamp 3', 'Lamp 7', 'Lamp 11']);
	});

	test('an empty search value fails before sending', async () => {
		const result = await runNode({ node, credentials: store(), parameters: { resource: 'item', operation: 'search', searchValue: ' ' } });
		expect(result.error?.message).toBe('Enter a search value');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Pickers', () => {
	test('the table picker offers common tables and takes any typed name', async () => {
		const context = {} as ILoadOptionsFunctions;
		expect((await searchTables.call(context)).results.map((r) => r.value)).toEqual(['item', 'pricegroup', 'customer', 'customergroup', 'currency']);
		expect((await searchTables.call(context, 'group')).results.map((r) => r.value)).toEqual(['pricegroup', 'customergroup', 'group']);
	});

	test('column pickers are loaded from the table\'s metadata', async () => {
		const credentials = apiKeyValues();
		const context = {
			getNode: () => ({ name: 'PriceEdge' }),
			getCredentials: async () => credentials,
			getCurrentNodeParameter: (name: string) => (name === 'table' ? 'item' : undefined),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
					return await plainRequest(await credentialType.authenticate(credentials, options));
				},
			},
		} as unknown as ILoadOptionsFunctions;
		const options = await getColumns.call(context);
		expect(options).toHaveLength(ITEM_METADATA.length);
		expect(options.find((o) => o.value === 'Number')).toEqual({ name: 'Number', value: 'Number', description: 'nvarchar(128), key' });
		expect(apiCalls()[0].path).toBe('/papi/api/tables/item');
	});

	test.each([
		['API Key', () => apiKeyValues({ password: 'wrong' }), 'PriceEdge refused the PriceEdge credential. Check the username and password in the PriceEdge credential (API Key sends them with every request).'],
	])('a column picker whose credential is refused (%s) says which credential to fix, and how', async (_mode, values, said) => {
		const credentials = values();
		const context = {
			getNode: () => ({ name: 'PriceEdge' }),
			getCredentials: async () => credentials,
			getCurrentNodeParameter: (name: string) => (name === 'table' ? 'item' : undefined),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
					const signed = await credentialType.authenticate(credentials, options);
					const response = await fetch(signed.url, { method: signed.method, headers: signed.headers as Record<string, string> });
					const data: unknown = await response.json();
					if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { response: { status: response.status, data } });
					return data;
				},
			},
		} as unknown as ILoadOptionsFunctions;
		await expect(getColumns.call(context)).rejects.toThrow(said);
	});
});

describe('No secrets', () => {
	test('no password, token or refresh token in any output or error', async () => {
		const credentials = store();
		const runs = [await runNode({ node, credentials, parameters: rows({ returnAll: true }) })];
		sim.expireTokens();
		runs.push(await runNode({ node, credentials, parameters: metadata }));
		sim.fault({ path: '/papi/api/tables/item', status: 500, body: { Message: `boom for ${DOCS_USER.password}` } });
		runs.push(await runNode({ node, credentials, parameters: rows() }));
		sim.fault({ path: '/papi/api/tables/item', status: 200, body: { Data: null, Errors: [`bad password ${DOCS_USER.password}`], Succeeded: false } });
		runs.push(await runNode({ node, credentials, parameters: rows(), continueOnFail: true }));
		runs.push(await runNode({ node, credentials: store(bearerValues({ password: 'typo-password' })), parameters: metadata }));
		expect(runs[2].error).toBeDefined();
		expect(String(runs[3].items[0].json.error)).toMatch(/bad password \[hidden\]/);
		expect(sim.issued().length).toBeGreaterThanOrEqual(4);
		expectNoSecrets(runs, ['typo-password', ...secrets()]);
	});
});

describe('Simulator is as strict as the docs', () => {
	const call = async (path: string, init: RequestInit) => await fetch(`${sim.url}/papi${path}`, init);
	const form = (body: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
	const apiKey = { Authorization: 'ApiKey pricing@example.com:MYPASSWORD123', 'Content-Type': 'application/json' };

	test('the ApiKey scheme is case-sensitive', async () => {
		expect((await call('/api/tables/item', { headers: { ...apiKey, Authorization: 'apikey pricing@example.com:MYPASSWORD123' } })).status).toBe(401);
		expect((await call('/api/tables/item', { headers: apiKey })).status).toBe(200);
	});

	test('calls without Content-Type: application/json are refused', async () => {
		expect((await call('/api/tables/item', { headers: { Authorization: apiKey.Authorization } })).status).toBe(415);
	});

	test('a bearer call without the client_id header is refused', async () => {
		const token = (await (await call('/token', form('grant_type=password&username=pricing%40example.com&password=MYPASSWORD123&client_id=clientId'))).json()) as IDataObject;
		const headers = { Authorization: `Bearer ${String(token.access_token)}`, 'Content-Type': 'application/json' };
		expect((await call('/api/tables/item', { headers })).status).toBe(400);
		expect((await call('/api/tables/item', { headers: { ...headers, client_id: 'clientId' } })).status).toBe(200);
	});

	test.each([
		['fields in another order', 'username=pricing%40example.com&grant_type=password&password=MYPASSWORD123&client_id=clientId', 400],
		['an extra field', 'grant_type=password&username=pricing%40example.com&password=MYPASSWORD123&client_id=clientId&scope=all', 400],
		['no client id', 'grant_type=password&username=pricing%40example.com&password=MYPASSWORD123&client_id=', 400],
		['a wrong password', 'grant_type=password&username=pricing%40example.com&password=nope&client_id=clientId', 403],
	])('a token request with %s is refused', async (_label, body, status) => {
		expect((await call('/token', form(body))).status).toBe(status);
	});

	test('a missing bearer answers 401 {"Message":"Authorization has been denied for this request."}', async () => {
		const answer = await call('/api/tables/item', { headers: { 'Content-Type': 'application/json' } });
		expect(answer.status).toBe(401);
		expect(await answer.json()).toEqual(DENIED);
	});
});
