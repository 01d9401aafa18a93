// `npm run pack:vendors`: after `npm run build`, one npm tarball per vendor in .packages/ (n8n verifies only
// packages that integrate one service). Each holds only that vendor's nodes, triggers and credentials, the
// files of nodes/shared they require, icons, codex files naming the package's node types, its own README,
// LICENSE and package.json. Every tarball is then unpacked in an empty folder outside the repository and each
// node and credential is loaded from there: a file left out fails the script.
//   node scripts/pack-vendors.mjs [--check] [--out <dir>]
//   --check: fail when a committed manifest in packages/ is out of date instead of rewriting it (CI, release).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { discoverVendors, manifestFor, root, syncManifests } from './vendors.mjs';
import { vendorReadme } from './vendor-readme.mjs';

const dist = path.join(root, 'dist');
const rel = (file) => path.relative(root, file);

function filesUnder(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const full = path.join(dir, d.name);
		return d.isDirectory() ? filesUnder(full) : [full];
	});
}

/** The compiled file a relative require points at, or undefined when the build has none. */
function resolveRequire(fromFile, spec) {
	const base = path.resolve(path.dirname(fromFile), spec);
	return [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/**
 * Every file a vendor's package ships: its whole folder under dist/nodes, its credentials, and, followed
 * require by require and icon by icon, what those use. Using another vendor's files is refused: each package
 * must install and load alone.
 */
function credentialFolder(v) {
	return path.join(dist, 'credentials', v.vendor[0].toLowerCase() + v.vendor.slice(1)) + path.sep;
}

function collectFiles(v, vendors) {
	const own = path.join(dist, 'nodes', v.vendor) + path.sep;
	// A credential's own helpers (its sign-in) sit beside it, in credentials/<vendor>/.
	const ownCredential = credentialFolder(v);
	const shared = path.join(dist, 'nodes', 'shared') + path.sep;
	const others = vendors
		.filter((o) => o !== v)
		.flatMap((o) => [path.join(dist, 'nodes', o.vendor) + path.sep, credentialFolder(o), ...o.credentials.map((c) => path.join(dist, c.replace(/\.ts$/, '.js')))]);
	const seeds = [...v.nodes, ...v.credentials].map((s) => path.join(dist, s.replace(/\.ts$/, '.js')));
	for (const seed of seeds) if (!fs.existsSync(seed)) throw new Error(`${rel(seed)} is missing: run npm run build first`);
	const files = new Set([...filesUnder(own), ...seeds]);
	const queue = [...files].filter((f) => f.endsWith('.js'));
	while (queue.length) {
		const file = queue.pop();
		const code = fs.readFileSync(file, 'utf8');
		const wants = [
			...[...code.matchAll(/require\((["'])(\.[^"']+)\1\)/g)].map((m) => ({ spec: m[2], kind: 'require' })),
			...[...code.matchAll(/(["'])file:([^"']+)\1/g)].map((m) => ({ spec: m[2], kind: 'icon' })),
		];
		for (const { spec, kind } of wants) {
			const target = kind === 'require' ? resolveRequire(file, spec) : path.resolve(path.dirname(file), spec);
			if (!target || !fs.existsSync(target)) throw new Error(`${rel(file)} needs ${spec} (${kind}), which the build did not produce`);
			if (others.some((o) => target === o || target.startsWith(o))) {
				throw new Error(`${rel(file)} uses ${rel(target)} of another vendor: move what both need to nodes/shared`);
			}
			if (!target.startsWith(own) && !target.startsWith(ownCredential) && !target.startsWith(shared) && !seeds.includes(target)) {
				throw new Error(`${rel(file)} uses ${rel(target)}, outside nodes/${v.vendor}, ${rel(ownCredential)} and nodes/shared`);
			}
			if (files.has(target)) continue;
			files.add(target);
			if (target.endsWith('.js')) queue.push(target);
		}
	}
	return [...files].sort();
}

/** Codex files name node types by package: "<package>.<node name>", whatever prefix the source has. */
function codexFor(file, packageName) {
	const codex = JSON.parse(fs.readFileSync(file, 'utf8'));
	if (typeof codex.node === 'string') codex.node = `${packageName}.${codex.node.split('.').slice(1).join('.') || codex.node}`;
	return `${JSON.stringify(codex, null, 2)}\n`;
}

function stage(v, vendors, into) {
	const dir = path.join(into, v.name);
	fs.rmSync(dir, { recursive: true, force: true });
	for (const file of collectFiles(v, vendors)) {
		const target = path.join(dir, path.relative(root, file));
		fs.mkdirSync(path.dirname(target), { recursive: true });
		if (file.endsWith('.node.json')) fs.writeFileSync(target, codexFor(file, v.name));
		else fs.copyFileSync(file, target);
	}
	fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifestFor(v), null, 2)}\n`);
	fs.writeFileSync(path.join(dir, 'README.md'), vendorReadme(v));
	fs.copyFileSync(path.join(root, 'LICENSE'), path.join(dir, 'LICENSE'));
	return dir;
}

/**
 * Loads every node and credential the unpacked package declares, in a folder where only the package and
 * n8n-workflow (which n8n provides) can be found. Returns the node types and credential names n8n will list.
 */
function verify(v, tarball, scratch) {
	const dir = path.join(scratch, `verify-${v.name}`);
	const modules = path.join(dir, 'node_modules');
	const unpacked = path.join(modules, v.name);
	fs.mkdirSync(unpacked, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
	fs.symlinkSync(path.join(root, 'node_modules', 'n8n-workflow'), path.join(modules, 'n8n-workflow'), 'dir');

	const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
	const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, new RegExp(`^dist/nodes/(${v.vendor}|shared)/`), new RegExp(`^dist/credentials/${v.vendor}[^/]*\\.credentials\\.js$`), new RegExp(`^dist/credentials/${v.vendor[0].toLowerCase()}${v.vendor.slice(1)}/[^/]+\\.js$`)];
	const stray = listed.filter((f) => !allowed.some((a) => a.test(f)));
	if (stray.length) throw new Error(`${v.name} holds files of no use to it: ${stray.join(', ')}`);

	const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
	if (manifest.n8n?.strict !== true) throw new Error(`${v.name}: "strict": true missing from the n8n section`);
	for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies', 'scripts']) {
		if (manifest[field]) throw new Error(`${v.name}: package.json must have no ${field}`);
	}

	const probe = `
		const path = require('node:path');
		const fs = require('node:fs');
		const dir = path.dirname(require.resolve(${JSON.stringify(`${v.name}/package.json`)}));
		const manifest = require(path.join(dir, 'package.json'));
		const load = (file) => {
			const exported = require(path.join(dir, file));
			const classes = Object.values(exported).filter((x) => typeof x === 'function');
			if (classes.length !== 1) throw new Error(file + ' must export exactly one class');
			return new classes[0]();
		};
		const nodes = manifest.n8n.nodes.map((file) => {
			const node = load(file);
			const codexFile = path.join(dir, file.replace(/\\.js$/, '.json'));
			const codex = fs.existsSync(codexFile) ? JSON.parse(fs.readFileSync(codexFile, 'utf8')) : undefined;
			return { file, type: manifest.name + '.' + node.description.name, codex: codex && codex.node, icon: node.description.icon };
		});
		const credentials = manifest.n8n.credentials.map((file) => ({ file, name: load(file).name }));
		process.stdout.write(JSON.stringify({ nodes, credentials }));
	`;
	let loaded;
	try {
		loaded = JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: '' } }));
	} catch (error) {
		const why = String(error.stderr || error.message).split('\n').filter((l) => /Error|^- /.test(l)).slice(0, 8);
		throw new Error(`${v.name} does not load from its tarball:\n${why.join('\n')}`);
	}
	for (const node of loaded.nodes) {
		if (node.codex && node.codex !== node.type) throw new Error(`${v.name}: codex of ${node.file} names ${node.codex}, the node type is ${node.type}`);
		const icons = typeof node.icon === 'object' ? Object.values(node.icon) : [node.icon];
		for (const icon of icons.filter((i) => typeof i === 'string' && i.startsWith('file:'))) {
			if (!fs.existsSync(path.resolve(path.dirname(path.join(unpacked, node.file)), icon.slice(5)))) throw new Error(`${v.name}: icon ${icon} of ${node.file} missing`);
		}
	}
	return { nodeTypes: loaded.nodes.map((n) => n.type), credentialTypes: loaded.credentials.map((c) => c.name), files: listed };
}

/** Packs and checks every vendor package into `out`; returns, a vendor each, its tarball and what n8n will list. */
export function packVendors({ out = path.join(root, '.packages'), check = false } = {}) {
	const vendors = discoverVendors();
	const stale = syncManifests(vendors, { check });
	if (stale.length && check) throw new Error(`out of date: ${stale.join(', ')} — run npm run pack:vendors and commit them`);
	if (stale.length) console.log(`updated ${stale.join(', ')} (commit them)`);
	fs.mkdirSync(out, { recursive: true });
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-pack-'));
	try {
		return vendors.map((v) => {
			const staged = stage(v, vendors, scratch);
			const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: staged, encoding: 'utf8' }).trim().split('\n').pop();
			const tarball = path.join(out, name);
			return { ...v, tarball, ...verify(v, tarball, scratch) };
		});
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const outAt = args.indexOf('--out');
	try {
		const packed = packVendors({ out: outAt >= 0 ? path.resolve(args[outAt + 1]) : undefined, check: args.includes('--check') });
		for (const p of packed) {
			console.log(`${rel(p.tarball)}: ${p.files.length} files; nodes ${p.nodeTypes.join(', ')}; credentials ${p.credentialTypes.join(', ')}`);
		}
	} catch (error) {
		console.error(`pack:vendors failed: ${error.message}`);
		process.exitCode = 1;
	}
}
