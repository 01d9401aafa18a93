import { PruvanApi } from '../../credentials/PruvanApi.credentials';
import { Pruvan } from '../../nodes/Pruvan/Pruvan.node';
import { workOrderRules } from '../../nodes/Pruvan/actions/workOrder/upsert.operation';
import { parsePushKey } from '../../credentials/pruvan/pushKey';
import { violations } from '../../nodes/shared/validation';
import { CredentialStore, runNode } from '../harness/n8n';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DOCS_KEY } = require('../simulators/pruvan');

const sim = useSimulator(() => create());
const node = new Pruvan();

function credentials(pushKey: string) {
	return new CredentialStore([new PruvanApi()]).set('pruvanApi', { pushApiKey: pushKey, baseUrl: `${sim.url}/api/` });
}
const pushKeyUrl = () => `https://direct.pruvan.com/api/?apiKey=${DOCS_KEY}`;

const order = (n: number, extra: Record<string, unknown> = {}) => ({
	workOrderNumber: `WO-${n}`,
	address1: `${n} Main St`,
	city: 'Austin',
	state: 'TX',
	zip: '78701',
	services: 'Grass Cut, Winterization',
	...extra,
});

const upsertParameters = {
	resource: 'workOrder',
	operation: 'upsert',
	workOrderNumber: '={{ $json.workOrderNumber }}',
	address1: '={{ $json.address1 }}',
	city: '={{ $json.city }}',
	state: '={{ $json.state }}',
	zip: '={{ $json.zip }}',
	services: '={{ $json.services }}',
};

describe('Push key', () => {
	test('the whole push-key URL, as copied from Pruvan, is accepted', () => {
		expect(parsePushKey(pushKeyUrl())).toEqual({ ok: true, key: DOCS_KEY });
	});
	test('the bare key is accepted', () => {
		expect(parsePushKey(DOCS_KEY)).toEqual({ ok: true, key: DOCS_KEY });
	});
	test.each([
		['empty', ''],
		['a URL without apiKey', 'https://direct.pruvan.com/api/'],
		['a cut-off key', DOCS_KEY.slice(0, 12)],
		['a key with spaces', `${DOCS_KEY.slice(0, 40)} ${DOCS_KEY.slice(40)}`],
	])('%s is refused with a clear message', (_label, value) => {
		const parsed = parsePushKey(value);
		expect(parsed.ok).toBe(false);
	});
});

describe('Work Order → Refresh', () => {
	test('GET the push-key URL starts a refresh: {"response":true,"error":"success"}', async () => {
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: { resource: 'workOrder', operation: 'refresh' } });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ refreshStarted: true, status: 'success' }]);
		expect(sim.received('GET', '/api/')).toHaveLength(1);
		expect(sim.requests[0].query).toEqual({ apiKey: DOCS_KEY });
		expect(sim.state.refreshes[DOCS_KEY]).toBe(1);
	});

	test('"invalid clientCode" (HTTP 200) is an error telling the user to copy the whole push key again', async () => {
		const wrongKey = 'X'.repeat(60);
		const result = await runNode({ node, credentials: credentials(wrongKey), parameters: { resource: 'workOrder', operation: 'refresh' } });
		expect(result.error?.message).toMatch(/invalid clientCode/);
		expect(result.error?.description).toMatch(/Integrations → select your integration → Edit/);
		expectNoSecrets(result, [wrongKey]);
	});

	test('a cut-off push key fails before any request is sent', async () => {
		const result = await runNode({ node, credentials: credentials(DOCS_KEY.slice(0, 10)), parameters: { resource: 'workOrder', operation: 'refresh' } });
		expect(result.error?.message).toMatch(/cut off/);
		expect(sim.requests).toHaveLength(0);
	});

	test('Continue On Fail: a failed refresh becomes an error item, paired with its input', async () => {
		const result = await runNode({
			node,
			credentials: credentials('Y'.repeat(60)),
			parameters: { resource: 'workOrder', operation: 'refresh' },
			items: [{ a: 1 }, { a: 2 }],
			continueOnFail: true,
		});
		// One refresh per run, however many items: the one failure is one error item.
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
		expect(String(result.items[0].json.error)).toMatch(/invalid clientCode/);
		expect(sim.requests).toHaveLength(1);
	});

	test('100 input items start one refresh, not 100; "Refresh Once per Item" starts one each', async () => {
		const items = Array.from({ length: 100 }, (_, n) => ({ n }));
		const once = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: { resource: 'workOrder', operation: 'refresh' }, items });
		expect(once.error).toBeUndefined();
		expect(once.items).toHaveLength(1);
		expect(sim.received('GET', '/api/')).toHaveLength(1);
		sim.reset();
		const each = await runNode({
			node,
			credentials: credentials(pushKeyUrl()),
			parameters: { resource: 'workOrder', operation: 'refresh', oncePerItem: true },
			items: items.slice(0, 3),
		});
		expect(each.items).toHaveLength(3);
		expect(sim.received('GET', '/api/')).toHaveLength(3);
	});

	test('the push key never appears in output or errors, even when Pruvan fails with an HTML page', async () => {
		sim.fault({ path: '/api', status: 500, body: `<html>error for ${DOCS_KEY}</html>` });
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: { resource: 'workOrder', operation: 'refresh' } });
		expect(result.error?.message).toMatch(/unavailable at the moment \(HTTP 500\)/);
		expectNoSecrets(result, [DOCS_KEY]);
	});
});

describe('Work Order → Create or Update', () => {
	test('form encoding exactly as documented: workOrders = {"workOrders":[…]}', async () => {
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(1)] });
		expect(result.error).toBeUndefined();
		const [request] = sim.received('POST', '/api/');
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(Object.keys(request.body)).toEqual(['workOrders']);
		expect(JSON.parse(request.body.workOrders)).toEqual({
			workOrders: [
				{
					workOrderNumber: 'WO-1',
					address1: '1 Main St',
					city: 'Austin',
					state: 'TX',
					zip: '78701',
					services: [{ serviceName: 'Grass Cut' }, { serviceName: 'Winterization' }],
				},
			],
		});
		expect(result.items[0].json).toEqual({ workOrderNumber: 'WO-1', accepted: true, status: 'success', batch: 1 });
	});

	test('an existing work order number updates the order instead of creating one', async () => {
		await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(7)] });
		await runNode({
			node,
			credentials: credentials(pushKeyUrl()),
			parameters: { ...upsertParameters, additionalFields: { clientStatus: 'Approved' }, options: { checkCreateFields: false } },
			items: [{ workOrderNumber: 'WO-7' }],
		});
		expect(sim.state.created).toBe(1);
		expect(sim.state.updated).toBe(1);
		expect(sim.state.orders.get('WO-7').clientStatus).toBe('Approved');
	});

	test('1,000 items go in few requests (batch size 100 → 10 POSTs), every output paired with its input', async () => {
		const items = Array.from({ length: 1000 }, (_, n) => order(n));
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items });
		expect(result.error).toBeUndefined();
		expect(sim.received('POST', '/api/')).toHaveLength(10);
		expect(result.items).toHaveLength(1000);
		expect(result.items.every((item, i) => (item.pairedItem as { item: number }).item === i)).toBe(true);
		expect(result.items[999].json.workOrderNumber).toBe('WO-999');
		expect(sim.state.created).toBe(1000);
	});

	test('"Assign to everyone" sends ~all~', async () => {
		await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: { ...upsertParameters, assignment: 'everyone' }, items: [order(1)] });
		expect(JSON.parse(sim.requests[0].body.workOrders).workOrders[0].assignedTo).toBe('~all~');
	});

	test.each([
		['address1', 'Address Line 1: Enter the first line of the address: Pruvan needs it to create a work order.'],
		['city', 'City: Enter the city: Pruvan needs it to create a work order.'],
		['state', 'State: Enter the state: Pruvan needs it to create a work order.'],
		['zip', 'ZIP: Enter the ZIP code: Pruvan needs it to create a work order.'],
		['services', 'Services: Enter at least one service name: Pruvan needs it to create a work order.'],
	])(
		'missing %s fails before sending, naming the field as the editor labels it and the item counted from 1',
		async (field, said) => {
			const result = await runNode({
				node,
				credentials: credentials(pushKeyUrl()),
				parameters: upsertParameters,
				items: [order(1, { [field]: '' })],
			});
			expect(result.error?.message).toBe(said);
			expect(result.error?.description).toBe('Item 1 was not sent to Pruvan.');
			expect(sim.requests).toHaveLength(0);
		},
	);

	test('status is limited to RUSH or REWORK', () => {
		expect(violations(workOrderRules, { workOrderNumber: '1', checkCreateFields: false, status: 'RUSH' })).toEqual([]);
		expect(violations(workOrderRules, { workOrderNumber: '1', checkCreateFields: false, status: 'CLOSED' })).toEqual([
			{ field: 'status', message: 'Choose RUSH or REWORK: these are the only statuses an integration may set.' },
		]);
	});

	test('Continue On Fail: the bad item becomes an error item, the good ones are sent', async () => {
		const result = await runNode({
			node,
			credentials: credentials(pushKeyUrl()),
			parameters: upsertParameters,
			items: [order(1), order(2, { zip: '' }), order(3)],
			continueOnFail: true,
		});
		expect(result.items.map((i) => [i.pairedItem, i.json.workOrderNumber ?? i.json.error])).toEqual([
			[{ item: 0 }, 'WO-1'],
			[{ item: 1 }, expect.stringMatching(/^ZIP: /)],
			[{ item: 2 }, 'WO-3'],
		]);
		expect(JSON.parse(sim.requests[0].body.workOrders).workOrders.map((o: { workOrderNumber: string }) => o.workOrderNumber)).toEqual(['WO-1', 'WO-3']);
	});

	test('a refusal that echoes the push key shows Pruvan\'s reason without the key', async () => {
		sim.fault({ method: 'POST', path: '/api', status: 200, body: { response: false, error: `key ${DOCS_KEY} is suspended` } });
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(1)] });
		expect(result.error?.message).toBe('Pruvan refused the request: key [hidden] is suspended');
		expectNoSecrets(result, [DOCS_KEY]);
	});

	test('a refused batch is an error for each of its items, with Pruvan\'s reason', async () => {
		sim.fault({ method: 'POST', path: '/api', status: 200, body: { response: false, error: 'service Grass Cut unknown' } });
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(1), order(2)], continueOnFail: true });
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Pruvan refused the request: service Grass Cut unknown',
			'Pruvan refused the request: service Grass Cut unknown',
		]);
	});
});

describe('Create or Update at the edges', () => {
	test.each([
		['null', null],
		['missing (undefined)', undefined],
	])('a required field that is %s is refused for that work order; "null" or "undefined" is never sent', async (_label, value) => {
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(1, { city: value })] });
		expect(result.error?.message).toBe('City: Enter the city: Pruvan needs it to create a work order.');
		expect(sim.requests).toHaveLength(0);
	});

	test('an object where a text belongs is refused, naming the field', async () => {
		const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: upsertParameters, items: [order(1, { zip: { code: 1 } })] });
		expect(result.error?.message).toBe('ZIP must be a text, not an object (item 1)');
		expect(sim.requests).toHaveLength(0);
	});

	test.each([
		['0', 0],
		['-1', -1],
		['abc', 'abc'],
		['empty', ''],
	])('Batch Size %s from an expression is an error, never a loop or 0 items in silence', async (_label, value) => {
		const result = await runNode({
			node,
			credentials: credentials(pushKeyUrl()),
			parameters: { ...upsertParameters, options: { batchSize: '={{ $json.size }}' } },
			items: [{ ...order(1), size: value }],
		});
		expect(result.error?.message).toMatch(/^Options → Batch Size must be a whole number from 1 to 1000, not .* \(item 1\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	test('when a batch fails, later batches are not sent and the error says exactly what was accepted, refused and not sent', async () => {
		const items = Array.from({ length: 5 }, (_, n) => order(n + 1));
		// The second POST is refused; the first was accepted.
		let posts = 0;
		const original = sim.routes.find((r: { method: string }) => r.method === 'POST');
		const handler = original.handler;
		original.handler = async (req: unknown) => (++posts === 2 ? { status: 200, body: { response: false, error: 'batch refused' } } : await handler(req));
		try {
			const result = await runNode({ node, credentials: credentials(pushKeyUrl()), parameters: { ...upsertParameters, options: { batchSize: 2 } }, items });
			expect(result.error?.message).toBe('Pruvan refused the request: batch refused');
			expect(result.error?.description).toBe(
				'Sent and accepted by Pruvan: WO-1, WO-2. Refused with this batch (2 of 3): WO-3, WO-4. Not sent: WO-5. Nothing was sent twice. Fix the cause and run again with the refused and unsent work orders.',
			);
			expect(sim.received('POST', '/api/')).toHaveLength(2);
			sim.reset();
			posts = 0;
			const each = await runNode({
				node,
				credentials: credentials(pushKeyUrl()),
				parameters: { ...upsertParameters, options: { batchSize: 2 } },
				items,
				continueOnFail: true,
			});
			expect(each.items.map((i) => i.json.accepted ?? i.json.error)).toEqual([
				true,
				true,
				'Pruvan refused the request: batch refused',
				'Pruvan refused the request: batch refused',
				'Work order WO-5 was not sent: an earlier batch failed',
			]);
		} finally {
			original.handler = handler;
		}
	});
});
