// Rewrites node types of the all-in-one package (n8n-nodes-business-connectors.<node>) in workflow files to
// the vendor package that now provides the node (n8n-nodes-purepro.purePro, n8n-nodes-flowii.flowiiTrigger…),
// found by the node's name starting with the vendor's. For workflows written before the split.
//   node scripts/rename-node-types.mjs [file or folder …]   (default: examples/ and test/e2e/workflows/)
import fs from 'node:fs';
import path from 'node:path';

import { discoverVendors, root } from './vendors.mjs';

const OLD = 'n8n-nodes-business-connectors.';
const vendors = discoverVendors().sort((a, b) => b.key.length - a.key.length);
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['examples', 'test/e2e/workflows'];
const files = targets
	.map((t) => path.resolve(root, t))
	.filter((t) => fs.existsSync(t))
	.flatMap((t) => (fs.statSync(t).isDirectory() ? fs.readdirSync(t).filter((f) => f.endsWith('.json')).map((f) => path.join(t, f)) : [t]));

let changed = 0;
for (const file of files) {
	const text = fs.readFileSync(file, 'utf8');
	const next = text.replace(/"type":(\s*)"n8n-nodes-business-connectors\.([A-Za-z0-9]+)"/g, (whole, space, node) => {
		const owner = vendors.find((v) => node.toLowerCase().startsWith(v.key));
		if (!owner) throw new Error(`${path.relative(root, file)}: no vendor package provides ${OLD}${node}`);
		return `"type":${space}"${owner.name}.${node}"`;
	});
	if (next !== text) {
		fs.writeFileSync(file, next);
		changed++;
		console.log(`rewrote ${path.relative(root, file)}`);
	}
}
console.log(`${changed} of ${files.length} workflow files rewritten`);
