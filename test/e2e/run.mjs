// End-to-end run in a real n8n: pack the four vendor packages (scripts/pack-vendors.mjs), install their
// tarballs side by side into a fresh n8n user folder as the Community Nodes installer does, start the vendor
// simulators, import the credentials, the example workflows (../../examples) and the test-only ones (./workflows), run each case in ./cases with
// `n8n execute`, and check its output and what the simulators received. Then each package alone, in a fresh
// user folder of its own: n8n loads it and one of its workflows runs (a package must not lean on another).
// Cases marked `server: true` call workflows activated on a running n8n (webhook triggers); cases with an
// `ownServer` function start and stop n8n themselves (polling triggers, restarts).
// Runs on n8n 2.x (Node 24) and 1.x (Node 20); E2E_N8N="2" or "1" picks one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { assertNoSecretShown, caseName, loadCases, loadWorkflows, runAndVerify } from './catalog.mjs';
import { credentials } from './credentials.mjs';
import { freePort, installPackages, workFolder, n8nInstall, n8nEnv, parseRun, runCommand, startServer, stopServer } from './n8n.mjs';
import { packVendors } from '../../scripts/pack-vendors.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../simulators/index.js');
const { issuedSecrets } = require('../simulators/framework.js');
const root = path.resolve(import.meta.dirname, '../..');
const work = workFolder(root, 'e2e');
const versions = (process.env.E2E_N8N ?? '2 1').split(/\s+/).filter(Boolean);
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : undefined;

const log = (...args) => console.log('[e2e]', ...args);

/** Starts n8n once in a prepared user folder and records whether it listed the packages' types with no load error. */
async function checkLoaded(install, env, userFolder, packages, logFile, record, label) {
	const server = await startServer(install, env, logFile);
	const serverLog = fs.readFileSync(server.logFile, 'utf8');
	await stopServer(server);
	const types = (file) => JSON.parse(fs.readFileSync(path.join(userFolder, '.cache/n8n/public/types', file), 'utf8')).map((n) => n.name);
	const loaded = types('nodes.json');
	const loadedCreds = types('credentials.json');
	const wantedNodes = packages.flatMap((p) => p.nodeTypes);
	const wantedCreds = packages.flatMap((p) => p.credentialTypes);
	const missing = [...wantedNodes.filter((n) => !loaded.includes(n)), ...wantedCreds.filter((c) => !loadedCreds.includes(c))];
	record(`${label}: every node and credential loads`, missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : wantedNodes.join(', '));
	const loadErrors = serverLog.split('\n').filter((l) => /error/i.test(l) && packages.some((p) => l.includes(p.name)));
	record(`${label}: no load error in the n8n log`, loadErrors.length === 0, loadErrors.join(' | '));
}

/** Imports credentials and workflow files with the n8n CLI. */
async function importAll(n8n, credsFile, workflowFiles, scratch) {
	fs.rmSync(scratch, { recursive: true, force: true });
	fs.mkdirSync(scratch, { recursive: true });
	for (const file of workflowFiles) {
		const target = path.join(scratch, path.basename(file));
		if (fs.existsSync(target)) throw new Error(`two workflow files are named ${path.basename(file)}`);
		fs.copyFileSync(file, target);
	}
	for (const [args, what] of [
		[['import:credentials', `--input=${credsFile}`], 'credentials'],
		[['import:workflow', '--separate', `--input=${scratch}`], 'workflows'],
	]) {
		const r = await n8n(args);
		if (r.status !== 0) throw new Error(`import of ${what} failed:\n${r.stdout}\n${r.stderr}`);
	}
}

/** Runs one case: its workflow with `n8n execute` (as many runs as it asks), then its checks. */
async function runCase(c, n8n, sims, urls, record, label) {
	let runs = [];
	let failure;
	try {
		runs = await runAndVerify(c, {
			sims,
			urls,
			issuedSecrets,
			runOnce: async () => {
				const out = await n8n(['execute', `--id=${c.workflow}`, '--rawOutput']);
				const shown = `${out.stdout}\n${out.stderr}`;
				const run = parseRun(out.stdout);
				if (!run) throw new Error(`no run data from n8n execute (exit ${out.status}):\n${shown.slice(-3000)}`);
				return { run, status: out.status, shown };
			},
		});
	} catch (error) {
		failure = error;
	}
	record(`${label}${caseName(c)}`, !failure, failure ? String(failure.stack ?? failure).split('\n').slice(0, 6).join('\n') : `${runs.map((r) => r.ms).join('+')} ms`);
}

async function runVersion(major, packages, sims, urls, cases) {
	const install = n8nInstall(major);
	const results = [];
	const record = (name, ok, detail = '') => {
		results.push({ name: `n8n ${install.version}: ${name}`, ok, detail });
		log(`${ok ? 'PASS' : 'FAIL'} n8n ${install.version}: ${name}${detail ? ` — ${detail}` : ''}`);
	};
	const workflows = loadWorkflows(packages);
	// A node type no package provides (a name from before the split into four packages, say) would only show
	// as a failed run; named here, it is fixed at once.
	const known = packages.flatMap((p) => p.nodeTypes.flatMap((t) => [t, `${t}Tool`]));
	const unknown = workflows.flatMap((w) => w.types.filter((t) => !t.startsWith('n8n-nodes-base.') && !known.includes(t)).map((t) => `${path.basename(w.file)}: ${t}`));
	record('every workflow uses node types the packages provide', unknown.length === 0, unknown.length ? `${unknown.join(', ')} (node scripts/rename-node-types.mjs fixes old names)` : '');

	// The four packages side by side, as a user who installs them all has them: every case runs here.
	const base = path.join(work, `n8n-${major}`);
	const userFolder = path.join(base, 'user');
	fs.mkdirSync(userFolder, { recursive: true });
	installPackages(userFolder, packages.map((p) => p.tarball));
	const env = n8nEnv(install, userFolder, { port: await freePort(), brokerPort: await freePort() });
	// Asynchronous on purpose: the simulators answer from this very process.
	const n8n = (args) => runCommand(install.node, [install.bin, ...args], env);
	const credsFile = path.join(work, `credentials-${major}.json`);
	fs.writeFileSync(credsFile, JSON.stringify(credentials(urls), null, 2));
	// First start: migrations, and the proof that n8n loads every node and credential without a load error.
	await checkLoaded(install, env, userFolder, packages, path.join(base, 'server.log'), record, 'the four packages side by side');
	await importAll(n8n, credsFile, workflows.map((w) => w.file), path.join(base, 'workflows'));
	for (const c of cases.filter((k) => !k.server && !k.ownServer)) await runCase(c, n8n, sims, urls, record, '');
	await runServerCases(install, env, n8n, cases.filter((k) => k.server), sims, record);
	for (const c of cases.filter((k) => k.ownServer)) {
		for (const sim of Object.values(sims)) sim.reset();
		const started = Date.now();
		const start = (name) => startServer(install, env, path.join(base, `${name}.log`));
		const failure = await c
			.ownServer({ sims, assert, install, n8n, userFolder, log, start, stop: stopServer })
			.then(() => undefined, (error) => error);
		record(caseName(c), !failure, failure ? String(failure.stack ?? failure).split('\n').slice(0, 6).join('\n') : `${Date.now() - started} ms`);
	}

	// Each package alone in a user folder of its own, with only its credentials and workflows: it loads, and
	// the first of its cases runs.
	for (const p of packages) {
		const own = workflows.filter((w) => w.uses.length === 1 && w.uses[0] === p.name);
		const c = cases.find((k) => !k.server && !k.ownServer && own.some((w) => w.id === k.workflow));
		if (!c) continue;
		const aloneBase = path.join(work, `n8n-${major}`, `alone-${p.name}`);
		const aloneFolder = path.join(aloneBase, 'user');
		fs.mkdirSync(aloneFolder, { recursive: true });
		installPackages(aloneFolder, [p.tarball]);
		const aloneEnv = n8nEnv(install, aloneFolder, { port: await freePort(), brokerPort: await freePort() });
		const aloneN8n = (args) => runCommand(install.node, [install.bin, ...args], aloneEnv);
		const aloneCreds = path.join(aloneBase, 'credentials.json');
		fs.writeFileSync(aloneCreds, JSON.stringify(credentials(urls).filter((k) => p.credentialTypes.includes(k.type)), null, 2));
		const label = `${p.name} alone: `;
		try {
			await checkLoaded(install, aloneEnv, aloneFolder, [p], path.join(aloneBase, 'server.log'), record, `${p.name} alone`);
			await importAll(aloneN8n, aloneCreds, own.map((w) => w.file), path.join(aloneBase, 'workflows'));
			await runCase(c, aloneN8n, sims, urls, record, label);
		} catch (error) {
			record(`${label}install, start and import`, false, String(error.message ?? error).split('\n').slice(0, 6).join('\n'));
		}
	}
	return results;
}

/**
 * Cases with `server: true` call a running n8n (webhook triggers): their workflows are activated before the
 * start, then each case gets the server's base URL. The server's log must not show a secret either.
 */
async function runServerCases(install, env, n8n, serverCases, sims, record) {
	if (!serverCases.length) return;
	for (const c of serverCases) {
		const args = install.major >= 2 ? ['publish:workflow', `--id=${c.workflow}`] : ['update:workflow', `--id=${c.workflow}`, '--active=true'];
		const r = await n8n(args);
		if (r.status !== 0) throw new Error(`activating ${c.workflow} failed:\n${r.stdout}\n${r.stderr}`);
	}
	const server = await startServer(install, env, path.join(work, `n8n-${install.major}`, 'server-webhooks.log'));
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	try {
		for (const c of serverCases) {
			for (const sim of Object.values(sims)) sim.reset();
			const started = Date.now();
			let failure;
			try {
				await c.verify({ baseUrl, sims, sim: (name) => sims[name].requests, assert });
				assertNoSecretShown(fs.readFileSync(server.logFile, 'utf8'), issuedSecrets, `the n8n log during ${c.workflow}`);
			} catch (error) {
				failure = error;
			}
			const detail = failure ? String(failure.stack ?? failure).split('\n').slice(0, 6).join('\n') : `${Date.now() - started} ms`;
			record(caseName(c), !failure, detail);
		}
	} finally {
		await stopServer(server);
	}
}

async function main() {
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(work, { recursive: true });
	log('work folder (n8n logs, user folders):', work);
	if (!process.env.E2E_SKIP_BUILD) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const packages = packVendors({ out: path.join(work, 'packages') });
	log('packed', packages.map((p) => path.basename(p.tarball)).join(', '));
	const sims = {};
	const urls = {};
	for (const [name, create] of Object.entries(simulators)) {
		sims[name] = await create().start();
		urls[name] = sims[name].url;
	}
	const cases = await loadCases(only);
	const results = [];
	try {
		for (const major of versions) results.push(...(await runVersion(major, packages, sims, urls, cases)));
	} finally {
		await Promise.all(Object.values(sims).map((s) => s.stop()));
	}
	const failed = results.filter((r) => !r.ok).length;
	console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
