// The four published packages, read from the repository: which files belong to which vendor (by file naming,
// so a new trigger or credential joins its package without a list to update) and each package's manifest.
//
// A vendor is a folder nodes/<Vendor>/ holding *.node.ts files; its package holds nodes/<Vendor>/*.node.ts
// (node and triggers), credentials/<Vendor>*.credentials.ts and whatever of nodes/shared those need.
// Its manifest is committed at packages/<package name>/package.json: n8n's community-package scanner looks
// up, in the source repository recorded in a package's npm provenance, the package.json whose name is the
// published name, and fails the package when there is none. The name and description there are written by
// hand; every other field is derived here and kept in sync by `npm run pack:vendors`.
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const packagesDir = path.join(root, 'packages');
const rootManifest = () => JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every vendor folder under nodes/ with its node and credential sources (paths relative to the root). */
export function discoverVendors() {
	const nodesDir = path.join(root, 'nodes');
	const credentialFiles = fs.readdirSync(path.join(root, 'credentials')).filter((f) => f.endsWith('.credentials.ts'));
	const vendors = fs
		.readdirSync(nodesDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && d.name !== 'shared')
		.map((d) => d.name)
		.filter((vendor) => fs.readdirSync(path.join(nodesDir, vendor)).some((f) => f.endsWith('.node.ts')))
		.sort()
		.map((vendor) => ({
			vendor,
			key: vendor.toLowerCase(),
			nodes: fs
				.readdirSync(path.join(nodesDir, vendor))
				.filter((f) => f.endsWith('.node.ts'))
				.sort()
				.map((f) => `nodes/${vendor}/${f}`),
			credentials: [],
		}));
	// The longest vendor name first, so that a vendor named like the start of another cannot take its credential.
	const byLength = [...vendors].sort((a, b) => b.vendor.length - a.vendor.length);
	for (const file of credentialFiles.sort()) {
		const owner = byLength.find((v) => file.startsWith(v.vendor));
		if (!owner) throw new Error(`credentials/${file} belongs to no vendor: its name must start with a folder name under nodes/`);
		owner.credentials.push(`credentials/${file}`);
	}
	for (const v of vendors) {
		const manifest = readManifest(v);
		v.name = manifest.name;
		v.dir = path.join(packagesDir, v.name);
	}
	return vendors;
}

/** The committed manifest of a vendor's package: packages/n8n-nodes-<vendor in lower case>/package.json. */
function readManifest(v) {
	const file = path.join(packagesDir, `n8n-nodes-${v.key}`, 'package.json');
	if (!fs.existsSync(file)) {
		throw new Error(
			`no package for nodes/${v.vendor}: create ${path.relative(root, file)} with its "name" and "description" ` +
				'(the name is permanent once published: saved workflows store it in their node types)',
		);
	}
	const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
	if (manifest.name !== `n8n-nodes-${v.key}`) throw new Error(`${path.relative(root, file)} must be named n8n-nodes-${v.key}, not "${manifest.name}"`);
	return manifest;
}

const toDist = (source) => `dist/${source.replace(/\.ts$/, '.js')}`;

/** The package.json each vendor package is published with: committed name and description, the rest derived. */
export function manifestFor(v) {
	const base = rootManifest();
	const committed = JSON.parse(fs.readFileSync(path.join(v.dir, 'package.json'), 'utf8'));
	const repositoryUrl = base.repository.url;
	const webUrl = repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '');
	return {
		name: v.name,
		version: base.version,
		description: committed.description,
		keywords: [...new Set(['n8n-community-node-package', 'n8n', v.key, ...(committed.keywords ?? [])])],
		license: base.license,
		author: base.author,
		homepage: `${webUrl}#${v.key}`,
		repository: { type: 'git', url: repositoryUrl, directory: `packages/${v.name}` },
		bugs: { url: `${webUrl}/issues` },
		engines: base.engines,
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: 1,
			strict: true,
			credentials: v.credentials.map(toDist),
			nodes: v.nodes.map(toDist),
		},
		peerDependencies: { 'n8n-workflow': '*' },
	};
}

/** Writes manifests that differ from what they should be (or, with check, lists them). Returns the stale ones. */
export function syncManifests(vendors, { check = false } = {}) {
	const stale = [];
	for (const v of vendors) {
		const file = path.join(v.dir, 'package.json');
		const wanted = `${JSON.stringify(manifestFor(v), null, 2)}\n`;
		if (fs.readFileSync(file, 'utf8') === wanted) continue;
		stale.push(path.relative(root, file));
		if (!check) fs.writeFileSync(file, wanted);
	}
	return stale;
}
