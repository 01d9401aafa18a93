/**
 * A small framework for local vendor simulators (node:http only).
 *
 * - listens on 127.0.0.1, on a free port unless one is given;
 * - records every request (method, path, query, headers, raw and parsed body) for assertions;
 * - injects faults on demand: any status, Retry-After or other headers, slow answers, malformed or HTML
 *   bodies, for the next N matching requests;
 * - can be driven over HTTP too (`/__sim/...`), so a person or the e2e run can inject faults and read the log.
 */
const http = require('node:http');
const crypto = require('node:crypto');

/**
 * @typedef {{ method: string, path: string, query: Record<string, string>, headers: http.IncomingHttpHeaders,
 *   rawBody: string, body: any, params: Record<string, string>, at: number }} SimRequest
 * @typedef {{ status?: number, headers?: Record<string, string>, body?: any }} SimResponse
 * @typedef {{ method?: string, path?: string, status?: number, headers?: Record<string, string>,
 *   body?: any, delayMs?: number, times?: number, hang?: boolean }} Fault
 * (`hang`: the connection is accepted and never answered, as a vendor that has stopped responding)
 */

function parseBody(raw, contentType) {
	if (!raw) return undefined;
	const type = String(contentType || '').toLowerCase();
	if (type.includes('json')) {
		try {
			return JSON.parse(raw);
		} catch {
			return raw;
		}
	}
	if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
	return raw;
}

function compile(pattern) {
	const names = [];
	const source = pattern
		.split('/')
		.map((part) => {
			if (part.startsWith(':')) {
				names.push(part.slice(1));
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { regex: new RegExp(`^${source}/?$`, 'i'), names };
}

class Simulator {
	/** @param {string} name */
	constructor(name) {
		this.name = name;
		/** @type {SimRequest[]} */
		this.requests = [];
		/** @type {Fault[]} */
		this.faults = [];
		/** @type {{ method: string, regex: RegExp, names: string[], handler: (req: SimRequest) => SimResponse | Promise<SimResponse> }[]} */
		this.routes = [];
		/** @type {Record<string, (body: any) => any>} */
		this.adminActions = {};
		/** @type {(() => void)[]} */
		this.resetters = [];
		this.url = '';
		/** Added to every vendor answer (for benchmarks: a network's round trip). */
		this.latencyMs = 0;
		/** @type {http.Server | undefined} */
		this.server = undefined;
	}

	/**
	 * @param {string} method
	 * @param {string} pattern path with `:name` parameters
	 * @param {(req: SimRequest) => SimResponse | Promise<SimResponse>} handler
	 */
	route(method, pattern, handler) {
		this.routes.push({ method: method.toUpperCase(), ...compile(pattern), handler });
		return this;
	}

	/** An action reachable at POST /__sim/<name> (for the CLI and e2e runs). */
	admin(name, action) {
		this.adminActions[name] = action;
		return this;
	}

	/** State to restore on reset(). */
	onReset(fn) {
		this.resetters.push(fn);
		return this;
	}

	/** @param {Fault} fault */
	fault(fault) {
		this.faults.push({ times: 1, ...fault });
		return this;
	}

	reset() {
		this.requests = [];
		this.faults = [];
		for (const fn of this.resetters) fn();
	}

	/** Requests that match a method and a path (string prefix or RegExp). */
	received(method, path) {
		return this.requests.filter(
			(r) =>
				(!method || r.method === method.toUpperCase()) &&
				(!path || (path instanceof RegExp ? path.test(r.path) : r.path === path)),
		);
	}

	/** @param {number} [port] */
	async start(port = 0) {
		this.server = http.createServer((req, res) => this.handle(req, res));
		await new Promise((resolve, reject) => {
			this.server?.once('error', reject);
			this.server?.listen(port, '127.0.0.1', () => resolve(undefined));
		});
		const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
		this.url = `http://127.0.0.1:${address.port}`;
		return this;
	}

	async stop() {
		if (!this.server) return;
		this.server.closeAllConnections?.();
		await new Promise((resolve) => this.server?.close(() => resolve(undefined)));
		this.server = undefined;
	}

	takeFault(method, path) {
		const index = this.faults.findIndex(
			(f) =>
				(!f.method || f.method.toUpperCase() === method) &&
				(!f.path || path.toLowerCase().startsWith(f.path.toLowerCase())),
		);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
	handle(req, res) {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url || '/', 'http://127.0.0.1');
			const method = String(req.method).toUpperCase();
			if (url.pathname.startsWith('/__sim/')) return this.handleAdmin(url.pathname.slice(7), method, rawBody, res);
			/** @type {SimRequest} */
			const request = {
				method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				rawBody,
				body: parseBody(rawBody, req.headers['content-type']),
				params: {},
				at: Date.now(),
			};
			this.requests.push(request);
			/** @type {SimResponse} */
			let answer;
			try {
				if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
				const fault = this.takeFault(method, url.pathname);
				if (fault?.hang) return;
				if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
				if (fault?.status) answer = { status: fault.status, headers: fault.headers, body: fault.body };
				else answer = await this.dispatch(request);
				if (fault && !fault.status && fault.headers) answer.headers = { ...answer.headers, ...fault.headers };
			} catch (error) {
				answer = { status: 500, body: { message: `simulator error: ${/** @type {Error} */ (error).message}` } };
			}
			send(res, answer);
		});
	}

	/** @param {SimRequest} request */
	async dispatch(request) {
		for (const route of this.routes) {
			if (route.method !== request.method) continue;
			const match = route.regex.exec(request.path);
			if (!match) continue;
			route.names.forEach((name, i) => (request.params[name] = decodeURIComponent(match[i + 1])));
			return await route.handler(request);
		}
		return { status: 404, body: { message: `No route ${request.method} ${request.path} in the ${this.name} simulator` } };
	}

	handleAdmin(action, method, rawBody, res) {
		const body = rawBody ? JSON.parse(rawBody) : {};
		if (action === 'requests' && method === 'GET') return send(res, { status: 200, body: this.requests });
		if (action === 'reset') {
			this.reset();
			return send(res, { status: 200, body: { reset: true } });
		}
		if (action === 'latency') {
			this.latencyMs = Number(body.ms ?? 0);
			return send(res, { status: 200, body: { latencyMs: this.latencyMs } });
		}
		if (action === 'fault') {
			this.fault(body);
			return send(res, { status: 200, body: { faults: this.faults.length } });
		}
		const fn = this.adminActions[action];
		if (!fn) return send(res, { status: 404, body: { message: `no admin action ${action}` } });
		return send(res, { status: 200, body: fn(body) ?? { ok: true } });
	}
}

/** @param {http.ServerResponse} res @param {SimResponse} answer */
function send(res, answer) {
	const status = answer.status ?? 200;
	const headers = { ...(answer.headers || {}) };
	let payload = '';
	if (answer.body !== undefined) {
		if (typeof answer.body === 'string') {
			payload = answer.body;
			if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
				headers['Content-Type'] = /^\s*</.test(payload) ? 'text/html' : 'application/json';
			}
		} else {
			payload = JSON.stringify(answer.body);
			if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
		}
	}
	res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(payload) });
	res.end(payload);
}

/** Every token any simulator has issued: secrets that no output or log may show. */
const issuedSecrets = new Set();

/** Tokens that expire after a lifetime, or at once on demand. */
class TokenIssuer {
	/** @param {number} lifetimeSeconds */
	constructor(lifetimeSeconds) {
		this.lifetimeSeconds = lifetimeSeconds;
		/** @type {Map<string, { expiresAt: number, data: any }>} */
		this.tokens = new Map();
		this.issued = 0;
	}

	issue(data = {}, lifetimeSeconds = this.lifetimeSeconds) {
		const token = crypto.randomBytes(18).toString('base64url');
		issuedSecrets.add(token);
		this.tokens.set(token, { expiresAt: Date.now() + lifetimeSeconds * 1000, data });
		this.issued++;
		return token;
	}

	/** @returns {'valid' | 'expired' | 'unknown'} */
	state(token) {
		const entry = token ? this.tokens.get(token) : undefined;
		if (!entry) return 'unknown';
		return entry.expiresAt > Date.now() ? 'valid' : 'expired';
	}

	data(token) {
		return this.tokens.get(token)?.data;
	}

	revoke(token) {
		this.tokens.delete(token);
	}

	expireAll() {
		for (const entry of this.tokens.values()) entry.expiresAt = 0;
		return { expired: this.tokens.size };
	}

	clear() {
		this.tokens.clear();
		this.issued = 0;
	}
}

/** The bearer token in an Authorization header, or undefined. */
function bearer(headers) {
	const match = /^Bearer (\S+)$/.exec(String(headers.authorization || ''));
	return match ? match[1] : undefined;
}

module.exports = { Simulator, TokenIssuer, bearer, issuedSecrets };
