/**
 * Pruvan push-key simulator, as the help page and API notes describe it:
 * - GET  /api/?apiKey=<key>  starts a work-order refresh: {"response":true,"error":"success"}, or for an
 *   unknown key {"response":false,"error":"invalid clientCode"} — both with HTTP 200;
 * - POST /api/?apiKey=<key>  application/x-www-form-urlencoded, field workOrders = {"workOrders":[…]}:
 *   creates orders, or updates the one whose workOrderNumber exists.
 */
const { Simulator } = require('./framework');

/** The push key shown in Pruvan's help page. */
const DOCS_KEY =
	'Qc71lby4C_cQUco_YP71ey1RV7YelYNnsKqUJSgmZv1LgUlfqjB1PvTysSqUnPUQw-fdHW9K-bm8egMCr-RmhvM6CrhqB9aRFKlglk1xi6UzvdFcWZDaVp4Tl3U_adsmmWQsdREhf5k';
const REQUIRED_ON_CREATE = ['workOrderNumber', 'address1', 'city', 'state', 'zip'];
const CLIENT_FIELDS = ['clientStatus', 'clientDueDate', 'clientInstructions'];

const ok = { status: 200, body: { response: true, error: 'success' } };
const refused = (error) => ({ status: 200, body: { response: false, error } });

function create({ keys = [DOCS_KEY] } = {}) {
	const sim = new Simulator('Pruvan');
	/** @type {Map<string, any>} */
	const orders = new Map();
	/** @type {Record<string, number>} */
	const refreshes = {};
	const state = { orders, refreshes, created: 0, updated: 0, keys: new Set(keys) };
	sim.onReset(() => {
		orders.clear();
		for (const k of Object.keys(refreshes)) delete refreshes[k];
		state.created = 0;
		state.updated = 0;
	});
	sim.admin('state', () => ({ refreshes, created: state.created, updated: state.updated, orders: [...orders.values()] }));

	const knownKey = (req) => state.keys.has(String(req.query.apiKey ?? ''));

	for (const path of ['/api/', '/api']) {
		sim.route('GET', path, (req) => {
			if (!knownKey(req)) return refused('invalid clientCode');
			refreshes[req.query.apiKey] = (refreshes[req.query.apiKey] ?? 0) + 1;
			return ok;
		});
		sim.route('POST', path, (req) => {
			if (!knownKey(req)) return refused('invalid clientCode');
			if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
				return { status: 415, body: { response: false, error: 'workOrders must be sent as application/x-www-form-urlencoded' } };
			}
			let list;
			try {
				list = JSON.parse(String(req.body?.workOrders ?? '')).workOrders;
			} catch {
				return refused('workOrders is not valid JSON');
			}
			if (!Array.isArray(list)) return refused('workOrders must hold {"workOrders":[…]}');
			for (const order of list) {
				const existing = orders.get(String(order.workOrderNumber));
				if (!order.workOrderNumber) return refused('workOrderNumber is required');
				if (order.status && !['RUSH', 'REWORK'].includes(order.status)) return refused(`status ${order.status} cannot be set by an integration`);
				if (!existing) {
					const missing = REQUIRED_ON_CREATE.filter((f) => !order[f]);
					if (!Array.isArray(order.services) || !order.services.length || order.services.some((s) => !s?.serviceName)) missing.push('services');
					if (missing.length) return refused(`missing ${missing.join(', ')} for new work order ${order.workOrderNumber}`);
				}
			}
			for (const order of list) {
				const key = String(order.workOrderNumber);
				const existing = orders.get(key);
				if (existing) {
					state.updated++;
					orders.set(key, { ...existing, ...order });
				} else {
					state.created++;
					orders.set(key, { ...order });
				}
			}
			return ok;
		});
	}
	return Object.assign(sim, { state, DOCS_KEY, CLIENT_FIELDS });
}

module.exports = { create, DOCS_KEY };
