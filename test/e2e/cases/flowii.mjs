// E2E cases for FLOWii: each runs a workflow from ../../../examples in a real n8n and checks what it returned
// and what the simulator received (token requests, Api-Key and bearer headers, JSON:API bodies).
const tokenRequests = (calls) => calls.filter((r) => r.method === 'POST' && r.path === '/token');
const apiCalls = (calls) => calls.filter((r) => r.path !== '/token');
const runStarts = [];
/** Calls made after the last sign-in: each case starts with a token n8n kept but the fresh simulator forgot. */
const afterSignIn = (calls) => calls.slice(calls.findLastIndex((r) => r.path === '/token') + 1);

/** Every call signed as FLOWii's docs say, and no token in what n8n printed. */
function assertSigned({ sim, sims, runs, assert }) {
	const calls = sim('flowii');
	for (const token of tokenRequests(calls)) {
		assert.ok(token.headers['api-key'], 'Api-Key header on /token');
		assert.equal(token.body.grant_type, 'password');
	}
	for (const call of apiCalls(calls)) {
		assert.match(String(call.headers.authorization), /^Bearer \S+$/, `bearer token on ${call.method} ${call.path}`);
		assert.ok(call.headers['api-key'], `Api-Key header on ${call.method} ${call.path}`);
	}
	const tokens = [...sims.flowii.state.tokens.tokens.keys()];
	for (const run of runs) for (const token of tokens) assert.ok(!run.shown.includes(token), 'the token never shows');
}

export default [
	{
		workflow: 'flowiiCompanies',
		verify(context) {
			const { items, sim, assert } = context;
			assert.deepEqual(items('Get Companies'), [
				{ id: '101', type: 'company', name: 'Minta Kereskedelmi Kft.' },
				{ id: '102', type: 'company', name: 'Példa Szolgáltató Bt.' },
			]);
			assert.equal(tokenRequests(sim('flowii')).length, 1);
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiPartners',
		title: 'token once for five items, reused by the next run, renewed after expiry',
		runs: 3,
		setup() {
			runStarts.length = 0;
		},
		beforeRun({ sims, run }) {
			if (run === 2) sims.flowii.state.tokens.expireAll();
			runStarts[run] = sims.flowii.requests.length;
		},
		verify(context) {
			const { items, sim, assert } = context;
			for (const run of [0, 1, 2]) {
				assert.deepEqual(items('Get Partner', run).map((p) => p.id), ['501', '502', '503', '501', '502']);
			}
			assert.equal(items('Get Partner')[0].name, 'Alfa Építő Kft.');
			assert.equal(items('Get Partner')[0].partnerType, 1);
			const calls = sim('flowii');
			const perRun = runStarts.map((start, run) => tokenRequests(calls.slice(start, runStarts[run + 1] ?? calls.length)).length);
			// Run 1 signs in once for all five items (the token n8n kept from an earlier case is unknown to the
			// fresh simulator); run 2 reuses that token; run 3 finds it expired and renews it once.
			assert.deepEqual(perRun, [1, 0, 1], 'token requests per run');
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiPartners',
		title: 'a 401 in the middle of the run: signed in again once, every item answered',
		setup({ sims }) {
			// Tokens live one second, and partner 503 is answered 1.5 s late with a token FLOWii no longer
			// takes: n8n signs in again for it alone while the other items keep theirs.
			sims.flowii.state.tokenLifetimeSeconds = 1;
			sims.flowii.fault({ path: '/partners/503', delayMs: 1500 });
		},
		verify(context) {
			const { items, sim, assert } = context;
			assert.deepEqual(items('Get Partner').map((p) => p.id), ['501', '502', '503', '501', '502']);
			const calls = afterSignIn(sim('flowii'));
			assert.equal(calls.filter((r) => r.path === '/partners/503').length, 1, 'partner 503 asked again with the new token');
			assert.equal(calls.length, 1, 'only that call needed the new token');
			assert.equal(sim('flowii').filter((r) => r.path === '/token').length, 2, 'one sign-in at the start, one in the middle');
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiPartnerCreate',
		verify(context) {
			const { items, sim, assert } = context;
			const out = items('Create Partner');
			assert.equal(out.length, 3);
			assert.equal(out[0].name, 'Delta Gépészet Kft.');
			assert.equal(out[0].billingAddress.countryId, '97');
			assert.match(out[1].error, /A partner with IČO 12345678 already exists/, "FLOWii's 422 detail reaches the user");
			assert.equal(out[2].partnerType, 2);
			const posts = afterSignIn(sim('flowii')).filter((r) => r.method === 'POST' && r.path === '/partners');
			assert.equal(posts.length, 3);
			assert.match(posts[0].headers['content-type'], /^application\/vnd\.api\+json/);
			assert.deepEqual(posts[0].query, { companyId: '101' });
			assert.deepEqual(posts[2].body.data.attributes, { name: 'Kiss Béla', type: 2, comment: 'Created by n8n' });
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiOrders',
		verify(context) {
			const { items, sim, assert } = context;
			const out = items('Get Orders');
			assert.equal(out.length, 19, 'orders created from 5 March on');
			assert.equal(out[0].name, 'Order 5');
			const pages = afterSignIn(sim('flowii')).filter((r) => r.path === '/orders');
			assert.deepEqual(pages.map((p) => p.query['page[number]']), ['1', '2', '3', '4']);
			assert.ok(pages.every((p) => p.query['filter[created-from]'] === '2026-03-05T00:00:00' && p.query['page[size]'] === '5'));
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiOrderCreate',
		verify(context) {
			const { items, sim, assert } = context;
			const [order] = items('Create Order');
			assert.equal(order.type, 'order');
			assert.equal(order.partnerId, '501');
			const [task] = items('Create Task');
			assert.equal(task.caption, 'Call Kitchen installation');
			assert.equal(task.orderId, order.id);
			const [orderPost] = sim('flowii').filter((r) => r.method === 'POST' && r.path === '/orders');
			assert.deepEqual(orderPost.body.data.relationships['responsible-users'].data, [
				{ type: 'user', id: '11' },
				{ type: 'user', id: '12' },
			]);
			const [taskPost] = sim('flowii').filter((r) => r.method === 'POST' && r.path === '/tasks');
			assert.equal(taskPost.body.data.attributes.deadline, '2026-12-01T09:00:00');
			assert.deepEqual(taskPost.body.data.relationships.order, { data: { type: 'order', id: order.id } });
			assert.equal(tokenRequests(sim('flowii')).length, 1, 'both nodes share one token');
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiInvoices',
		verify(context) {
			const { items, assert } = context;
			const out = items('Get Order Invoices');
			assert.deepEqual(out.map((d) => d['serial-nr']), ['SZ-2026-0001', 'SZ-2026-0002']);
			assert.equal(out[0].documentType, 4);
			assert.equal(out[0].unpaid, 27000);
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiUsers',
		verify(context) {
			const { items, assert } = context;
			assert.deepEqual(items('Get Self'), [{ id: '11', type: 'user', name: 'Kovács Anna', email: 'demo@flowii.example' }]);
			assert.equal(items('Get Users').length, 3);
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiCustomCall',
		verify(context) {
			const { items, sim, assert } = context;
			assert.deepEqual(items('Get Countries').map((c) => c.code), ['HU', 'SK', 'DE']);
			assert.deepEqual(sim('flowii').find((r) => r.path === '/countries').query, { companyId: '101' });
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiSignInCheck',
		verify({ items, assert }) {
			assert.deepEqual(items('Check Sign-In'), [{ id: '11', type: 'user', name: 'Kovács Anna', email: 'demo@flowii.example' }]);
		},
	},
	{
		workflow: 'flowiiSignInCheck',
		title: 'password changed in FLOWii: a clear sign-in error, no secret shown',
		// test:queue runs it after the others: a worker remembers the refusal for 15 s.
		refusesSignIn: true,
		setup({ sims }) {
			sims.flowii.state.login.password = 'changed-in-flowii';
		},
		verify({ items, sim, assert }) {
			const [item] = items('Check Sign-In');
			assert.match(item.error, /^FLOWii refused the sign-in: wrong e-mail, password or API key \(invalid_grant/);
			assert.equal(sim('flowii').filter((r) => r.path === '/users/self').length, 1, 'the call with the old token only');
		},
	},
	{
		workflow: 'flowiiPartnerList',
		verify(context) {
			const { items, sim, assert } = context;
			const alfa = { id: '501', type: 'partner', name: 'Alfa Építő Kft.', partnerType: 1, partnerTypeName: 'Company', ico: '12345678', dic: '12345678-2-42' };
			assert.deepEqual(items('Get Partners'), [
				alfa,
				{ id: '502', type: 'partner', name: 'Béla Kiss', partnerType: 2, partnerTypeName: 'Person', comment: 'Regular customer' },
				{ id: '503', type: 'partner', name: 'Gamma Logisztika Zrt.', partnerType: 1, partnerTypeName: 'Company', ico: '87654321' },
			]);
			assert.deepEqual(items('Search Partners'), [alfa]);
			const calls = afterSignIn(sim('flowii'));
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['GET /partners', 'GET /partners']);
			assert.deepEqual(calls.map((r) => r.query), [{ companyId: '101' }, { companyId: '101', 'filter[search-text]': 'Kft.' }]);
			assert.equal(tokenRequests(sim('flowii')).length, 1, 'both nodes share one token');
			assertSigned(context);
		},
	},
	{
		workflow: 'flowiiOrderGet',
		verify(context) {
			const { items, sim, assert } = context;
			assert.deepEqual(items('Get Order'), [
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
			assert.deepEqual(items('Get Partner'), [
				{ id: '502', type: 'partner', name: 'Béla Kiss', partnerType: 2, partnerTypeName: 'Person', comment: 'Regular customer' },
			]);
			const calls = afterSignIn(sim('flowii'));
			// The order, the two lookups that name its type and state, then the partner the order names.
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['GET /orders/7001', 'GET /ordertypes', 'GET /orderstates', 'GET /partners/502']);
			assert.ok(calls.every((r) => r.query.companyId === '101' && Object.keys(r.query).length === 1), 'companyId only');
			assert.equal(tokenRequests(sim('flowii')).length, 1, 'both nodes share one token');
			assertSigned(context);
		},
	},
];
