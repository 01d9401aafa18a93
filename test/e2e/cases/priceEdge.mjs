// E2E cases for PriceEdge: each runs a workflow from ../../../examples in a real n8n and checks what it returned and
// what the simulator received: headers, bodies, and how many token requests each run made.

/** Where each run's requests start in the simulator's log. The n8n database keeps the credential (and its
 * token) from case to case, while the simulator is reset: a case's first run may renew a token it never saw. */
const marks = [];
const markRun = ({ sims, run }) => {
	if (run === 0) marks.length = 0;
	marks[run] = sims.priceEdge.requests.length;
};
const requestsOf = (sims, run) => sims.priceEdge.requests.slice(marks[run], marks[run + 1]);
const grants = (requests) => requests.filter((r) => r.path === '/papi/token').map((r) => r.body.grant_type);
const apiCalls = (requests) => requests.filter((r) => r.path.startsWith('/papi/api/'));

/** A run signed in once at most, ended with the password grant or a refresh grant, and every call was accepted. */
function assertOneSignIn(assert, requests) {
	const found = grants(requests);
	assert.ok(found.length <= 2, `at most one renewal: ${found.join(', ')}`);
	if (found.length === 2) assert.deepEqual(found, ['refresh_token', 'password'], 'refresh grant tried first');
}

/** Every call sends the bearer token, client_id and JSON headers; after a sign-in, with the token just issued. */
function assertBearerCalls(assert, sims, requests) {
	const tokens = new Set(sims.priceEdge.issued());
	const signedIn = requests.findLastIndex((r) => r.path === '/papi/token');
	requests.forEach((call, index) => {
		if (!call.path.startsWith('/papi/api/')) return;
		const [scheme, token] = String(call.headers.authorization).split(' ');
		assert.equal(scheme, 'Bearer');
		if (index > signedIn) assert.ok(tokens.has(token), 'a token PriceEdge issued');
		assert.equal(call.headers.client_id, 'clientId');
		assert.equal(call.headers['content-type'], 'application/json');
	});
}

function assertNoTokenShown(assert, sims, runs) {
	for (const token of sims.priceEdge.issued()) {
		for (const run of runs) assert.ok(!run.shown.includes(token), 'no token in the output of n8n execute');
	}
}

export default [
	{
		workflow: 'priceEdgeMetadata',
		title: 'two executions: the second reuses the token',
		runs: 2,
		beforeRun: markRun,
		verify({ items, sims, runs, assert }) {
			const columns = items('Get Item Table Metadata');
			assert.equal(columns.length, 11, 'one item per column of the docs\' Item metadata');
			assert.deepEqual(
				columns.find((c) => c.name === 'CostForPricing'),
				{
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
				},
			);
			const [first, second] = [requestsOf(sims, 0), requestsOf(sims, 1)];
			assertOneSignIn(assert, first);
			assert.ok(grants(first).length >= 1, 'the first run signs in');
			assert.deepEqual(grants(second), [], 'the second execution reuses the stored token');
			assert.deepEqual(apiCalls(second).map((r) => `${r.method} ${r.path}`), ['GET /papi/api/tables/item']);
			assertBearerCalls(assert, sims, [...first, ...second]);
			assertNoTokenShown(assert, sims, runs);
		},
	},
	{
		workflow: 'priceEdgeTableRows',
		title: 'Return All across pages; an expired token renewed once with the refresh grant',
		runs: 2,
		beforeRun(context) {
			if (context.run === 1) context.sims.priceEdge.expireTokens();
			markRun(context);
		},
		verify({ items, sims, runs, assert }) {
			const rows = items('Get Items in Price Group PG-B');
			assert.equal(rows.length, 40, 'every item of price group PG-B');
			assert.deepEqual(Object.keys(rows[0]), ['Number', 'Name', 'CostForPricing']);
			assert.equal(rows[0].Number, 'ITEM-119', 'highest cost first');
			const second = requestsOf(sims, 1);
			assert.deepEqual(grants(second), ['refresh_token'], 'one renewal, with the refresh token');
			const pages = apiCalls(second).filter((r) => r.headers.authorization && r.body);
			const accepted = pages.slice(-3);
			assert.deepEqual(accepted.map((r) => r.body.page), [1, 2, 3], 'pages until one comes back short');
			assert.deepEqual(accepted[0].body, {
				page: 1,
				nrOfRecords: 20,
				filters: [{ columnName: 'cd_PriceGroup', op: 'equals', value: 'PG-B' }],
				fields: ['Number', 'Name', 'CostForPricing'],
				orderby: ['CostForPricing desc'],
				bypassTotalCount: true,
			});
			assertBearerCalls(assert, sims, second);
			assertNoTokenShown(assert, sims, runs);
		},
	},
	{
		workflow: 'priceEdgePriceLists',
		title: 'API key sign-in',
		verify({ items, sim, assert }) {
			const lists = items('Get Price Lists');
			assert.equal(lists.length, 7);
			assert.equal(lists[0].Name, 'Price list 2020');
			const requests = sim('priceEdge');
			assert.equal(requests.filter((r) => r.path === '/papi/token').length, 0, 'no token request with the API key');
			assert.equal(requests.length, 1);
			assert.equal(requests[0].path, '/papi/api/PriceObjects/pricelists');
			assert.equal(requests[0].headers.authorization, 'ApiKey pricing@example.com:MYPASSWORD123');
			assert.equal(requests[0].headers.client_id, undefined);
			assert.deepEqual(requests[0].body, { page: 1, nrOfRecords: 50, filters: [], fields: [], orderby: [], bypassTotalCount: true });
		},
	},
	{
		workflow: 'priceEdgeItemSearch',
		title: 'one search per input item, one sign-in',
		beforeRun: markRun,
		verify({ items, sims, runs, assert }) {
			const hits = items('Search Items');
			assert.equal(hits.length, 10);
			assert.deepEqual(hits.slice(0, 2).map((h) => h.Name), ['Chair 1', 'Chair 5']);
			const requests = requestsOf(sims, 0);
			assertOneSignIn(assert, requests);
			const searches = apiCalls(requests).filter((r) => r.path === '/papi/api/data/search');
			assert.deepEqual(
				[...new Set(searches.map((r) => JSON.stringify(r.body)))].sort(),
				[
					JSON.stringify({ resource: 'Item', searchValue: 'chair', maxRows: 5 }),
					JSON.stringify({ resource: 'Item', searchValue: 'lamp', maxRows: 5 }),
				],
			);
			assertBearerCalls(assert, sims, requests);
			assertNoTokenShown(assert, sims, runs);
		},
	},
	{
		workflow: 'priceEdgeItemSearch',
		title: 'a refused sign-in reads "invalid username or password" on each item (Continue On Fail)',
		// test:queue runs it after the others: a worker remembers the refusal for 15 s.
		refusesSignIn: true,
		setup({ sims }) {
			sims.priceEdge.fault({
				path: '/papi/token',
				status: 403,
				body: { error: 'invalid_grant', error_description: 'The user name or password is incorrect.' },
				times: 10,
			});
		},
		verify({ items, sim, runs, assert }) {
			const out = items('Search Items');
			assert.equal(out.length, 2, 'one error item per search term');
			for (const item of out) {
				assert.match(item.error, /^PriceEdge refused the sign-in: invalid username or password/);
				assert.match(item.description, /Check the username, password and Client ID/);
			}
			// Both items wait for the same sign-in: one refused attempt, not one per item.
			assertOneSignIn(assert, sim('priceEdge'));
			for (const run of runs) assert.ok(!run.shown.includes('MYPASSWORD123'), 'no password in the output');
		},
	},
];
