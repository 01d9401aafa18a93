// E2E for the polling triggers, on a running n8n: activate the three trigger workflows, change one record at
// each simulator, see exactly that record start its workflow once (and not again at the next poll); then
// stop n8n, change another record, start n8n again and see only that one come out.
// Workflow ids are 16 characters: n8n 1.x saves static data only for ids of at most 16 (2.x: 21).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { issuedSecrets } = require('../../simulators/framework.js');

const WORKFLOWS = {
	flowii: { id: 'flowiiTrigger001', node: 'FLOWii Trigger', polls: (sim) => sim.received('GET', '/orders').length },
	priceEdge: { id: 'priceEdgeTrigger', node: 'PriceEdge Trigger', polls: (sim) => sim.received('POST', '/papi/api/tables/item').length },
	purePro: { id: 'pureProTrigger01', node: 'PurePro Trigger', polls: (sim) => sim.received('GET', '/Worker/ACC001/BU001').length },
};

/** Executions from n8n's own database (read with the sqlite3 and flatted modules of the n8n install). */
async function executions({ install, userFolder, n8nRun }) {
	const script = `
		const sqlite3 = require('sqlite3');
		const { parse } = require('flatted');
		const db = new sqlite3.Database(process.argv[1], sqlite3.OPEN_READONLY);
		db.all('select e.id, e.workflowId, e.status, e.mode, d.data from execution_entity e join execution_data d on d.executionId = e.id order by e.id', (error, rows) => {
			if (error) { console.error(error.message); process.exit(1); }
			console.log(JSON.stringify(rows.map((r) => ({ id: r.id, workflowId: r.workflowId, status: r.status, mode: r.mode, data: parse(r.data) }))));
			db.close();
		});`;
	const out = await n8nRun(install.node, ['-e', script, path.join(userFolder, '.n8n', 'database.sqlite')], {
		...process.env,
		NODE_PATH: path.join(install.dir, 'node_modules'),
	});
	if (out.status !== 0) throw new Error(`reading executions failed: ${out.stderr}`);
	// An execution is written when it starts and gets its data when it ends: only finished ones count.
	return JSON.parse(out.stdout).filter((e) => !['new', 'running', 'waiting'].includes(e.status)).map((e) => ({
		...e,
		items: (e.data.resultData?.runData?.[Object.values(WORKFLOWS).find((w) => w.id === e.workflowId)?.node]?.[0]?.data?.main?.[0] ?? []).map((i) => i.json),
	}));
}

async function waitFor(what, check, timeoutMs = 150_000) {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 2000));
	}
}

export default [
	{
		workflow: 'triggers',
		title: 'activate, change one record per vendor, it comes once; restart n8n, the next change comes once',
		async ownServer({ sims, assert, install, n8n, userFolder, log, start, stop }) {
			const { runCommand } = await import('../n8n.mjs');
			const read = () => executions({ install, userFolder, n8nRun: runCommand });
			const byWorkflow = async () => {
				const all = await read();
				return Object.fromEntries(Object.entries(WORKFLOWS).map(([vendor, w]) => [vendor, all.filter((e) => e.workflowId === w.id)]));
			};
			for (const w of Object.values(WORKFLOWS)) {
				const r = await n8n(install.major >= 2 ? ['publish:workflow', `--id=${w.id}`] : ['update:workflow', `--id=${w.id}`, '--active=true']);
				assert.equal(r.status, 0, `activating ${w.id}: ${r.stdout}${r.stderr}`);
			}
			const before = (await read()).length;
			let server = await start('triggers-1');
			try {
				// Activation polls once: it remembers where things stand and starts nothing.
				await waitFor('the activation polls', () => Object.entries(WORKFLOWS).every(([vendor, w]) => w.polls(sims[vendor]) >= 1));
				const order = sims.flowii.adminActions.addOrder({ name: 'E2E order' }).data.id;
				sims.priceEdge.adminActions.updateRow({ key: { Number: 'ITEM-007' }, set: { Name: 'E2E changed lamp' } });
				sims.purePro.adminActions.addWorker({ reference: 'WKE2E1', firstName: 'Erin' });
				log('changed one record per simulator; waiting for the next poll (every minute)');
				const first = await waitFor('one execution per trigger', async () => {
					const runs = await byWorkflow();
					return Object.values(runs).every((r) => r.length >= 1) ? runs : undefined;
				});
				assert.equal((await read()).length - before, 3, 'three executions, one per trigger');
				assert.deepEqual(first.flowii[0].items.map((i) => [i.id, i.name]), [[order, 'E2E order']]);
				assert.deepEqual(first.priceEdge[0].items.map((i) => [i.Number, i.Name]), [['ITEM-007', 'E2E changed lamp']]);
				assert.deepEqual(first.purePro[0].items.map((i) => [i.reference, i.firstName]), [['WKE2E1', 'Erin']]);
				for (const runs of Object.values(first)) assert.equal(runs[0].status, 'success');
				// The next poll finds nothing new: no second execution.
				const polled = Object.fromEntries(Object.entries(WORKFLOWS).map(([vendor, w]) => [vendor, w.polls(sims[vendor])]));
				await waitFor('one more poll of each trigger', () => Object.entries(WORKFLOWS).every(([vendor, w]) => w.polls(sims[vendor]) > polled[vendor]));
				await new Promise((r) => setTimeout(r, 3000));
				assert.deepEqual(Object.values(await byWorkflow()).map((r) => r.length), [1, 1, 1], 'nothing emitted twice');
			} finally {
				await stop(server);
			}

			// While n8n is down, one more change per vendor; after the restart exactly that one comes.
			const order2 = sims.flowii.adminActions.addOrder({ name: 'E2E order 2' }).data.id;
			sims.priceEdge.adminActions.updateRow({ key: { Number: 'ITEM-008' }, set: { Name: 'E2E changed shelf' } });
			sims.purePro.adminActions.addWorker({ reference: 'WKE2E2', firstName: 'Finn' });
			server = await start('triggers-2');
			try {
				const second = await waitFor('a second execution per trigger after the restart', async () => {
					const runs = await byWorkflow();
					return Object.values(runs).every((r) => r.length >= 2) ? runs : undefined;
				});
				assert.deepEqual(second.flowii[1].items.map((i) => i.id), [order2]);
				assert.deepEqual(second.priceEdge[1].items.map((i) => i.Number), ['ITEM-008']);
				assert.deepEqual(second.purePro[1].items.map((i) => i.reference), ['WKE2E2']);
				const shown = JSON.stringify(await read()) + fs.readFileSync(server.logFile, 'utf8');
				for (const secret of issuedSecrets) assert.ok(!shown.includes(secret), 'no issued token in executions or the log');
			} finally {
				await stop(server);
				for (const w of Object.values(WORKFLOWS)) {
					await n8n(install.major >= 2 ? ['unpublish:workflow', `--id=${w.id}`] : ['update:workflow', `--id=${w.id}`, '--active=false']);
				}
			}
		},
	},
];
