// The README a vendor package is published with (npm and n8n show it): the vendor's section of the
// repository README, between <!-- vendor:<key> --> and <!-- /vendor:<key> -->, with install and
// compatibility text around it. The n8n versions are the ones the e2e suite installs (test/e2e/install-n8n.sh).
import fs from 'node:fs';
import path from 'node:path';

import { root } from './vendors.mjs';

/** The n8n versions every package is tested with, as the e2e installer pins them. */
export function testedN8nVersions() {
	const script = fs.readFileSync(path.join(root, 'test/e2e/install-n8n.sh'), 'utf8');
	const pinned = (major) => script.match(new RegExp(`N8N${major}_VERSION:-([0-9.]+)`))?.[1];
	return { v2: pinned(2), v1: pinned(1) };
}

export function vendorReadme(v) {
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const section = readme.match(new RegExp(`<!-- vendor:${v.key} -->\\n([\\s\\S]*?)<!-- /vendor:${v.key} -->`))?.[1];
	if (!section) throw new Error(`README.md has no <!-- vendor:${v.key} --> … <!-- /vendor:${v.key} --> section for ${v.name}`);
	const base = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const web = base.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
	const manifest = JSON.parse(fs.readFileSync(path.join(v.dir, 'package.json'), 'utf8'));
	const { v2, v1 } = testedN8nVersions();
	// Paths in the repository README are relative to the repository; in the package they become links to it.
	const body = section
		.trim()
		.replace(/^## .*\n+/, '')
		.replace(/^### /gm, '## ')
		.replace(/`((examples|test\/e2e\/workflows)\/[^`]*)`/g, (_m, p, dir) => `[\`${p}\`](${web}/tree/main/${dir})`);
	return `# ${v.name}

${manifest.description}

## Install

- **Self-hosted n8n**: **Settings → Community Nodes → Install**, enter \`${v.name}\`, confirm. Search for
  **${v.vendor}** in the nodes panel.
- **n8n Cloud**: once n8n has verified the package, search for **${v.vendor}** in the nodes panel and install it
  from there.

The package has no dependencies of its own; it uses only what n8n provides.

## Compatibility

Tested with n8n **${v2}** (2.x, Node.js 24) and n8n **${v1}** (1.x, Node.js 20), installed alone and next to the
other packages of the same repository. It uses n8n's node API version 1.

${body}

## Source and licence

Source, issues and the packages for the other systems of this repository: ${web}. Licence: MIT (see LICENSE).
`;
}
