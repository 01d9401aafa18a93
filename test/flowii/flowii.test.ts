import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FlowiiApi } from '../../credentials/FlowiiApi.credentials';
import { partnerRules } from '../../nodes/Flowii/actions/partner/create.operation';
import { flowiiDateTime } from '../../nodes/Flowii/dates';
import { simplify } from '../../nodes/Flowii/jsonApi';
import { Flowii } from '../../nodes/Flowii/Flowii.node';
import { flowii } from '../../nodes/Flowii/vendor';
import { violations } from '../../nodes/shared/validation';
import { CredentialStore, runNode } from '../harness/n8n';
import { wrongSecret } from '../harness/secrets';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DEMO, MEDIA_TYPE } = require('../simulators/flowii');

interface Received {
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
}

const sim = useSimulator(() => create());
const node = new Flowii();
const company = { __rl: true, mode: 'id', value: '101' };

function credentials(overrides: Record<string, string> = {}) {
	return new CredentialStore([new FlowiiApi()]).set('flowiiApi', { ...DEMO, url: `${sim.url}/`, ...overrides });
}

const run = (parameters: INodeParameters, options: { store?: CredentialStore; items?: IDataObject[]; continueOnFail?: boolean } = {}) =>
	runNode({ node, parameters, credentials: options.store ?? credentials(), items: options.items, continueOnFail: options.continueOnFail });

const json = (result: { items: Array<{ json: unknown }> }) => result.items.map((i) => i.json);
const tokenRequests = () => sim.received('POST', '/token');
const issuedTokens = () => [...sim.state.tokens.tokens.keys()] as string[];
const partnerGet = (id = '501') => ({ resource: 'partner', operation: 'get', company, partner: { __rl: true, mode: 'id', value: id } });

describe('Sign-in: token by password grant with the Api-Key header', () => {
	test('POST /token sends grant_type=password&username=…&password=… as a form, with Api-Key', async () => {
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error).toBeUndefined();
		const [token] = tokenRequests();
		expect(token.headers['api-key']).toBe(DEMO.apiKey);
		expect(token.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(token.rawBody).toBe(new URLSearchParams({ grant_type: 'password', username: DEMO.email, password: DEMO.password }).toString());
		expect(token.body).toEqual({ grant_type: 'password', username: DEMO.email, password: DEMO.password });
	});

	test('every call sends Authorization: Bearer <token> and Api-Key, and asks for JSON:API', async () => {
		await run({ resource: 'user', operation: 'getSelf', company });
		const [call] = sim.received('GET', '/users/self');
		expect(call.headers.authorization).toBe(`Bearer ${issuedTokens()[0]}`);
		expect(call.headers['api-key']).toBe(DEMO.apiKey);
		expect(call.headers.accept).toBe(MEDIA_TYPE);
		expect(call.query).toEqual({ companyId: '101' });
	});

	test('one token request serves all items of a run', async () => {
		const result = await run(partnerGet('={{ $json.id }}'), { items: ['501', '502', '503', '501', '502', '503'].map((id) => ({ id })) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(6);
		expect(tokenRequests()).toHaveLength(1);
		expect(sim.received('GET', /^\/partners\//)).toHaveLength(6);
	});

	test('the next execution reuses the token', async () => {
		const store = credentials();
		await run({ resource: 'user', operation: 'getSelf', company }, { store });
		await run({ resource: 'user', operation: 'getSelf', company }, { store });
		expect(tokenRequests()).toHaveLength(1);
		expect(sim.received('GET', '/users/self')).toHaveLength(2);
	});

	test('a token that expires during a run is renewed once, without the user noticing', async () => {
		sim.state.tokenLifetimeSeconds = 1;
		// The second item's answer comes after the token has expired: FLOWii answers 401, n8n signs in again.
		sim.fault({ path: '/partners/502', delayMs: 1200 });
		const result = await run(
			{ ...partnerGet('={{ $json.id }}'), requestOptions: { parallelRequests: 1 } },
			{ items: [{ id: '501' }, { id: '502' }, { id: '503' }] },
		);
		expect(result.error).toBeUndefined();
		expect(json(result).map((p) => (p as { id: string }).id)).toEqual(['501', '502', '503']);
		expect(tokenRequests()).toHaveLength(2);
		const calls = sim.received('GET', /^\/partners\//);
		expect(calls.map((c: Received) => c.path)).toEqual(['/partners/501', '/partners/502', '/partners/502', '/partners/503']);
		expect(calls[2].headers.authorization).not.toBe(calls[1].headers.authorization);
	});

	test('an expired token found by the next execution is renewed once', async () => {
		const store = credentials();
		await run({ resource: 'user', operation: 'getSelf', company }, { store });
		sim.state.tokens.expireAll();
		const result = await run({ resource: 'user', operation: 'getSelf', company }, { store });
		expect(result.error).toBeUndefined();
		expect(tokenRequests()).toHaveLength(2);
		expect(sim.received('GET', '/users/self').map((c: Received) => c.headers.authorization)).toHaveLength(3);
	});

	test.each([
		['a wrong password', { password: 'not-the-password' }, 'invalid_grant'],
		['a wrong e-mail', { email: 'nobody@flowii.example' }, 'invalid_grant'],
		['a wrong API key', { apiKey: wrongSecret('fk_wrong_key') }, 'invalid_client'],
	])('%s reads "wrong e-mail, password or API key", with no secret in it', async (_label, overrides, code) => {
		const store = credentials(overrides);
		const result = await run({ resource: 'user', operation: 'getSelf', company }, { store });
		expect(result.error?.message).toMatch(/^FLOWii refused the sign-in: wrong e-mail, password or API key/);
		expect(result.error?.message).toContain(code);
		expect(sim.received('GET', '/users/self')).toHaveLength(0);
		expectNoSecrets(result, [DEMO.password, DEMO.apiKey, ...Object.values(overrides)]);
	});

	test('a sign-in answer without an access token says to check the API URL', async () => {
		sim.fault({ path: '/token', status: 200, body: { welcome: 'FLOWii' } });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toMatch(/^FLOWii answered the sign-in at .*without an access token.*API URL/);
	});

	test('an HTML page instead of a token says to check the API URL', async () => {
		sim.fault({ path: '/token', status: 404, body: '<html><body>Not here</body></html>' });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toMatch(/^FLOWii answered the sign-in with a web page instead of a token/);
	});

	test('a sign-in refused with 429 says to wait', async () => {
		sim.fault({ path: '/token', status: 429, headers: { 'Retry-After': '60' }, body: { error: 'too_many_requests' } });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toMatch(/^FLOWii is limiting requests/);
	});

	test('the credential test calls the company access list', () => {
		const request = new FlowiiApi().test.request;
		expect(request.method).toBe('GET');
		expect(String(request.url)).toContain('/companies');
	});
});

describe('Company → Get Many (company access list)', () => {
	test('GET /companies without companyId; one item per company', async () => {
		const result = await run({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(json(result)).toEqual([
			{ id: '101', type: 'company', name: 'Minta Kereskedelmi Kft.' },
			{ id: '102', type: 'company', name: 'Példa Szolgáltató Bt.' },
		]);
		expect(sim.received('GET', '/companies')[0].query).toEqual({});
	});

	test('Limit 1 returns one company', async () => {
		const result = await run({ resource: 'company', operation: 'getAll', returnAll: false, limit: 1 });
		expect(result.items).toHaveLength(1);
	});

	test('a business call without a Company fails before sending', async () => {
		const result = await run({ resource: 'user', operation: 'getSelf', company: { __rl: true, mode: 'id', value: '={{ "" }}' } });
		expect(result.error?.message).toBe('Company is required but is empty (item 1)');
		expect(sim.received('GET', '/users/self')).toHaveLength(0);
	});

	test('a company the user may not work in: FLOWii\'s 403 reason and what to do', async () => {
		const result = await run({ resource: 'user', operation: 'getSelf', company: { __rl: true, mode: 'id', value: '999' } });
		expect(result.error?.message).toBe('FLOWii: You have no access to company 999.');
		expect(result.error?.description).toMatch(/may not do this in the chosen company/);
	});
});

describe('Partner', () => {
	test('Get: a flat record { id, type, …attributes }', async () => {
		const result = await run(partnerGet('501'));
		expect(json(result)).toEqual([
			{ id: '501', type: 'partner', name: 'Alfa Építő Kft.', partnerType: 1, partnerTypeName: 'Company', ico: '12345678', dic: '12345678-2-42' },
		]);
		expect(sim.received('GET', '/partners/501')[0].query).toEqual({ companyId: '101' });
	});

	test('Get with Simplify off returns FLOWii\'s raw JSON:API document', async () => {
		const result = await run({ ...partnerGet('502'), simplify: false });
		expect(json(result)[0]).toEqual({ data: { type: 'partner', id: '502', attributes: { name: 'Béla Kiss', type: 2, comment: 'Regular customer' } } });
	});

	test('Get: an unknown partner is FLOWii\'s 404 reason', async () => {
		const result = await run(partnerGet('424242'));
		expect(result.error?.message).toBe('FLOWii: Partner 424242 does not exist.');
		expect(result.error?.description).toMatch(/no such record/);
	});

	test('Get Many: search text is sent as filter[search-text]', async () => {
		const result = await run({ resource: 'partner', operation: 'getAll', company, searchText: 'gamma', returnAll: true });
		expect(json(result).map((p) => (p as { name: string }).name)).toEqual(['Gamma Logisztika Zrt.']);
		expect(sim.received('GET', '/partners')[0].query).toEqual({ companyId: '101', 'filter[search-text]': 'gamma' });
	});

	test('Create: the JSON:API document with tax numbers, billing address with country, key contact, comment', async () => {
		const result = await run({
			resource: 'partner',
			operation: 'create',
			company,
			name: 'Delta Gépészet Kft.',
			partnerType: 'company',
			billingAddress: { street: 'Fő utca 1.', city: 'Budapest', zip: '1011', country: '97' },
			keyContact: { firstName: 'Anna', lastName: 'Tóth', email: 'anna@delta.example', phone: '+36 1 234 5678' },
			additionalFields: { ico: '11223344', dic: '11223344-2-41', icDph: 'HU11223344', comment: 'From n8n', responsibleUser: '12' },
		});
		expect(result.error).toBeUndefined();
		const [post] = sim.received('POST', '/partners');
		expect(post.headers['content-type']).toMatch(/^application\/vnd\.api\+json/);
		expect(post.query).toEqual({ companyId: '101' });
		expect(post.body).toEqual({
			data: {
				type: 'partner',
				attributes: { name: 'Delta Gépészet Kft.', type: 1, ico: '11223344', dic: '11223344-2-41', 'ic-dph': 'HU11223344', comment: 'From n8n' },
				relationships: {
					'billing-address': {
						data: {
							type: 'address',
							attributes: { street: 'Fő utca 1.', city: 'Budapest', zip: '1011' },
							relationships: { country: { data: { type: 'country', id: '97' } } },
						},
					},
					'key-contact': {
						data: { type: 'contact', attributes: { 'first-name': 'Anna', 'last-name': 'Tóth', email: 'anna@delta.example', phone: '+36 1 234 5678' } },
					},
					'responsible-user': { data: { type: 'user', id: '12' } },
				},
			},
		});
		expect(json(result)[0]).toMatchObject({
			id: '8000',
			type: 'partner',
			name: 'Delta Gépészet Kft.',
			responsibleUserId: '12',
			billingAddress: { id: null, type: 'address', city: 'Budapest', countryId: '97' },
		});
	});

	test('Create: a person is type 2, and empty fields are left out', async () => {
		await run({ resource: 'partner', operation: 'create', company, name: 'Kiss Béla', partnerType: 'person' });
		expect(sim.received('POST', '/partners')[0].body).toEqual({ data: { type: 'partner', attributes: { name: 'Kiss Béla', type: 2 } } });
	});

	test('Create: a 422 answer shows FLOWii\'s JSON:API error detail', async () => {
		const result = await run({ resource: 'partner', operation: 'create', company, name: 'Copy', additionalFields: { ico: '12345678' } });
		expect(result.error?.message).toBe('FLOWii: A partner with IČO 12345678 already exists. (ico)');
		expect(result.error?.description).toMatch(/did not accept the data/);
		expect(result.error?.httpCode).toBe('422');
	});

	test('Create: a missing name fails before sending, naming the field and the item', async () => {
		const result = await run({ resource: 'partner', operation: 'create', company, name: '={{ "" }}' });
		expect(result.error?.message).toBe('Name: A partner needs a name');
		expect(result.error?.description).toBe('Item 1 was not sent to FLOWii.');
		expect(sim.received('POST', '/partners')).toHaveLength(0);
	});

	test('the key contact e-mail must be an e-mail address', () => {
		expect(violations(partnerRules, { name: 'X', partnerType: 'company', keyContact: { email: 'not-an-address' } })).toEqual([
			{ field: 'keyContact.email', message: 'The key contact e-mail is not a valid e-mail address' },
		]);
	});
});

describe('Order', () => {
	test('Get Many, Return All: page[size]/page[number], following links.next over three pages', async () => {
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: true, options: { pageSize: 10 } });
		expect(result.items).toHaveLength(23);
		const pages = sim.received('GET', '/orders');
		expect(pages.map((p: Received) => p.query)).toEqual([
			{ companyId: '101', 'page[size]': '10', 'page[number]': '1' },
			{ companyId: '101', 'page[size]': '10', 'page[number]': '2' },
			{ companyId: '101', 'page[size]': '10', 'page[number]': '3' },
		]);
		expect(new Set(json(result).map((o) => (o as { id: string }).id)).size).toBe(23);
	});

	test('Get Many, Limit 15: stops after the page that reaches the limit', async () => {
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: false, limit: 15, options: { pageSize: 10 } });
		expect(result.items).toHaveLength(15);
		expect(sim.received('GET', '/orders')).toHaveLength(2);
	});

	test('Get Many, Limit 5: asks for one page of 5', async () => {
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: false, limit: 5 });
		expect(result.items).toHaveLength(5);
		expect(sim.received('GET', '/orders').map((p: Received) => p.query['page[size]'])).toEqual(['5']);
	});

	test('Get Many, Created From: sent as filter[created-from] in FLOWii\'s date format', async () => {
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: true, filters: { createdFrom: '2026-03-20' } });
		expect(sim.received('GET', '/orders')[0].query['filter[created-from]']).toBe('2026-03-20T00:00:00');
		expect(json(result).map((o) => (o as { name: string }).name)).toEqual(['Order 20', 'Order 21', 'Order 22', 'Order 23']);
	});

	test('Get: simplified with the IDs of related records (<relationship>Id)', async () => {
		const result = await run({ resource: 'order', operation: 'get', company, orderId: '7001' });
		expect(json(result)).toEqual([
			{
				id: '7001',
				type: 'order',
				name: 'Order 1',
				'serial-nr': 'Z-2026-0001',
				created: '2026-03-01T09:00:00',
				deadline: '2026-04-01T00:00:00',
				description: 'Seeded order 1',
				typeId: '1',
				typeName: 'Installation',
				stateId: '2',
				stateName: 'In progress',
				partnerId: '502',
				responsibleUsersIds: ['11'],
			},
		]);
	});

	test('Get Documents: one item per invoice of the order', async () => {
		const result = await run({ resource: 'order', operation: 'getDocuments', company, orderId: '7001' });
		expect(json(result).map((d) => (d as Record<string, unknown>)['serial-nr'])).toEqual(['SZ-2026-0001', 'SZ-2026-0002']);
		expect(json(result)[0]).toMatchObject({ id: '9001', type: 'document', documentType: 4, documentTypeName: 'Invoice', 'gross-amount': 127000, unpaid: 27000 });
		expect(Object.keys(json(result)[0] as object).slice(2, 4)).toEqual(['documentType', 'documentTypeName']);
		expect(sim.received('GET', '/orders/7001/documents')[0].query).toEqual({ companyId: '101' });
	});

	test('Create: order type, state, partner, responsible users, deadline and description', async () => {
		const result = await run({
			resource: 'order',
			operation: 'create',
			company,
			name: 'Kitchen installation',
			orderType: '1',
			orderState: '1',
			partner: { __rl: true, mode: 'list', value: '501' },
			additionalFields: { deadline: '2026-12-31T15:30:00.000Z', description: 'Two rooms', responsibleUsers: ['11', '12'] },
		});
		expect(result.error).toBeUndefined();
		expect(sim.received('POST', '/orders')[0].body).toEqual({
			data: {
				type: 'order',
				attributes: { name: 'Kitchen installation', deadline: '2026-12-31T15:30:00', description: 'Two rooms' },
				relationships: {
					type: { data: { type: 'order-type', id: '1' } },
					state: { data: { type: 'order-state', id: '1' } },
					partner: { data: { type: 'partner', id: '501' } },
					'responsible-users': { data: [{ type: 'user', id: '11' }, { type: 'user', id: '12' }] },
				},
			},
		});
		expect(json(result)[0]).toMatchObject({ type: 'order', partnerId: '501', responsibleUsersIds: ['11', '12'] });
	});

	test('Create: an unknown partner is FLOWii\'s 422 detail', async () => {
		const result = await run({ resource: 'order', operation: 'create', company, name: 'X', orderType: '1', orderState: '1', partner: { __rl: true, mode: 'id', value: '1' } });
		expect(result.error?.message).toBe('FLOWii: Partner 1 does not exist.');
	});

	test('Create: a deadline that is not a date fails before sending', async () => {
		const result = await run({ resource: 'order', operation: 'create', company, name: 'X', orderType: '1', orderState: '1', partner: { __rl: true, mode: 'id', value: '501' }, additionalFields: { deadline: 'next week' } });
		expect(result.error?.message).toMatch(/^Additional Fields → Deadline: Deadline is not a date/);
		expect(sim.received('POST', '/orders')).toHaveLength(0);
	});
});

describe('Task → Create', () => {
	test('caption, description, deadline, activity type, linked to an order and a partner', async () => {
		const result = await run({
			resource: 'task',
			operation: 'create',
			company,
			caption: 'Call the customer',
			activityType: '1',
			deadline: '2026-12-01',
			description: 'Ask about the date',
			linkTo: { order: '7001', partner: '502' },
			additionalFields: { user: '12' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.received('POST', '/tasks')[0].body).toEqual({
			data: {
				type: 'task',
				attributes: { caption: 'Call the customer', description: 'Ask about the date', deadline: '2026-12-01T00:00:00' },
				relationships: {
					activities: {
						data: [
							{
								type: 'activity',
								attributes: { deadline: '2026-12-01T00:00:00' },
								relationships: {
									'activity-type': { data: { type: 'activity-type', id: '1' } },
									user: { data: { type: 'user', id: '12' } },
								},
							},
						],
					},
					order: { data: { type: 'order', id: '7001' } },
					partner: { data: { type: 'partner', id: '502' } },
				},
			},
		});
		expect(json(result)[0]).toMatchObject({ type: 'task', caption: 'Call the customer', orderId: '7001', partnerId: '502' });
	});

	test('an activity type is required before sending', async () => {
		const result = await run({ resource: 'task', operation: 'create', company, caption: 'X', activityType: '={{ "" }}' });
		expect(result.error?.message).toBe('Activity Type: Choose the activity type');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('User', () => {
	test('Get Self: GET /users/self', async () => {
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(json(result)).toEqual([{ id: '11', type: 'user', name: 'Kovács Anna', email: 'demo@flowii.example' }]);
	});

	test('Get Many: GET /users, with Limit', async () => {
		const result = await run({ resource: 'user', operation: 'getAll', company, returnAll: false, limit: 2 });
		expect(json(result).map((u) => (u as { id: string }).id)).toEqual(['11', '12']);
	});
});

describe('Custom API Call', () => {
	test('method, path, query and JSON body, signed by the credential', async () => {
		const result = await run({
			resource: 'customApiCall',
			operation: 'call',
			company,
			method: 'POST',
			path: 'partners',
			query: { parameter: [{ name: 'include', value: 'key-contact' }] },
			body: JSON.stringify({ data: { type: 'partner', attributes: { name: 'Raw Kft.', type: 1 } } }),
		});
		expect(result.error).toBeUndefined();
		const [post] = sim.received('POST', '/partners');
		expect(post.query).toEqual({ companyId: '101', include: 'key-contact' });
		expect(post.headers['api-key']).toBe(DEMO.apiKey);
		expect(post.headers.authorization).toMatch(/^Bearer /);
		expect(post.body).toEqual({ data: { type: 'partner', attributes: { name: 'Raw Kft.', type: 1 } } });
		expect(json(result)[0]).toMatchObject({ data: { type: 'partner', attributes: { name: 'Raw Kft.' } } });
	});

	test('a GET with Simplify gives one flat item per resource', async () => {
		const result = await run({ resource: 'customApiCall', operation: 'call', company, method: 'GET', path: '/countries', simplify: true });
		expect(json(result).map((c) => (c as { code: string }).code)).toEqual(['HU', 'SK', 'DE']);
	});

	test('a full URL on another host is refused: it would receive the token', async () => {
		const result = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: 'https://evil.example/steal' });
		expect(result.error?.message).toMatch(/^Path: .*other hosts are refused/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Failures a user can act on', () => {
	test('429 with Retry-After: the node waits as asked and tries again', async () => {
		sim.fault({ path: '/users/self', status: 429, headers: { 'Retry-After': '1' }, body: { errors: [{ status: '429', detail: 'Too many requests' }] } });
		const started = Date.now();
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(sim.received('GET', '/users/self')).toHaveLength(2);
	});

	test('429 asking for a longer wait than the node allows: FLOWii\'s words and the wait', async () => {
		sim.fault({ path: '/users/self', status: 429, headers: { 'Retry-After': '120' }, body: { errors: [{ status: '429', detail: 'Too many requests' }] } });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toBe('FLOWii: Too many requests (FLOWii asks to wait 120 s, longer than the node waits: run it again later)');
		expect(result.error?.description).toMatch(/Parallel Requests/);
	});

	test('a server error page (HTML) says FLOWii is unavailable and to try later', async () => {
		sim.fault({ path: '/users/self', status: 500, body: '<!DOCTYPE html><html><body>Server Error</body></html>' });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toBe('the service is unavailable at the moment (HTTP 500): try again in a few minutes');
	});

	test('a malformed answer with status 200', async () => {
		sim.fault({ path: '/users/self', status: 200, headers: { 'Content-Type': MEDIA_TYPE }, body: '{"data": [' });
		const result = await run({ resource: 'user', operation: 'getSelf', company });
		expect(result.error?.message).toBe('FLOWii sent an answer that could not be read');
	});

	test('Continue On Fail: the unknown partner becomes an error item, paired with its input', async () => {
		const result = await run(partnerGet('={{ $json.id }}'), {
			items: [{ id: '501' }, { id: '404404' }, { id: '503' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.pairedItem, i.json.id ?? i.json.error])).toEqual([
			[{ item: 0 }, '501'],
			[{ item: 1 }, 'FLOWii: Partner 404404 does not exist.'],
			[{ item: 2 }, '503'],
		]);
	});

	test('no password, API key or token anywhere: output, errors, descriptions', async () => {
		const store = credentials();
		const ok = await run({ resource: 'user', operation: 'getSelf', company }, { store });
		sim.fault({ path: '/users/self', status: 500, body: `<html>token ${issuedTokens()[0]} key ${DEMO.apiKey}</html>` });
		const failed = await run({ resource: 'user', operation: 'getSelf', company }, { store });
		sim.fault({ path: '/partners', status: 422, body: { errors: [{ detail: `Api-Key ${DEMO.apiKey} with ${DEMO.password}` }] } });
		const refused = await run({ resource: 'partner', operation: 'create', company, name: 'X' }, { store, continueOnFail: true });
		expect(failed.error).toBeDefined();
		expect(String(refused.items[0].json.error)).toContain('[hidden]');
		expectNoSecrets([ok, failed, refused], [DEMO.password, DEMO.apiKey, ...issuedTokens()]);
	});
});

describe('JSON:API helpers', () => {
	test('simplify: attributes flat, to-one as <relationship>Id, to-many as <relationship>Ids, null kept', () => {
		expect(
			simplify({
				id: '1',
				type: 'order',
				attributes: { name: 'A' },
				relationships: { partner: { data: { type: 'partner', id: '5' } }, 'responsible-users': { data: [] }, state: { data: null }, links: {} },
			}),
		).toEqual({ id: '1', type: 'order', name: 'A', partnerId: '5', responsibleUsersIds: [], stateId: null });
	});

	test.each([
		['2026-12-31', '2026-12-31T00:00:00'],
		['2026-12-31T08:05', '2026-12-31T08:05:00'],
		['2026-12-31T08:05:09.000+01:00', '2026-12-31T08:05:09'],
		['31.12.2026', undefined],
	])('FLOWii date of %s is %s', (input, expected) => {
		expect(flowiiDateTime(input)).toBe(expected);
	});

	test('FLOWii\'s words are found in JSON:API errors, OAuth errors, and bodies that arrive as text or bytes', () => {
		const body = JSON.stringify({ errors: [{ detail: 'Caption must not be empty.', source: { pointer: '/data/attributes/caption' } }] });
		expect(flowii.errorMessage(body)).toBe('FLOWii: Caption must not be empty.');
		expect(flowii.errorMessage(new TextEncoder().encode(body))).toBe('FLOWii: Caption must not be empty.');
		expect(flowii.errorMessage({ errors: [{ title: 'Invalid', detail: 'Must be 1 or 2.', source: { pointer: '/data/attributes/type' } }] })).toBe(
			'FLOWii: Must be 1 or 2. (type)',
		);
		expect(flowii.errorMessage({ error: 'invalid_grant', error_description: 'Bad password' })).toBe('FLOWii: Bad password');
		expect(flowii.errorMessage('<html></html>')).toBeUndefined();
	});
});

describe('Return All has a ceiling (FLOWii follows links.next through the shared paging helper)', () => {
	const order = (id: string) => ({ type: 'order', id, attributes: { name: `Order ${id}` } });

	test('a next link that points back to a page already read stops with an error, not a loop', async () => {
		sim.fault({
			path: '/orders',
			status: 200,
			headers: { 'Content-Type': MEDIA_TYPE },
			body: { data: [order('1')], links: { next: '/orders?companyId=101&page[size]=1&page[number]=1' } },
			times: 50,
		});
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: true, options: { pageSize: 1 } });
		expect(result.error?.message).toMatch(/^FLOWii (pointed back to a page already read|sent the same records again for page 2): stopped reading pages$/);
		expect(sim.received('GET', '/orders').length).toBeLessThanOrEqual(2);
	});

	test('a next link that always points somewhere new, with the same records, is stopped at the first repeat', async () => {
		for (let n = 2; n < 60; n++) {
			sim.fault({
				path: '/users',
				status: 200,
				headers: { 'Content-Type': MEDIA_TYPE },
				body: { data: [{ type: 'user', id: '7', attributes: { name: 'Same' } }], links: { next: `/users?companyId=101&page[number]=${n}` } },
			});
		}
		const result = await run({ resource: 'user', operation: 'getAll', company, returnAll: true });
		expect(result.error?.message).toBe('FLOWii sent the same records again for page 2: stopped reading pages');
		expect(sim.received('GET', '/users')).toHaveLength(2);
	});
});

describe('Custom API Call as a tool for AI agents', () => {
	test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('an agent may not %s: refused before sending', async (method) => {
		const result = await runNode({
			node,
			credentials: credentials(),
			parameters: { resource: 'customApiCall', operation: 'call', method, path: '/partners/501', body: '{}' },
			asTool: true,
		});
		expect(result.error?.message).toBe(`As a tool for an AI agent, Custom API Call only reads (GET), not ${method} (item 1)`);
		expect(sim.requests.filter((r: { path: string }) => r.path !== '/token')).toHaveLength(0);
	});

	test('an agent may read (GET)', async () => {
		const result = await runNode({
			node,
			credentials: credentials(),
			parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/users/self', company },
			asTool: true,
		});
		expect(result.error).toBeUndefined();
	});
});
