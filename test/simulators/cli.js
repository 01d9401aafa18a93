#!/usr/bin/env node
/**
 * Starts vendor simulators from the command line and keeps them running until stopped.
 *   node test/simulators/cli.js [--port 4100] [--out urls.json] [vendor ...]
 * With --port, vendors get consecutive ports from it (in the order listed); otherwise free ports.
 * Prints (and with --out writes) a JSON object { vendor: url }.
 */
const fs = require('node:fs');
const simulators = require('./index');

async function main() {
	const args = process.argv.slice(2);
	let port = 0;
	let out;
	const names = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--port') port = Number(args[++i]);
		else if (args[i] === '--out') out = args[++i];
		else names.push(args[i]);
	}
	const chosen = names.length ? names : Object.keys(simulators);
	const urls = {};
	const running = [];
	for (const [n, name] of chosen.entries()) {
		const factory = simulators[name];
		if (!factory) throw new Error(`unknown simulator ${name} (known: ${Object.keys(simulators).join(', ')})`);
		const sim = await factory().start(port ? port + n : 0);
		running.push(sim);
		urls[name] = sim.url;
	}
	const text = JSON.stringify(urls, null, 2);
	if (out) fs.writeFileSync(out, text);
	console.log(text);
	const stop = async () => {
		await Promise.all(running.map((s) => s.stop()));
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
