// `npm run bench`: what our nodes cost, measured in a real n8n 2.x against the simulators with a network
// latency added, next to n8n's HTTP Request node doing the same calls with the same credential.
// For each case and each node: 3 runs — 1: no token yet, 2: token kept from run 1, 3: after the vendor expired
// every token. Prints requests per item, token requests per run and time per item (the node's own execution
// time as n8n records it). It measures; it asserts nothing.
//   BENCH_ITEMS=200 BENCH_LATENCY_MS=20 N8N_MAJOR=2 npm run bench
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { freePort, installPackages, workFolder, n8nEnv, n8nInstall, parseRun, runCommand } from '../test/e2e/n8n.mjs';
import { packVendors } from './pack-vendors.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../test/simulators/index.js');
const root = path.resolve(import.meta.dirname, '..');
const work = workFolder(root, 'bench');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 20);

/** Each case: the simulator, a credential, our node's parameters and the HTTP Request node's equivalent. */
const cases = (urls, sims) => [
	{
		name: 'PurePro Customer → Get',
		sim: 'purePro',
		credential: {
			type: 'pureProApi',
			data: { publicApiUrl: urls.purePro, apiToken: require('../test/simulators/purePro.js').TOKEN, accountReference: 'ACC001', businessUnitReference: 'BU001' },
		},
		ours: {
			type: 'n8n-nodes-purepro.purePro',
			parameters: { resource: 'customer', operation: 'get', account: { __rl: true, mode: 'id', value: 'ACC001' }, businessUnit: { __rl: true, mode: 'id', value: 'BU001' }, reference: 'CU0001' },
		},
		url: `${urls.purePro}/Customer/ACC001/BU001/CU0001`,
		tokenPath: undefined,
		expire: undefined,
	},
	{
		name: 'PriceEdge Table → Get Metadata (raw)',
		sim: 'priceEdge',
		credential: {
			type: 'priceEdgeApi',
			data: { apiUrl: `${urls.priceEdge}/papi`, authentication: 'bearerToken', ...require('../test/simulators/priceEdge.js').DOCS_USER, clientId: require('../test/simulators/priceEdge.js').DOCS_CLIENT_ID },
		},
		ours: {
			type: 'n8n-nodes-priceedge.priceEdge',
			parameters: { resource: 'table', operation: 'getMetadata', table: { __rl: true, mode: 'id', value: 'item' }, simplify: false },
		},
		url: `${urls.priceEdge}/papi/api/tables/item`,
		tokenPath: '/papi/token',
		expire: () => sims.priceEdge.state?.tokens?.expireAll?.() ?? sims.priceEdge.adminActions.expireTokens(),
	},
];

function workflow(id, node, credentialType, credentialId) {
	return {
		id,
		name: `bench ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: `${id}-1`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-2`,
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: { jsCode: `return Array.from({ length: ${ITEMS} }, (_, n) => ({ json: { n } }));` },
			},
			{ id: `${id}-3`, name: 'Node', position: [400, 0], ...node, credentials: { [credentialType]: { id: credentialId, name: credentialId } } },
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
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

async function main() {
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(work, { recursive: true });
	execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const install = n8nInstall(process.env.N8N_MAJOR ?? '2');
	const userFolder = path.join(work, 'user');
	installPackages(userFolder, packVendors({ out: path.join(work, 'packages') }).map((p) => p.tarball));
	const sims = {};
	const urls = {};
	for (const [name, create] of Object.entries(simulators)) {
		sims[name] = await create().start();
		sims[name].latencyMs = LATENCY;
		urls[name] = sims[name].url;
	}
	const env = n8nEnv(install, userFolder, { port: await freePort(), brokerPort: await freePort() });
	const n8n = (args) => runCommand(install.node, [install.bin, ...args], env, 600_000);

	const plan = cases(urls, sims);
	const credentials = [];
	const workflows = [];
	plan.forEach((c, i) => {
		for (const who of ['ours', 'http']) {
			const credentialId = `bench${who}${i}cred0000`.slice(0, 16);
			credentials.push({ id: credentialId, name: credentialId, type: c.credential.type, data: c.credential.data });
			const node = who === 'ours' ? c.ours : httpRequestNode(c.url, c.credential.type);
			workflows.push({ case: c, who, id: `bench${who}${i}`, json: workflow(`bench${who}${i}`, node, c.credential.type, credentialId) });
		}
	});
	fs.writeFileSync(path.join(work, 'credentials.json'), JSON.stringify(credentials));
	fs.mkdirSync(path.join(work, 'workflows'));
	for (const w of workflows) fs.writeFileSync(path.join(work, 'workflows', `${w.id}.json`), JSON.stringify(w.json));
	for (const args of [
		['import:credentials', `--input=${path.join(work, 'credentials.json')}`],
		['import:workflow', '--separate', `--input=${path.join(work, 'workflows')}`],
	]) {
		const r = await n8n(args);
		if (r.status !== 0) throw new Error(`${args[0]}: ${r.stdout}\n${r.stderr}`);
	}

	const rows = [];
	for (const w of workflows) {
		const sim = sims[w.case.sim];
		for (const run of [1, 2, 3]) {
			if (run === 3) {
				if (!w.case.expire) continue;
				w.case.expire();
			}
			sim.requests = [];
			const out = await n8n(['execute', `--id=${w.id}`, '--rawOutput']);
			const result = parseRun(out.stdout);
			if (!result) throw new Error(`no run data for ${w.id}:\n${out.stdout.slice(-2000)}\n${out.stderr.slice(-2000)}`);
			const task = result.data.resultData.runData.Node[0];
			const tokenRequests = w.case.tokenPath ? sim.requests.filter((r) => r.path === w.case.tokenPath).length : 0;
			const apiRequests = sim.requests.length - tokenRequests;
			rows.push({
				case: w.case.name,
				node: w.who === 'ours' ? 'this package' : 'HTTP Request',
				run: run === 1 ? '1 (no token yet)' : run === 2 ? '2 (token kept)' : '3 (token expired)',
				items: task.data?.main?.[0]?.length ?? 0,
				'requests/item': (apiRequests / ITEMS).toFixed(2),
				'token requests': tokenRequests,
				'node ms': task.executionTime,
				'ms/item': (task.executionTime / ITEMS).toFixed(2),
				error: task.error ? String(task.error.message).slice(0, 60) : '',
			});
		}
	}
	await Promise.all(Object.values(sims).map((s) => s.stop()));
	console.log(`\nn8n ${install.version}, ${ITEMS} input items, ${LATENCY} ms simulated latency per request\n`);
	console.table(rows);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
