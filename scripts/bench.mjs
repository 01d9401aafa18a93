// `npm run bench`: our nodes next to n8n's HTTP Request node doing the same calls with the same credential (so
// the same token step a user would build), in one real n8n 2.x, against the simulators with a network latency
// added to every answer.
// - Every run is started by a webhook on a running n8n (`n8n execute` cut big outputs off when it exited) and
//   measured from n8n's own record of the execution: the node's execution time, its items, its error.
// - Ours and the HTTP Request node alternate (ours first, then the HTTP node first, ...) at every latency, so a
//   machine that gets busier during the run does not favour one of them.
// - Counted at the simulator: requests per item and token requests per run; at the n8n process: peak memory
//   (VmHWM, reset before each run), and what the run added to what n8n held before it.
// - Any failure stops n8n and the simulators, prints the rows measured so far and exits non-zero.
// - The rows and the summary go to a JSON file (.bench/bench-<time>.json) to compare with a later run.
//   BENCH_ITEMS=1000 BENCH_LATENCIES="20 100 200" BENCH_REPEATS=2 BENCH_MEMORY_ITEMS=10000 npm run bench
//   (BENCH_MEMORY_ITEMS=0 leaves the memory rows out)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { freePort, installPackages, workFolder, n8nEnv, n8nInstall, runCommand, runningCommands, startServer, stopServer } from '../test/e2e/n8n.mjs';
import { packVendors } from './pack-vendors.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../test/simulators/index.js');
const root = path.resolve(import.meta.dirname, '..');
const work = workFolder(root, 'bench');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const LATENCIES = (process.env.BENCH_LATENCIES ?? '20 100 200').split(/\s+/).filter(Boolean).map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const MEMORY_ITEMS = Number(process.env.BENCH_MEMORY_ITEMS ?? 10_000);
const log = (...args) => console.log('[bench]', ...args);

/** Each case: the simulator, a credential, our node's parameters and the URL the HTTP Request node calls. */
const cases = (urls) => [
	{
		key: 'purepro',
		name: 'PurePro Customer → Get',
		sim: 'purePro',
		credential: {
			type: 'pureProApi',
			data: { publicApiUrl: urls.purePro, apiToken: require('../test/simulators/purePro.js').TOKEN, accountReference: 'ACC001', businessUnitReference: 'BU001' },
		},
		ours: {
			type: 'n8n-nodes-purepro.purePro',
			typeVersion: 1,
			parameters: { resource: 'customer', operation: 'get', account: { __rl: true, mode: 'id', value: 'ACC001' }, businessUnit: { __rl: true, mode: 'id', value: 'BU001' }, reference: 'CU0001' },
		},
		url: `${urls.purePro}/Customer/ACC001/BU001/CU0001`,
		tokenPath: undefined,
	},
	{
		key: 'priceedge',
		name: 'PriceEdge Table → Get Metadata (raw, bearer token)',
		sim: 'priceEdge',
		credential: {
			type: 'priceEdgeApi',
			data: { apiUrl: `${urls.priceEdge}/papi`, authentication: 'bearerToken', ...require('../test/simulators/priceEdge.js').DOCS_USER, clientId: require('../test/simulators/priceEdge.js').DOCS_CLIENT_ID },
		},
		ours: {
			type: 'n8n-nodes-priceedge.priceEdge',
			typeVersion: 1,
			parameters: { resource: 'table', operation: 'getMetadata', table: { __rl: true, mode: 'id', value: 'item' }, simplify: false },
		},
		url: `${urls.priceEdge}/papi/api/tables/item`,
		tokenPath: '/papi/token',
	},
];

/** Webhook → Items (a Code node making `count` items) → the measured node; answers with the first item only. */
function workflow(id, node, credentialType, credentialId, count) {
	return {
		id,
		name: `bench ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${id}-1`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `${id}-hook`,
				parameters: { httpMethod: 'POST', path: id, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} },
			},
			{
				id: `${id}-2`,
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: { jsCode: `return Array.from({ length: ${count} }, (_, n) => ({ json: { n } }));` },
			},
			{ id: `${id}-3`, name: 'Node', position: [400, 0], ...node, credentials: { [credentialType]: { id: credentialId, name: credentialId } } },
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Node', type: 'main', index: 0 }]] },
		},
	};
}

function httpRequestNode(url, credentialType) {
	return {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: credentialType,
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'Content-Type', value: 'application/json' }] },
			options: {},
		},
	};
}

/** The measured node's record in n8n's database for the newest finished execution of a workflow after `afterId`. */
async function nodeRecord(install, userFolder, workflowId, afterId) {
	const script = `
		const sqlite3 = require('sqlite3');
		const { parse } = require('flatted');
		const db = new sqlite3.Database(process.argv[1], sqlite3.OPEN_READONLY);
		db.get("select e.id, e.status, d.data from execution_entity e join execution_data d on d.executionId = e.id where e.workflowId = ? and e.id > ? and e.status not in ('new', 'running', 'waiting') order by e.id desc limit 1", [process.argv[2], Number(process.argv[3])], (error, row) => {
			if (error) { console.error(error.message); process.exit(1); }
			if (!row) { console.log('null'); return db.close(); }
			const task = parse(row.data).resultData.runData.Node?.[0];
			console.log(JSON.stringify({ id: Number(row.id), status: row.status, ms: task?.executionTime, items: task?.data?.main?.[0]?.length ?? 0, error: task?.error?.message }));
			db.close();
		});`;
	for (let tries = 0; tries < 100; tries++) {
		const out = await runCommand(install.node, ['-e', script, path.join(userFolder, '.n8n', 'database.sqlite'), workflowId, String(afterId)], {
			...process.env,
			NODE_PATH: path.join(install.dir, 'node_modules'),
		});
		if (out.status !== 0) throw new Error(`reading the execution failed: ${out.stderr}`);
		const record = JSON.parse(out.stdout.trim());
		if (record) return record;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no finished execution of ${workflowId} after #${afterId}`);
}

/** Resets the peak memory of a process (Linux), then reads it (kB): the peak of one run. */
const clearPeak = (pid) => {
	try {
		fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
	} catch {
		// not Linux, or not allowed: the peak then spans the whole process
	}
};
const statusKb = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main(state) {
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(work, { recursive: true });
	if (!process.env.E2E_SKIP_BUILD) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const install = n8nInstall(process.env.N8N_MAJOR ?? '2');
	state.version = install.version;
	const userFolder = path.join(work, 'user');
	installPackages(userFolder, packVendors({ out: path.join(work, 'packages') }).map((p) => p.tarball));
	const urls = {};
	for (const [name, create] of Object.entries(simulators)) {
		state.sims[name] = await create().start();
		urls[name] = state.sims[name].url;
	}
	const env = n8nEnv(install, userFolder, { port: await freePort(), brokerPort: await freePort() });
	const n8n = (args) => runCommand(install.node, [install.bin, ...args], env, 600_000);

	const plan = cases(urls);
	const credentials = [];
	const workflows = [];
	for (const c of plan) {
		for (const who of ['ours', 'http']) {
			// One credential each, so the HTTP node and ours each get (and keep) their own token.
			const credentialId = `bench${who}${c.key}`.slice(0, 16).padEnd(16, '0');
			credentials.push({ id: credentialId, name: credentialId, type: c.credential.type, data: c.credential.data });
			const node = who === 'ours' ? c.ours : httpRequestNode(c.url, c.credential.type);
			for (const [size, count] of [['std', ITEMS], ...(MEMORY_ITEMS ? [['mem', MEMORY_ITEMS]] : [])]) {
				const id = `bench-${who}-${c.key}-${size}`;
				workflows.push({ case: c, who, size, count, id, json: workflow(id, node, c.credential.type, credentialId, count) });
			}
		}
	}
	fs.writeFileSync(path.join(work, 'credentials.json'), JSON.stringify(credentials));
	fs.mkdirSync(path.join(work, 'workflows'));
	for (const w of workflows) fs.writeFileSync(path.join(work, 'workflows', `${w.id}.json`), JSON.stringify(w.json));
	for (const args of [
		['import:credentials', `--input=${path.join(work, 'credentials.json')}`],
		['import:workflow', '--separate', `--input=${path.join(work, 'workflows')}`],
		...workflows.map((w) => ['publish:workflow', `--id=${w.id}`]),
	]) {
		const r = await n8n(args);
		if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`);
	}
	state.server = await startServer(install, env, path.join(work, 'server.log'));
	const pid = state.server.child.pid;
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	let lastExecution = 0;

	const measure = async (w, latency, repeat) => {
		const sim = state.sims[w.case.sim];
		for (const s of Object.values(state.sims)) s.latencyMs = latency;
		sim.requests = [];
		clearPeak(pid);
		const rssBeforeKb = statusKb(pid, 'VmRSS');
		const started = Date.now();
		let response;
		for (let tries = 0; ; tries++) {
			response = await fetch(`${baseUrl}/webhook/${w.id}`, { method: 'POST', signal: AbortSignal.timeout(600_000) });
			if (response.status !== 404 || tries > 60) break;
			await new Promise((r) => setTimeout(r, 500));
		}
		const text = await response.text();
		const wallMs = Date.now() - started;
		const record = await nodeRecord(install, userFolder, w.id, lastExecution);
		lastExecution = Math.max(lastExecution, record.id);
		const tokenRequests = w.case.tokenPath ? sim.requests.filter((r) => r.path === w.case.tokenPath).length : 0;
		const row = {
			case: w.case.name,
			node: w.who === 'ours' ? 'this package' : 'HTTP Request',
			latencyMs: latency,
			repeat,
			items: w.count,
			outputItems: record.items,
			nodeMs: record.ms,
			wallMs,
			requestsPerItem: Number(((sim.requests.length - tokenRequests) / w.count).toFixed(3)),
			tokenRequests,
			peakRssMb: Math.round(statusKb(pid, 'VmHWM') / 1024),
			// What the run added on top of what n8n held before it (n8n keeps memory it once used).
			addedMb: Math.round((statusKb(pid, 'VmHWM') - rssBeforeKb) / 1024),
			error: record.error ?? (response.status !== 200 ? `HTTP ${response.status}: ${text.slice(0, 200)}` : undefined),
		};
		state.rows.push(row);
		log(`${row.case} | ${row.node} | ${latency} ms | ${w.count} items: node ${row.nodeMs} ms, ${row.requestsPerItem} req/item, ${tokenRequests} token req, peak ${row.peakRssMb} MB (+${row.addedMb})${row.error ? ` | ERROR ${row.error}` : ''}`);
		if (row.error || row.outputItems !== w.count) throw new Error(`${w.id} at ${latency} ms: ${row.error ?? `${row.outputItems} items out of ${w.count}`}`);
	};

	const std = workflows.filter((w) => w.size === 'std');
	// Warm-up (not counted): loads the node types and gets each credential its first token.
	for (const w of std) await measure(w, 0, 0).then(() => state.rows.pop());
	for (const latency of LATENCIES) {
		for (let repeat = 1; repeat <= REPEATS; repeat++) {
			for (const c of plan) {
				const pair = std.filter((w) => w.case === c);
				const ordered = repeat % 2 ? pair : [...pair].reverse();
				for (const w of ordered) await measure(w, latency, repeat);
			}
		}
	}
	for (const w of workflows.filter((x) => x.size === 'mem')) await measure(w, LATENCIES[0] ?? 20, 1);
}

function summarize(rows) {
	const summary = [];
	const keys = [...new Set(rows.map((r) => `${r.case}|${r.latencyMs}|${r.items}`))];
	for (const key of keys) {
		const [name, latency, items] = key.split('|');
		const of = (node) => rows.filter((r) => r.case === name && String(r.latencyMs) === latency && String(r.items) === items && r.node === node);
		const ours = of('this package');
		const http = of('HTTP Request');
		if (!ours.length || !http.length) continue;
		const oursMs = median(ours.map((r) => r.nodeMs));
		const httpMs = median(http.map((r) => r.nodeMs));
		summary.push({
			case: name,
			latencyMs: Number(latency),
			items: Number(items),
			'ours ms': oursMs,
			'HTTP node ms': httpMs,
			'ours ÷ HTTP': Number((oursMs / httpMs).toFixed(2)),
			'ours req/item': median(ours.map((r) => r.requestsPerItem)),
			'HTTP req/item': median(http.map((r) => r.requestsPerItem)),
			'ours token req': Math.max(...ours.map((r) => r.tokenRequests)),
			'HTTP token req': Math.max(...http.map((r) => r.tokenRequests)),
			'ours +MB': Math.max(...ours.map((r) => r.addedMb)),
			'HTTP +MB': Math.max(...http.map((r) => r.addedMb)),
		});
	}
	return summary;
}

const state = { sims: {}, rows: [], server: undefined, version: undefined };
let stopping;
async function stopEverything() {
	stopping ??= (async () => {
		for (const child of runningCommands) child.kill('SIGKILL');
		if (state.server) await stopServer(state.server);
		await Promise.all(Object.values(state.sims).map((s) => s.stop()));
	})();
	await stopping;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopEverything().finally(() => process.exit(130)));

let failure;
try {
	await main(state);
} catch (error) {
	failure = error;
} finally {
	await stopEverything();
}
const summary = summarize(state.rows);
console.log(`\nn8n ${state.version ?? '?'}, ${ITEMS} items per run (memory: ${MEMORY_ITEMS}), latencies ${LATENCIES.join('/')} ms, ${REPEATS} runs each, alternating; medians of the node's execution time\n`);
if (summary.length) console.table(summary);
const outDir = path.join(root, '.bench');
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(outFile, `${JSON.stringify({ n8n: state.version, items: ITEMS, memoryItems: MEMORY_ITEMS, latencies: LATENCIES, repeats: REPEATS, failure: failure ? String(failure.message ?? failure) : undefined, summary, rows: state.rows }, null, 2)}\n`);
console.log(`results: ${path.relative(root, outFile)}`);
if (failure) {
	console.error(`bench failed: ${failure.stack ?? failure}`);
	process.exitCode = 1;
}
