import { fingerprint, takeNew, vendorTime, vendorTimeText, windowStart, type WindowState } from '../../nodes/shared/pollWindow';

const at = (key: string, position: number) => ({ key, at: position, record: key });
const options = { overlap: 10, cap: 3 };

describe('Poll window: overlap, de-duplication and bounded state', () => {
	test('without a state everything found is new, oldest first, and only keys inside the overlap are kept', () => {
		const { fresh, next } = takeNew(undefined, [at('c', 30), at('a', 5), at('b', 25)], options);
		expect(fresh.map((e) => e.key)).toEqual(['a', 'b', 'c']);
		expect(next).toEqual({ latest: 30, seen: { b: 25, c: 30 } });
		expect(windowStart(next, options)).toBe(20);
	});

	test('a key seen before is not new again; a late record inside the overlap is', () => {
		const state: WindowState = { latest: 30, seen: { b: 25, c: 30 } };
		const { fresh, next } = takeNew(state, [at('b', 25), at('c', 30), at('late', 22), at('d', 31)], options);
		expect(fresh.map((e) => e.key)).toEqual(['late', 'd']);
		expect(next.latest).toBe(31);
	});

	test('records older than the window are not new (they were there before)', () => {
		expect(takeNew({ latest: 30, seen: {} }, [at('old', 19)], options).fresh).toEqual([]);
	});

	test('more keys than the cap: the oldest are dropped and the floor rises past them, so none comes twice', () => {
		const first = takeNew({ latest: 100, seen: {} }, [at('a', 95), at('b', 96), at('c', 97), at('d', 98), at('e', 98.5)], options);
		expect(Object.keys(first.next.seen)).toHaveLength(3);
		expect(first.next.floor).toBe(96);
		const again = takeNew(first.next, [at('a', 95), at('b', 96), at('c', 97), at('d', 98), at('e', 98.5)], options);
		expect(again.fresh).toEqual([]);
		expect(windowStart(first.next, options)).toBe(96);
	});

	test('two copies of one record in one answer are one event', () => {
		expect(takeNew(undefined, [at('a', 1), at('a', 1)], options).fresh).toHaveLength(1);
	});

	test('nothing found and nothing known: no position yet, so everything later is new', () => {
		const { next } = takeNew(undefined, [], options);
		expect(next).toEqual({ seen: {} });
		expect(takeNew(next, [at('x', -5)], options).fresh.map((e) => e.key)).toEqual(['x']);
	});

	test('vendor date-times: without a zone read as the vendor wall clock; fractions and zones understood', () => {
		expect(vendorTime('2026-03-01T09:00:00')).toBe(Date.UTC(2026, 2, 1, 9));
		expect(vendorTime('2026-03-01T09:00:00.1234567')).toBe(Date.UTC(2026, 2, 1, 9, 0, 0, 123));
		expect(vendorTime('2026-03-01T09:00:00+01:00')).toBe(Date.UTC(2026, 2, 1, 8));
		expect(vendorTime('not a date')).toBeNaN();
		expect(vendorTimeText(Date.UTC(2026, 2, 1, 9, 0, 0, 999))).toBe('2026-03-01T09:00:00');
	});

	test('a fingerprint ignores key order and differs for different content', () => {
		expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
		expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
	});
});
