// @ts-check
/**
 * FLOWii REST API simulator, as FLOWii's help page (C) and the API notes (I) describe it:
 * - POST /token, form body grant_type=password&username=…&password=…, header Api-Key: <key> (C);
 *   answers {access_token, token_type: "bearer", expires_in} (C, expires_in I); refusals are OAuth style
 *   {"error": "invalid_grant", "error_description": …} (I);
 * - every other call needs Authorization: Bearer <token> AND Api-Key: <key> (C for the company list);
 *   an expired or unknown token answers 401 (I); answers are JSON:API, application/vnd.api+json (I);
 * - GET /companies is the company access list (C); business calls take ?companyId=<id> (I);
 * - lookups /users/self, /users, /ordertypes, /orderstates, /countries, /activitytypes; /partners
 *   (filter[search-text]), /partners/{id}, POST /partners; /orders (page[size], page[number], links.next,
 *   filter[created-from]), /orders/{id}, /orders/{id}/documents, POST /orders; POST /tasks (all I).
 *   A rejected create answers 422 with JSON:API errors[] (I).
 */
const { Simulator, TokenIssuer, bearer } = require('./framework');

const DEMO = {
	email: 'demo@flowii.example',
	password: 'Flowii-Demo-Passw0rd!',
	apiKey: 'fk_3f9d2a7c41b84e0e9a51c6d2b7e8f013',
};
const MEDIA_TYPE = 'application/vnd.api+json';
const COMPANIES = [
	{ id: '101', name: 'Minta Kereskedelmi Kft.' },
	{ id: '102', name: 'Példa Szolgáltató Bt.' },
];
const OTHER_COMPANY = '999';

const resource = (type, id, attributes, relationships) => ({
	type,
	id: String(id),
	attributes,
	...(relationships ? { relationships } : {}),
});
const rel = (type, id) => ({ data: id === undefined || id === null ? null : { type, id: String(id) } });

const jsonApi = (status, body, headers = {}) => ({ status, headers: { 'Content-Type': MEDIA_TYPE, ...headers }, body });
const errors = (status, ...list) =>
	jsonApi(status, { errors: list.map((e) => ({ status: String(status), ...e })) });

function seed() {
	const users = [
		resource('user', 11, { name: 'Kovács Anna', email: 'demo@flowii.example' }),
		resource('user', 12, { name: 'Nagy Péter', email: 'peter@flowii.example' }),
		resource('user', 13, { name: 'Szabó Éva', email: 'eva@flowii.example' }),
	];
	const partners = [
		resource('partner', 501, { name: 'Alfa Építő Kft.', type: 1, ico: '12345678', dic: '12345678-2-42' }),
		resource('partner', 502, { name: 'Béla Kiss', type: 2, comment: 'Regular customer' }),
		resource('partner', 503, { name: 'Gamma Logisztika Zrt.', type: 1, ico: '87654321' }),
	];
	const orders = [];
	for (let n = 1; n <= 23; n++) {
		const day = String(n).padStart(2, '0');
		orders.push(
			resource(
				'order',
				7000 + n,
				{
					name: `Order ${n}`,
					'serial-nr': `Z-2026-${String(n).padStart(4, '0')}`,
					created: `2026-03-${day}T09:00:00`,
					deadline: `2026-04-${day}T00:00:00`,
					description: `Seeded order ${n}`,
				},
				{
					type: rel('order-type', 1),
					state: rel('order-state', 2),
					partner: rel('partner', 501 + (n % 3)),
					'responsible-users': { data: [{ type: 'user', id: '11' }] },
				},
			),
		);
	}
	const documents = new Map([
		[
			'7001',
			[
				resource('document', 9001, {
					type: 4,
					'serial-nr': 'SZ-2026-0001',
					'issue-date': '2026-03-02T00:00:00',
					'due-date': '2026-03-17T00:00:00',
					'gross-amount': 127000,
					unpaid: 27000,
					currency: 'HUF',
				}),
				resource('document', 9002, {
					type: 4,
					'serial-nr': 'SZ-2026-0002',
					'issue-date': '2026-03-20T00:00:00',
					'due-date': '2026-04-04T00:00:00',
					'gross-amount': 50800,
					unpaid: 0,
					currency: 'HUF',
				}),
			],
		],
	]);
	return { users, partners, orders, documents, tasks: [], nextId: 8000 };
}

const LOOKUPS = {
	'/ordertypes': [resource('order-type', 1, { name: 'Installation' }), resource('order-type', 2, { name: 'Service' })],
	'/orderstates': [
		resource('order-state', 1, { name: 'New' }),
		resource('order-state', 2, { name: 'In progress' }),
		resource('order-state', 3, { name: 'Done' }),
	],
	'/countries': [
		resource('country', 97, { name: 'Magyarország', code: 'HU' }),
		resource('country', 199, { name: 'Slovensko', code: 'SK' }),
		resource('country', 276, { name: 'Deutschland', code: 'DE' }),
	],
	'/activitytypes': [resource('activity-type', 1, { name: 'Call' }), resource('activity-type', 2, { name: 'Realisation' })],
};

/**
 * @param {{ tokenLifetimeSeconds?: number, pageSize?: number, email?: string, password?: string, apiKey?: string }} [options]
 */
function create({ tokenLifetimeSeconds = 300, pageSize = 10, ...account } = {}) {
	const sim = new Simulator('FLOWii');
	/** The account FLOWii knows: e2e cases change the password to play "changed in FLOWii". */
	const login = { ...DEMO, ...account };
	const tokens = new TokenIssuer(tokenLifetimeSeconds);
	let data = seed();
	const state = {
		tokens,
		/** Seconds a new token lives: tests shorten it to prove renewal within one run. */
		tokenLifetimeSeconds,
		login,
		get data() {
			return data;
		},
	};
	sim.onReset(() => {
		tokens.clear();
		state.tokenLifetimeSeconds = tokenLifetimeSeconds;
		Object.assign(login, DEMO, account);
		data = seed();
	});
	sim.admin('expireTokens', () => tokens.expireAll());
	sim.admin('tokenLifetime', (body) => {
		state.tokenLifetimeSeconds = Number(body.seconds);
		return { tokenLifetimeSeconds: state.tokenLifetimeSeconds };
	});
	sim.admin('state', () => ({ issued: tokens.issued, partners: data.partners, tasks: data.tasks, orders: data.orders.length }));

	sim.route('POST', '/token', (req) => {
		if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
			return { status: 400, body: { error: 'invalid_request', error_description: 'The token request must be form encoded.' } };
		}
		const form = req.body && typeof req.body === 'object' ? req.body : {};
		if (form.grant_type !== 'password') {
			return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type must be password.' } };
		}
		if (req.headers['api-key'] !== login.apiKey) {
			return { status: 400, body: { error: 'invalid_client', error_description: 'The Api-Key header is missing or unknown.' } };
		}
		if (form.username !== login.email || form.password !== login.password) {
			return { status: 400, body: { error: 'invalid_grant', error_description: 'The user name or password is incorrect.' } };
		}
		const token = tokens.issue({ user: '11' }, state.tokenLifetimeSeconds);
		return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: state.tokenLifetimeSeconds } };
	});

	/** Bearer token and Api-Key on every call, then a known company for business calls. */
	const guarded = (handler, { needsCompany = true } = {}) => (req) => {
		if (req.headers['api-key'] !== login.apiKey) {
			return errors(401, { title: 'Unauthorized', detail: 'The Api-Key header is missing or unknown.' });
		}
		const token = bearer(req.headers);
		const tokenState = tokens.state(token);
		if (tokenState !== 'valid') {
			return errors(401, { title: 'Unauthorized', detail: tokenState === 'expired' ? 'The access token has expired.' : 'The access token is missing or invalid.' });
		}
		if (needsCompany) {
			const companyId = String(req.query.companyId ?? '');
			if (!companyId) return errors(400, { title: 'Bad request', detail: 'The companyId parameter is required.' });
			if (companyId === OTHER_COMPANY || !COMPANIES.some((c) => c.id === companyId)) {
				return errors(403, { title: 'Forbidden', detail: `You have no access to company ${companyId}.` });
			}
		}
		if (req.method !== 'GET' && !String(req.headers['content-type'] ?? '').startsWith(MEDIA_TYPE)) {
			return errors(415, { title: 'Unsupported media type', detail: `Send the document as ${MEDIA_TYPE}.` });
		}
		return handler(req);
	};

	const listAnswer = (req, path, records, size) => {
		const number = Math.max(1, Number(req.query['page[number]'] ?? 1));
		const start = (number - 1) * size;
		const page = records.slice(start, start + size);
		const links = {};
		if (start + size < records.length) {
			const next = new URLSearchParams({ ...req.query, 'page[number]': String(number + 1), 'page[size]': String(size) });
			links.next = `http://${req.headers.host}${path}?${next}`;
		}
		return jsonApi(200, { data: page, links, meta: { total: records.length } });
	};

	sim.route(
		'GET',
		'/companies',
		guarded(() => jsonApi(200, { data: COMPANIES.map((c) => resource('company', c.id, { name: c.name })) }), { needsCompany: false }),
	);
	sim.route('GET', '/users/self', guarded(() => jsonApi(200, { data: data.users[0] })));
	sim.route('GET', '/users', guarded(() => jsonApi(200, { data: data.users })));
	for (const [path, records] of Object.entries(LOOKUPS)) sim.route('GET', path, guarded(() => jsonApi(200, { data: records })));

	sim.route(
		'GET',
		'/partners',
		guarded((req) => {
			const text = String(req.query['filter[search-text]'] ?? '').toLowerCase();
			const found = data.partners.filter((p) => !text || JSON.stringify(p.attributes).toLowerCase().includes(text));
			return listAnswer(req, '/partners', found, Number(req.query['page[size]'] ?? pageSize));
		}),
	);
	sim.route(
		'GET',
		'/partners/:id',
		guarded((req) => {
			const partner = data.partners.find((p) => p.id === req.params.id);
			return partner ? jsonApi(200, { data: partner }) : errors(404, { title: 'Not found', detail: `Partner ${req.params.id} does not exist.` });
		}),
	);
	sim.route(
		'POST',
		'/partners',
		guarded((req) => {
			const doc = req.body?.data;
			if (!doc || doc.type !== 'partner') return errors(422, { title: 'Invalid document', detail: 'data.type must be partner.', source: { pointer: '/data/type' } });
			const a = doc.attributes ?? {};
			if (!a.name) return errors(422, { title: 'Invalid attribute', detail: 'Name must not be empty.', source: { pointer: '/data/attributes/name' } });
			if (![1, 2].includes(a.type)) return errors(422, { title: 'Invalid attribute', detail: 'Type must be 1 (company) or 2 (person).', source: { pointer: '/data/attributes/type' } });
			if (a.ico && data.partners.some((p) => p.attributes.ico === a.ico)) {
				return errors(422, { title: 'Duplicate', detail: `A partner with IČO ${a.ico} already exists.`, source: { pointer: '/data/attributes/ico' } });
			}
			const country = doc.relationships?.['billing-address']?.data?.relationships?.country?.data?.id;
			if (country && !LOOKUPS['/countries'].some((c) => c.id === String(country))) {
				return errors(422, { title: 'Invalid relationship', detail: `Country ${country} does not exist.` });
			}
			const partner = resource('partner', data.nextId++, a, doc.relationships);
			data.partners.push(partner);
			return jsonApi(201, { data: partner });
		}),
	);

	sim.route(
		'GET',
		'/orders',
		guarded((req) => {
			const from = String(req.query['filter[created-from]'] ?? '');
			if (from && !/^\d{4}-\d{2}-\d{2}/.test(from)) return errors(400, { title: 'Bad filter', detail: 'created-from must be a date.' });
			const found = data.orders.filter((o) => !from || o.attributes.created >= from);
			return listAnswer(req, '/orders', found, Number(req.query['page[size]'] ?? pageSize));
		}),
	);
	sim.route(
		'GET',
		'/orders/:id/documents',
		guarded((req) => {
			if (!data.orders.some((o) => o.id === req.params.id)) return errors(404, { title: 'Not found', detail: `Order ${req.params.id} does not exist.` });
			return jsonApi(200, { data: data.documents.get(req.params.id) ?? [] });
		}),
	);
	sim.route(
		'GET',
		'/orders/:id',
		guarded((req) => {
			const order = data.orders.find((o) => o.id === req.params.id);
			return order ? jsonApi(200, { data: order }) : errors(404, { title: 'Not found', detail: `Order ${req.params.id} does not exist.` });
		}),
	);
	sim.route(
		'POST',
		'/orders',
		guarded((req) => {
			const doc = req.body?.data;
			if (!doc || doc.type !== 'order') return errors(422, { title: 'Invalid document', detail: 'data.type must be order.', source: { pointer: '/data/type' } });
			const r = doc.relationships ?? {};
			const missing = ['type', 'state', 'partner'].filter((name) => !r[name]?.data?.id);
			if (!doc.attributes?.name) missing.unshift('name');
			if (missing.length) {
				return errors(422, ...missing.map((name) => ({ title: 'Missing field', detail: `The order ${name} is required.`, source: { pointer: `/data/${name === 'name' ? 'attributes' : 'relationships'}/${name}` } })));
			}
			if (!data.partners.some((p) => p.id === String(r.partner.data.id))) {
				return errors(422, { title: 'Invalid relationship', detail: `Partner ${r.partner.data.id} does not exist.`, source: { pointer: '/data/relationships/partner' } });
			}
			const order = resource('order', data.nextId++, { 'serial-nr': `Z-2026-${data.nextId}`, created: '2026-11-22T10:00:00', ...doc.attributes }, r);
			data.orders.push(order);
			return jsonApi(201, { data: order });
		}),
	);
	sim.route(
		'POST',
		'/tasks',
		guarded((req) => {
			const doc = req.body?.data;
			if (!doc || doc.type !== 'task') return errors(422, { title: 'Invalid document', detail: 'data.type must be task.', source: { pointer: '/data/type' } });
			if (!doc.attributes?.caption) return errors(422, { title: 'Missing field', detail: 'Caption must not be empty.', source: { pointer: '/data/attributes/caption' } });
			const activities = doc.relationships?.activities?.data;
			if (!Array.isArray(activities) || !activities.every((a) => a?.relationships?.['activity-type']?.data?.id)) {
				return errors(422, { title: 'Missing field', detail: 'Every activity needs an activity type.', source: { pointer: '/data/relationships/activities' } });
			}
			const task = resource('task', data.nextId++, doc.attributes, {
				...(doc.relationships.order ? { order: doc.relationships.order } : {}),
				...(doc.relationships.partner ? { partner: doc.relationships.partner } : {}),
			});
			data.tasks.push({ ...task, sent: doc });
			return jsonApi(201, { data: task });
		}),
	);

	// ---- Triggers (issue 15): records that change over time, driven by tests and e2e runs -------------------
	/** Minutes FLOWii's clock is ahead of this machine's (negative: behind): triggers must not care. */
	let clockOffsetMinutes = 0;
	sim.onReset(() => (clockOffsetMinutes = 0));
	/** FLOWii's local date-time now (no zone, as FLOWii writes dates), `minutesAgo` earlier. */
	const flowiiNow = (minutesAgo = 0) =>
		new Date(Date.now() + (clockOffsetMinutes - minutesAgo) * 60_000).toISOString().slice(0, 19);
	sim.admin('clock', (body) => {
		clockOffsetMinutes = Number(body.offsetMinutes ?? 0);
		return { clockOffsetMinutes, now: flowiiNow() };
	});
	/** Adds an order "now" (or `minutesAgo`: an order that shows up late), in state `stateId` (default 1). */
	sim.admin('addOrder', (body = {}) => {
		const id = data.nextId++;
		const order = resource(
			'order',
			id,
			{ name: body.name ?? `Order ${id}`, 'serial-nr': `Z-2026-${id}`, created: body.created ?? flowiiNow(Number(body.minutesAgo ?? 0)), description: body.description ?? '' },
			{
				type: rel('order-type', 1),
				state: rel('order-state', body.stateId ?? 1),
				partner: rel('partner', body.partnerId ?? 501),
				'responsible-users': { data: [{ type: 'user', id: '11' }] },
			},
		);
		data.orders.push(order);
		return { data: order };
	});
	/** Moves an order to another state. */
	sim.admin('setOrderState', (body) => {
		const order = data.orders.find((o) => o.id === String(body.id));
		if (!order) return { error: `no order ${body.id}` };
		order.relationships.state = rel('order-state', body.stateId);
		return { data: order };
	});
	/** Adds a partner (the next id). */
	sim.admin('addPartner', (body = {}) => {
		const partner = resource('partner', data.nextId++, { name: body.name ?? 'New Partner Kft.', type: body.type ?? 1 });
		data.partners.push(partner);
		return { data: partner };
	});
	// ---- end of triggers block ---------------------------------------------------------------------------------

	return Object.assign(sim, { state, DEMO, COMPANIES, MEDIA_TYPE });
}

module.exports = { create, DEMO, COMPANIES, MEDIA_TYPE };
