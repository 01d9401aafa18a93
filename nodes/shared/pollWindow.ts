import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * What a polling trigger keeps between polls, in the workflow's static data (saved with the workflow, so it
 * survives restarts and is read on the main instance in queue mode). Positions are on the vendor's own
 * scale (its clock, or its increasing ids): n8n's clock is never compared with the vendor's.
 */
export interface WindowState extends IDataObject {
	/** The newest position seen; none when nothing was there yet (then everything that shows up is new). */
	latest?: number;
	/** Records already emitted whose position is inside the overlap window: key → position. */
	seen: Record<string, number>;
	/** Nothing at or before this position is looked at again (set when `seen` outgrew its cap). */
	floor?: number;
}

export interface Positioned<T> {
	/** Identifies one version of a record: the same key twice is the same event. */
	key: string;
	/** Where the record stands on the vendor's scale (time in ms, or an id). */
	at: number;
	record: T;
}

export interface WindowOptions {
	/** How far back each poll looks again, for records the vendor shows late. */
	overlap: number;
	/** Most keys remembered. */
	cap: number;
}

/** The position a poll asks the vendor from: the newest seen minus the overlap, never below the floor. */
export function windowStart(state: WindowState, options: WindowOptions): number | undefined {
	if (state.latest === undefined || state.latest === null) return state.floor;
	return Math.max(state.latest - options.overlap, state.floor ?? -Infinity);
}

/**
 * The records not emitted before, oldest first, and the state to keep once they are emitted. Keys are kept
 * only inside the overlap window and at most `cap` of them; when the cap cuts some off, the floor rises past
 * them, so a cut-off record is never emitted twice.
 */
export function takeNew<T>(
	state: WindowState | undefined,
	found: Array<Positioned<T>>,
	options: WindowOptions,
): { fresh: Array<Positioned<T>>; next: WindowState } {
	const seen = state?.seen ?? {};
	const inWindow = (at: number, latest: number | undefined, floor: number | undefined) =>
		(latest === undefined || latest === null || at >= latest - options.overlap) && (floor === undefined || at > floor);
	const fresh = found
		.filter((entry) => Number.isFinite(entry.at) && !(entry.key in seen))
		.filter((entry) => !state || inWindow(entry.at, state.latest, state.floor))
		// Two copies of one record in one answer (a page boundary moved) are one event.
		.filter((entry, index, all) => all.findIndex((other) => other.key === entry.key) === index)
		.sort((a, b) => a.at - b.at);
	const positions = [state?.latest, ...found.map((entry) => entry.at)].filter((at): at is number => Number.isFinite(at));
	const latest = positions.length ? Math.max(...positions) : undefined;
	let floor = state?.floor;
	let kept = [...Object.entries(seen), ...fresh.map((entry): [string, number] => [entry.key, entry.at])]
		.filter(([, at]) => inWindow(at, latest, floor))
		.sort((a, b) => b[1] - a[1]);
	if (kept.length > options.cap) {
		floor = kept[options.cap][1];
		kept = kept.filter(([, at]) => at > (floor as number));
	}
	const next: WindowState = { seen: Object.fromEntries(kept) };
	if (latest !== undefined) next.latest = latest;
	if (floor !== undefined) next.floor = floor;
	return { fresh, next };
}

/**
 * The trigger's remembered state for what it watches now. A state made for other settings (another event,
 * company or table) does not count: the trigger starts again from the current position.
 */
export function remembered(this: IPollFunctions, watching: string): IDataObject | undefined {
	const data = this.getWorkflowStaticData('node');
	return data.watching === watching && data.state && typeof data.state === 'object' ? (data.state as IDataObject) : undefined;
}

/** Keeps the state for the next poll: called only once the poll has everything, so a failed poll keeps the old one. */
export function remember(this: IPollFunctions, watching: string, state: IDataObject): void {
	const data = this.getWorkflowStaticData('node');
	for (const key of Object.keys(data)) delete data[key];
	data.watching = watching;
	data.state = state;
}

/** A short, stable fingerprint of a record's content (FNV-1a), for records that carry no id of their own. */
export function fingerprint(value: unknown): string {
	const text = JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
	);
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
	}
	return h1.toString(36) + h2.toString(36);
}

/** A vendor date-time as ms: `2026-03-01T09:00:00`, with fractions or a zone; without a zone it is read as UTC (the vendor's wall clock). */
export function vendorTime(value: unknown): number {
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(String(value ?? '').trim());
	if (!match) return NaN;
	const [, date, time = '00:00:00', fraction = '', zone = 'Z'] = match;
	const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
	return Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}${fraction.slice(0, 4)}${offset}`);
}

/** Ms back as the vendor writes a date-time without a zone: `2026-03-01T09:00:00`. */
export function vendorTimeText(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}
