// The e2e cases (./cases) and the workflows they run (../../examples and ./workflows), and the one way a case's
// runs are checked. Shared by `npm run test:e2e`, which runs each case with `n8n execute`, and by
// `npm run test:queue`, which runs the same cases on queue-mode workers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { secrets } from './credentials.mjs';

const root = path.resolve(import.meta.dirname, '../..');
/** The example workflows users import (examples/) and the test-only ones (./workflows). */
const workflowDirs = [path.join(root, 'examples'), path.join(import.meta.dirname, 'workflows')].filter((d) => fs.existsSync(d));

/** Every case, in file order; `only` (a RegExp) keeps the cases whose workflow id it matches. */
export async function loadCases(only) {
	const dir = path.join(import.meta.dirname, 'cases');
	const cases = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
		const mod = await import(path.join(dir, file));
		for (const c of mod.default) cases.push({ ...c, file });
	}
	return cases.filter((c) => !only || only.test(c.workflow));
}

/** The workflow files with their ids, their JSON, and the packages whose nodes they use. */
export function loadWorkflows(packages) {
	return workflowDirs.flatMap((dir) =>
		fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
			const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
			const uses = packages.filter((p) => json.nodes.some((n) => n.type.startsWith(`${p.name}.`))).map((p) => p.name);
			return { file: path.join(dir, f), id: json.id, json, uses, types: json.nodes.map((n) => n.type) };
		}),
	);
}

/** A case's title as results show it. */
export const caseName = (c) => `${c.workflow}${c.title ? ` (${c.title})` : ''}`;

/** Fails when any secret (a credential's password or key, or a token a simulator issued) is in `shown`. */
export function assertNoSecretShown(shown, issuedSecrets, where) {
	for (const secret of [...secrets(), ...issuedSecrets]) {
		assert.ok(!shown.includes(secret), `a secret (password, key or issued token) appeared in ${where}`);
	}
}

/**
 * Runs a case's runs with `runOnce(runIndex)` — which answers `{ run, status, shown }`, `run.data` being n8n's
 * run data — and then its checks. Throws on the first failed check.
 */
export async function runAndVerify(c, { sims, urls, issuedSecrets, runOnce }) {
	for (const sim of Object.values(sims)) sim.reset();
	const runs = [];
	await c.setup?.({ sims, urls });
	for (let r = 0; r < (c.runs ?? 1); r++) {
		await c.beforeRun?.({ sims, run: r });
		const started = Date.now();
		const outcome = await runOnce(r);
		assertNoSecretShown(outcome.shown, issuedSecrets, `what ${c.workflow} showed`);
		runs.push({ ...outcome, ms: Date.now() - started });
	}
	const runData = (runIndex) => runs[runIndex].run.data.resultData.runData;
	const items = (nodeName, runIndex = runs.length - 1) => (runData(runIndex)[nodeName]?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
	const nodeError = (nodeName, runIndex = runs.length - 1) => runData(runIndex)[nodeName]?.[0]?.error;
	if (!c.expectError) {
		const error = runs.at(-1).run.data.resultData.error;
		assert.equal(error, undefined, `the workflow failed: ${JSON.stringify(error?.message)}`);
	}
	await c.verify({ items, nodeError, runs, sim: (name) => sims[name].requests, sims, assert });
	return runs;
}
