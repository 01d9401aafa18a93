// `npm run dev`: build, start every vendor simulator and a real n8n on http://localhost:5678 with the four
// vendor packages (npm run pack:vendors) installed side by side as community packages, a demo owner login,
// demo credentials pointing at the simulators and the example workflows imported. Ctrl+C stops everything.
// N8N_PORT and SIMULATOR_PORT choose other ports; N8N_MAJOR=1 runs the last n8n 1.x instead of 2.x.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

import { credentials } from '../test/e2e/credentials.mjs';
import { n8nEnv, n8nInstall, freePort, installPackages, workFolder, runCommand, startServer, stopServer } from '../test/e2e/n8n.mjs';
import { packVendors } from './pack-vendors.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../test/simulators/index.js');
const root = path.resolve(import.meta.dirname, '..');
const devDir = workFolder(root, 'dev');
const major = process.env.N8N_MAJOR ?? '2';
const port = Number(process.env.N8N_PORT ?? 5678);
const simPort = Number(process.env.SIMULATOR_PORT ?? 4101);
const owner = { email: 'demo@example.com', password: 'Demo-pass-1234', firstName: 'Demo', lastName: 'User' };

/** A step a person can follow: what is happening now and how long it usually takes. */
async function step(text, work) {
	const started = Date.now();
	process.stdout.write(`• ${text}… `);
	const result = await work();
	console.log(`done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	return result;
}

async function portIsFree(candidate) {
	return await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(candidate, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Stops early, before anything is started, when a port the user did not choose is taken. */
async function checkPorts() {
	const names = Object.keys(simulators);
	const wanted = [
		{ port, what: 'the n8n editor', variable: 'N8N_PORT', example: port + 1 },
		...names.map((name, n) => ({ port: simPort + n, what: `the ${name} simulator`, variable: 'SIMULATOR_PORT', example: simPort + 100 })),
	];
	for (const entry of wanted) {
		if (await portIsFree(entry.port)) continue;
		console.error(
			`Port ${entry.port}, for ${entry.what}, is already in use (perhaps another n8n or an earlier \`npm run dev\`).\n` +
				`Stop that program, or choose another port, for example:  ${entry.variable}=${entry.example} npm run dev`,
		);
		process.exit(1);
	}
}

let server;
const sims = [];
let stopping = false;

async function stopAll(reason) {
	if (stopping) return;
	stopping = true;
	if (server) await stopServer(server);
	await Promise.all(sims.map((s) => s.stop()));
	console.log(`\n${reason}`);
	process.exit(0);
}

async function main() {
	// Ctrl+C reaches every process of the terminal's group; n8n runs in a group of its own and is stopped here.
	process.on('SIGINT', () => void stopAll('Stopped n8n and the simulators.'));
	process.on('SIGTERM', () => void stopAll('Stopped n8n and the simulators.'));
	await checkPorts();
	fs.mkdirSync(devDir, { recursive: true });

	const packed = await step('Building the four vendor packages (about 20 s)', () => {
		execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		return packVendors({ out: path.join(devDir, 'packages') });
	});
	console.log(`• Checking the n8n ${major === '1' ? '1.x' : '2.x'} install (the first time it is downloaded and built: about 4 minutes)…`);
	const install = n8nInstall(major);
	const userFolder = path.join(devDir, `n8n-${major}`);
	await step(`Installing the packages into n8n ${install.version} (about 15 s)`, () => installPackages(userFolder, packed.map((p) => p.tarball)));

	const urls = await step('Starting the vendor simulators', async () => {
		const found = {};
		for (const [n, [name, create]] of Object.entries(simulators).entries()) {
			const sim = await create().start(simPort + n);
			sims.push(sim);
			found[name] = sim.url;
		}
		return found;
	});

	const bcrypt = createRequire(path.join(install.dir, 'node_modules/n8n/package.json'))('bcryptjs');
	const env = n8nEnv(install, userFolder, {
		port,
		brokerPort: await freePort(),
		env: {
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: 'localhost',
			...(install.major >= 2
				? {
						N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
						N8N_INSTANCE_OWNER_EMAIL: owner.email,
						N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt.hashSync(owner.password, 10),
						N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
						N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
					}
				: {}),
		},
	});
	const credsFile = path.join(devDir, 'credentials.json');
	fs.writeFileSync(credsFile, JSON.stringify(credentials(urls), null, 2));
	await step('Importing the demo credentials and example workflows (about 20 s)', async () => {
		for (const args of [
			['import:credentials', `--input=${credsFile}`],
			['import:workflow', '--separate', `--input=${path.join(root, 'examples')}`],
		]) {
			const r = await runCommand(install.node, [install.bin, ...args], env);
			if (r.status !== 0) throw new Error(`n8n ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
		}
	});
	server = await step('Starting n8n (about 20 s; the first time 40 s, for its database)', () =>
		startServer(install, env, path.join(devDir, 'n8n.log')),
	);
	server.child.on('exit', (code) => {
		if (stopping) return;
		console.error(`n8n stopped on its own (exit ${code}); its log: ${server.logFile}`);
		void stopAll('Stopped the simulators.');
	});
	console.log(`
n8n ${install.version} is running with the four vendor packages installed:

  Editor:     http://localhost:${port}
  Login:      ${install.major >= 2 ? `${owner.email} / ${owner.password}` : 'create the owner account on first visit'}
  Workflows:  the example workflows (Overview → Workflows); their credentials point at the simulators
  Simulators:
${Object.entries(urls)
	.map(([name, url]) => `    ${name.padEnd(10)} ${url}   (requests: ${url}/__sim/requests)`)
	.join('\n')}
  n8n log:    ${server.logFile}

Press Ctrl+C to stop.`);
}

main().catch(async (error) => {
	console.error(`\nnpm run dev could not start: ${error.message ?? error}`);
	if (server) await stopServer(server);
	await Promise.all(sims.map((s) => s.stop()));
	process.exit(1);
});
