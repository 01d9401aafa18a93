/** Starts a vendor simulator for a test file: fresh state before each test, stopped at the end. */
export type Sim = InstanceType<typeof import('../simulators/framework').Simulator>;

export function useSimulator<T extends Sim>(create: () => T): T {
	const sim = create();
	beforeAll(async () => {
		await sim.start();
	});
	beforeEach(() => sim.reset());
	afterAll(async () => {
		await sim.stop();
	});
	return sim;
}

/** Everything a run could show a person: output items, errors with their causes and descriptions. */
export function everythingShown(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, function (_key, v: unknown) {
		if (v && typeof v === 'object') {
			if (seen.has(v)) return '[circular]';
			seen.add(v);
		}
		if (v instanceof Error) {
			const e = v as Error & Record<string, unknown>;
			return { ...e, name: e.name, message: e.message, stack: e.stack, description: e.description, cause: e.cause };
		}
		return v;
	});
}

export function expectNoSecrets(value: unknown, secrets: string[]) {
	const shown = everythingShown(value);
	for (const secret of secrets) expect(shown).not.toContain(secret);
}
