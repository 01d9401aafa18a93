/**
 * Runs `task` for every entry with at most `limit` in flight, keeping results in input order.
 * With `stopOnError`, no new task starts after one has failed (in-flight ones finish).
 */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function mapWithConcurrency<I, T>(
	entries: readonly I[],
	limit: number,
	task: (entry: I, position: number) => Promise<T>,
	stopOnError = false,
): Promise<Array<Settled<T> | undefined>> {
	const results: Array<Settled<T> | undefined> = new Array(entries.length).fill(undefined);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < entries.length && !(stopOnError && failed)) {
			const position = next++;
			try {
				results[position] = { ok: true, value: await task(entries[position], position) };
			} catch (error) {
				failed = true;
				results[position] = { ok: false, error };
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(limit) || 1, entries.length));
	await Promise.all(Array.from({ length: workers }, worker));
	return results;
}
