// @ts-check
/** The simulator for the test-only Probe vendor: a token endpoint and things, with latency and in-flight counts. */
const { Simulator, TokenIssuer, bearer } = require('../simulators/framework');

function create({ password = 'probe-password-123', lifetimeSeconds = 3600, latencyMs = 0 } = {}) {
	const sim = new Simulator('Probe');
	const tokens = new TokenIssuer(lifetimeSeconds);
	/** How the list answers: `pages` pages of records; `ignorePage` repeats page 1; `endless` never ends. */
	const state = { inFlight: 0, maxInFlight: 0, latencyMs, tokens, created: [], pages: 3, listMode: 'normal' };
	sim.onReset(() => {
		tokens.clear();
		state.inFlight = 0;
		state.maxInFlight = 0;
		state.latencyMs = latencyMs;
		state.created = [];
		state.pages = 3;
		state.listMode = 'normal';
	});
	const authorized = async (req, answer) => {
		const token = bearer(req.headers);
		if (tokens.state(token) !== 'valid') return { status: 401, body: { message: 'token expired or missing' } };
		state.inFlight++;
		state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
		await new Promise((r) => setTimeout(r, state.latencyMs));
		state.inFlight--;
		return answer();
	};
	sim.route('POST', '/token', (req) =>
		req.body?.password === password
			? { body: { access_token: tokens.issue(), expires_in: tokens.lifetimeSeconds } }
			: { status: 403, body: { error: 'invalid_grant' } },
	);
	sim.route('GET', '/things/:id', (req) =>
		authorized(req, () =>
			req.params.id.startsWith('missing')
				? { status: 404, body: { message: `Thing ${req.params.id} does not exist` } }
				: { body: { id: req.params.id, name: `Thing ${req.params.id}` } },
		),
	);
	sim.route('GET', '/things', (req) =>
		authorized(req, () => {
			const size = Number(req.query.size);
			const page = state.listMode === 'ignorePage' ? 1 : Number(req.query.page);
			const count = state.listMode === 'endless' || page < state.pages ? size : page === state.pages ? Math.ceil(size / 2) : 0;
			return { body: Array.from({ length: count }, (_, n) => ({ id: `p${page}-${n}` })) };
		}),
	);
	sim.route('POST', '/things', (req) =>
		authorized(req, () => {
			state.created.push(req.body.name);
			return { status: 201, body: { id: String(state.created.length), name: req.body.name } };
		}),
	);
	return Object.assign(sim, { state, password });
}

module.exports = { create };
