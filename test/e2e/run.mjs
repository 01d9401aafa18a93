// End-to-end run in a real n8n: pack this package, install the tarball into a fresh n8n user folder as the
// Community Nodes installer does, start the vendor simulators, import the credentials, the example workflows
// (../../examples) and the test-only ones (./workflows), run each case in ./cases with `n8n execute`, and
// check its output and what the simulators received. Runs on n8n 2.x (Node 24) and 1.x (Node 20);
// E2E_N8N="2" or "1" picks one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { credentials, secrets } from './credentials.mjs';
import { freePort, installPackage, n8nInstall, n8nEnv, packPackage, parseRun, runCommand, startServer, stopServer } from './n8n.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../simulators/index.js');
const { issuedSecrets } = require('../simulators/framework.js');
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.e2e');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const versions = (process.env.E2E_N8N ?? '2 1').split(/\s+/).filter(Boolean);
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : undefined;

const log = (...args) => console.log('[e2e]', ...args);

async function loadCases() {
	const dir = path.join(import.meta.dirname, 'cases');
	const cases = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
		const mod = await import(path.join(dir, file));
		for (const c of mod.default) cases.push({ ...c, file });
	}
	return cases.filter((c) => !only || only.test(c.workflow));
}

async function runVersion(major, tarball, sims, urls, cases) {
	const install = n8nInstall(major);
	const userFolder = path.join(work, `n8n-${major}`, 'user');
	fs.mkdirSync(userFolder, { recursive: true });
	installPackage(userFolder, tarball);
	const env = n8nEnv(install, userFolder, { port: await freePort(), brokerPort: await freePort() });
	// Asynchronous on purpose: the simulators answer from this very process.
	const n8n = (args) => runCommand(install.node, [install.bin, ...args], env);

	const credsFile = path.join(work, `credentials-${major}.json`);
	fs.writeFileSync(credsFile, JSON.stringify(credentials(urls), null, 2));

	// First start: migrations, and the proof that n8n loads every node and credential without a load error.
	const server = await startServer(install, env, path.join(work, `n8n-${major}`, 'server.log'));
	const serverLog = fs.readFileSync(server.logFile, 'utf8');
	await stopServer(server);
	const loaded = JSON.parse(fs.readFileSync(path.join(userFolder, '.cache/n8n/public/types/nodes.json'), 'utf8')).map((n) => n.name);
	const loadedCreds = JSON.parse(fs.readFileSync(path.join(userFolder, '.cache/n8n/public/types/credentials.json'), 'utf8')).map((c) => c.name);
	const wantedNodes = pkg.n8n.nodes.map((p) => `${pkg.name}.${path.basename(p, '.node.js').replace(/^./, (c) => c.toLowerCase())}`);
	const wantedCreds = pkg.n8n.credentials.map((p) => path.basename(p, '.credentials.js').replace(/^./, (c) => c.toLowerCase()));
	const results = [];
	const record = (name, ok, detail = '') => {
		results.push({ name: `n8n ${install.version}: ${name}`, ok, detail });
		log(`${ok ? 'PASS' : 'FAIL'} n8n ${install.version}: ${name}${detail ? ` — ${detail}` : ''}`);
	};
	const missing = [...wantedNodes.filter((n) => !loaded.includes(n)), ...wantedCreds.filter((c) => !loadedCreds.includes(c))];
	record('package loads every node and credential', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : wantedNodes.join(', '));
	const loadErrors = serverLog.split('\n').filter((l) => /error/i.test(l) && l.includes(pkg.name));
	record('no load error in the n8n log', loadErrors.length === 0, loadErrors.join(' | '));

	for (const [args, what] of [
		[['import:credentials', `--input=${credsFile}`], 'credentials'],
		// The examples users import, and the test-only workflows (such as one saved with an older node version).
		[['import:workflow', '--separate', `--input=${path.join(import.meta.dirname, '../../examples')}`], 'example workflows'],
		[['import:workflow', '--separate', `--input=${path.join(import.meta.dirname, 'workflows')}`], 'test workflows'],
	]) {
		const r = await n8n(args);
		if (r.status !== 0) throw new Error(`import of ${what} failed:\n${r.stdout}\n${r.stderr}`);
	}

	for (const c of cases) {
		for (const sim of Object.values(sims)) sim.reset();
		const runs = [];
		let failure;
		try {
			await c.setup?.({ sims, urls });
			for (let r = 0; r < (c.runs ?? 1); r++) {
				await c.beforeRun?.({ sims, run: r });
				const started = Date.now();
				const out = await n8n(['execute', `--id=${c.workflow}`, '--rawOutput']);
				const shown = `${out.stdout}\n${out.stderr}`;
				for (const secret of [...secrets(), ...issuedSecrets]) {
					assert.ok(!shown.includes(secret), `a secret (password, key or issued token) appeared in the output of ${c.workflow}`);
				}
				const run = parseRun(out.stdout);
				if (!run) throw new Error(`no run data from n8n execute (exit ${out.status}):\n${shown.slice(-3000)}`);
				runs.push({ run, status: out.status, ms: Date.now() - started, shown });
			}
			const last = runs.at(-1);
			const items = (nodeName, runIndex = runs.length - 1) =>
				(runs[runIndex].run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
			const nodeError = (nodeName, runIndex = runs.length - 1) => runs[runIndex].run.data.resultData.runData[nodeName]?.[0]?.error;
			if (!c.expectError) {
				assert.equal(last.run.data.resultData.error, undefined, `the workflow failed: ${JSON.stringify(last.run.data.resultData.error?.message)}`);
			}
			await c.verify({
				items,
				nodeError,
				runs,
				sim: (name) => sims[name].requests,
				sims,
				assert,
			});
		} catch (error) {
			failure = error;
		}
		record(`${c.workflow}${c.title ? ` (${c.title})` : ''}`, !failure, failure ? String(failure.stack ?? failure).split('\n').slice(0, 6).join('\n') : `${runs.map((r) => r.ms).join('+')} ms`);
	}
	return results;
}

async function main() {
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(work, { recursive: true });
	if (!process.env.E2E_SKIP_BUILD) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const tarball = packPackage(root, work);
	log('packed', path.basename(tarball));
	const sims = {};
	const urls = {};
	for (const [name, create] of Object.entries(simulators)) {
		sims[name] = await create().start();
		urls[name] = sims[name].url;
	}
	const cases = await loadCases();
	const results = [];
	try {
		for (const major of versions) results.push(...(await runVersion(major, tarball, sims, urls, cases)));
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
