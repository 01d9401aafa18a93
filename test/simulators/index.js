/** Every vendor simulator, by file name: each vendor file exports `create(options)`. */
const fs = require('node:fs');
const path = require('node:path');

// pruvanCaller.js calls a web service as Pruvan does: a client, not a vendor server.
const NOT_VENDORS = new Set(['framework.js', 'cli.js', 'index.js', 'pruvanCaller.js']);

/** @type {Record<string, (options?: any) => import('./framework').Simulator>} */
const simulators = {};
for (const file of fs.readdirSync(__dirname).sort()) {
	if (!file.endsWith('.js') || NOT_VENDORS.has(file)) continue;
	simulators[path.basename(file, '.js')] = require(path.join(__dirname, file)).create;
}
module.exports = simulators;
