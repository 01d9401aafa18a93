// Credentials for the e2e run and `npm run dev`, pointing at the local simulators: one file a vendor in
// ./credentials, each exporting `credentials(urls)` (urls: simulator name → base URL) and `secrets`.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(import.meta.dirname, 'credentials');
const vendors = await Promise.all(
	fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort().map((f) => import(path.join(dir, f))),
);

export function credentials(urls) {
	return vendors.flatMap((v) => v.credentials(urls));
}

/** Every secret in those credentials: none may appear in any run's output or log. */
export function secrets() {
	return vendors.flatMap((v) => v.secrets);
}
