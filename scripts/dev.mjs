// `npm run dev`: build, start every vendor simulator and a real n8n on http://localhost:5678 with this package
// installed as a community package, a demo owner login, demo credentials pointing at the simulators and the
// example workflows imported. Ctrl+C stops everything. N8N_MAJOR=1 runs the last n8n 1.x instead of 2.x.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { credentials } from '../test/e2e/credentials.mjs';
import { n8nEnv, n8nInstall, freePort, installPackage, packPackage, runCommand, startServer, stopServer } from '../test/e2e/n8n.mjs';

const require = createRequire(import.meta.url);
const simulators = require('../test/simulators/index.js');
const root = path.resolve(import.meta.dirname, '..');
const devDir = path.join(root, '.dev');
const major = process.env.N8N_MAJOR ?? '2';
const port = Number(process.env.N8N_PORT ?? 5678);
const simPort = Number(process.env.SIMULATOR_PORT ?? 4101);
const owner = { email: 'demo@example.com', password: 'Demo-pass-1234', firstName: 'Demo', lastName: 'User' };

async function main() {
	fs.mkdirSync(devDir, { recursive: true });
	execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const tarball = packPackage(root, devDir);
	const install = n8nInstall(major);
	const userFolder = path.join(devDir, `n8n-${major}`);
	installPackage(userFolder, tarball);

	const sims = {};
	const urls = {};
	for (const [n, [name, create]] of Object.entries(simulators).entries()) {
		sims[name] = await create().start(simPort + n);
		urls[name] = sims[name].url;
	}

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
	for (const args of [
		['import:credentials', `--input=${credsFile}`],
		['import:workflow', '--separate', `--input=${path.join(root, 'examples')}`],
	]) {
		const r = await runCommand(install.node, [install.bin, ...args], env);
		if (r.status !== 0) throw new Error(`n8n ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
	}
	const server = await startServer(install, env, path.join(devDir, 'n8n.log'));
	console.log(`
n8n ${install.version} is running with n8n-nodes-business-connectors installed:

  Editor:    http://localhost:${port}
  Login:     ${install.major >= 2 ? `${owner.email} / ${owner.password}` : 'create the owner account on first visit'}
  Workflows: the example workflows (Overview → Workflows); their credentials point at the simulators
  Simulators:
${Object.entries(urls).map(([name, url]) => `    ${name.padEnd(10)} ${url}   (requests: ${url}/__sim/requests)`).join('\n')}
  Log:       ${path.relative(root, server.logFile)}

Press Ctrl+C to stop.`);
	const stop = async () => {
		await stopServer(server);
		await Promise.all(Object.values(sims).map((s) => s.stop()));
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	server.child.on('exit', (code) => {
		console.error(`n8n stopped (exit ${code}); see ${server.logFile}`);
		process.exit(code ?? 1);
	});
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
