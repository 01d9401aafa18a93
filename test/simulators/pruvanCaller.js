/**
 * Pruvan's side of an integration web service, as API-NOTES describes it: calls a web service URL as Pruvan
 * does — `{url}/getWorkOrders.{ext}` ("Import Orders" with a Unix-seconds timestamp, "Full Refresh" with
 * null), `validate`, `status` and `uploadPictures` — every call a POST with one variable `payload` holding
 * JSON, url-encoded or multipart, and reads the answers the way Pruvan does.
 *
 *   node test/simulators/pruvanCaller.js <web service URL> <call> [extension]   (credentials from
 *   PRUVAN_USERNAME, PRUVAN_PASSWORD, PRUVAN_TOKEN) prints the answer.
 */
const crypto = require('node:crypto');

const REQUIRED_ON_CREATE = ['workOrderNumber', 'address1', 'city', 'state', 'zip'];

/**
 * @param {{ url: string, extension?: string, username: string, password: string, token?: string,
 *   pushKey?: string, timeoutMs?: number }} settings
 */
function createCaller({ url, extension = '', username, password, token = '', pushKey = '', timeoutMs = 15_000 }) {
	const base = url.replace(/\/+$/, '');
	const address = (call) => `${base}/${call}${extension ? `.${extension}` : ''}`;

	/**
	 * @param {string} call
	 * @param {object} payload
	 * @param {{ encoding?: 'urlencoded' | 'multipart', file?: { name: string, type: string, bytes: Buffer } }} [how]
	 */
	async function post(call, payload, { encoding = 'urlencoded', file } = {}) {
		let body;
		const headers = {};
		if (encoding === 'multipart') {
			body = new FormData();
			body.append('payload', JSON.stringify(payload));
			if (file) body.append('file', new Blob([file.bytes], { type: file.type }), file.name);
		} else {
			body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
			headers['content-type'] = 'application/x-www-form-urlencoded';
		}
		const response = await fetch(address(call), { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
	}

	/** @param {'plain' | 'sha1'} form */
	const passwordAs = (form) => (form === 'sha1' ? crypto.createHash('sha1').update(password).digest('hex') : password);
	const who = (options = {}) => ({
		username: options.username ?? username,
		password: options.password ?? passwordAs(options.passwordAs ?? 'plain'),
		token: options.token ?? token,
	});

	return {
		address,
		/**
		 * "Import Orders" sends the time of the last import in Unix seconds; "Full Refresh" sends null.
		 * @param {{ since?: Date | null, encoding?: 'urlencoded' | 'multipart', passwordAs?: 'plain' | 'sha1', password?: string, username?: string, token?: string }} [options]
		 */
		async getWorkOrders(options = {}) {
			const timestamp = options.since ? Math.floor(options.since.getTime() / 1000) : null;
			return await post('getWorkOrders', { ...who(options), timestamp }, options);
		},
		/** The Validate button of Pruvan's set-up: username, password and the push key (I). */
		async validate(options = {}) {
			const { username: u, password: p } = who(options);
			return await post('validate', { username: u, password: p, pushkey: pushKey }, options);
		},
		/** Status changes of work orders. */
		async status(workOrders, options = {}) {
			return await post('status', { ...who(options), workOrders }, options);
		},
		/** One published result: its metadata in the payload, its picture as a file part. */
		async uploadPictures(metadata, file, options = {}) {
			return await post('uploadPictures', { ...who(options), ...metadata }, { ...options, encoding: 'multipart', file });
		},
	};
}

/**
 * What Pruvan makes of a getWorkOrders answer: the orders it would import, the ones it would refuse, and the
 * error it shows as the integration's last error.
 */
function readWorkOrdersAnswer(json) {
	const problems = [];
	if (!json || typeof json !== 'object' || Array.isArray(json)) return { imported: [], refused: [], error: '', problems: ['the answer is not a JSON object'] };
	if (!Array.isArray(json.workOrders)) problems.push('workOrders is not a list');
	if (typeof json.error !== 'string') problems.push('error is not text');
	const imported = [];
	const refused = [];
	for (const order of Array.isArray(json.workOrders) ? json.workOrders : []) {
		const missing = REQUIRED_ON_CREATE.filter((field) => !order?.[field]);
		if (!Array.isArray(order?.services) || !order.services.length || order.services.some((s) => !s?.serviceName)) missing.push('services');
		const badStatus = order?.status !== undefined && !['RUSH', 'REWORK'].includes(order.status);
		if (missing.length || badStatus) refused.push({ order, missing, badStatus });
		else imported.push(order);
	}
	return { imported, refused, error: typeof json.error === 'string' ? json.error : '', problems };
}

module.exports = { createCaller, readWorkOrdersAnswer };

if (require.main === module) {
	const [url, call = 'validate', extension = ''] = process.argv.slice(2);
	if (!url) {
		console.error('usage: node test/simulators/pruvanCaller.js <web service URL> <getWorkOrders|validate|status> [extension]');
		process.exit(2);
	}
	const caller = createCaller({
		url,
		extension,
		username: process.env.PRUVAN_USERNAME ?? '',
		password: process.env.PRUVAN_PASSWORD ?? '',
		token: process.env.PRUVAN_TOKEN ?? '',
	});
	const run = call === 'getWorkOrders' ? caller.getWorkOrders() : call === 'status' ? caller.status([]) : caller.validate();
	run.then((answer) => console.log(answer.status, answer.text)).catch((error) => {
		console.error(error.message);
		process.exitCode = 1;
	});
}
