import type { IDataObject } from 'n8n-workflow';

import { Pruvan } from '../../nodes/Pruvan/Pruvan.node';
import { CredentialStore, runNode } from '../harness/n8n';

const node = new Pruvan();
// The answers send nothing to Pruvan: no push key credential is filled in.
const noCredentials = () => new CredentialStore([]);

const order = (n: number, extra: IDataObject = {}): IDataObject => ({
	workOrderNumber: `WO-${n}`,
	address1: `${n} Main St`,
	city: 'Austin',
	state: 'TX',
	zip: '78701',
	services: 'Grass Cut, Winterization',
	...extra,
});

const answerParameters = {
	resource: 'workOrder',
	operation: 'buildAnswer',
	workOrderNumber: '={{ $json.workOrderNumber }}',
	address1: '={{ $json.address1 }}',
	city: '={{ $json.city }}',
	state: '={{ $json.state }}',
	zip: '={{ $json.zip }}',
	services: '={{ $json.services }}',
	additionalFields: { status: '={{ $json.status }}', clientStatus: '={{ $json.clientStatus }}' },
};

async function answer(items: IDataObject[], parameters: IDataObject = {}) {
	return await runNode({ node, credentials: noCredentials(), parameters: { ...answerParameters, ...parameters }, items });
}

describe('Work Order → Build Work Order Answer', () => {
	test('all items become ONE item {workOrders, error:""}, each order in the shape the push POST takes', async () => {
		const result = await answer([order(1, { status: 'RUSH', clientStatus: 'Ordered' }), order(2)]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([
			{
				workOrders: [
					{
						workOrderNumber: 'WO-1',
						address1: '1 Main St',
						city: 'Austin',
						state: 'TX',
						zip: '78701',
						services: [{ serviceName: 'Grass Cut' }, { serviceName: 'Winterization' }],
						status: 'RUSH',
						clientStatus: 'Ordered',
					},
					{
						workOrderNumber: 'WO-2',
						address1: '2 Main St',
						city: 'Austin',
						state: 'TX',
						zip: '78701',
						services: [{ serviceName: 'Grass Cut' }, { serviceName: 'Winterization' }],
					},
				],
				error: '',
			},
		]);
	});

	test('a work order missing a field needed to create it is left out and named: field label and item counted from 1', async () => {
		const result = await answer([order(1), order(2, { address1: '' }), order(3)]);
		const [{ json }] = result.items;
		expect((json.workOrders as Array<{ workOrderNumber: string }>).map((o) => o.workOrderNumber)).toEqual(['WO-1', 'WO-3']);
		expect(json.error).toBe(
			"1 of 3 work orders were left out because Pruvan would refuse them — item 2 (WO-2): Address Line 1: Enter the first line of the address: Pruvan needs it to create a work order. Fix them in n8n's workflow, then import again.",
		);
	});

	test('a status other than RUSH or REWORK is caught with Pruvan\'s rule', async () => {
		const result = await answer([order(1, { status: 'CLOSED' })]);
		expect(result.items[0].json).toEqual({
			workOrders: [],
			error: expect.stringContaining('item 1 (WO-1): Status: Choose RUSH or REWORK: these are the only statuses an integration may set'),
		});
	});

	test('several problems of one order are all named; a missing work order number too', async () => {
		const result = await answer([order(1, { city: '', services: '' }), order(2, { workOrderNumber: '' })]);
		const error = String(result.items[0].json.error);
		expect(error).toContain('item 1 (WO-1): City: Enter the city: Pruvan needs it to create a work order, Services: Enter at least one service name: Pruvan needs it to create a work order');
		expect(error).toContain('item 2: Work Order Number: Enter the work order number: Pruvan creates or updates the order with this number');
	});

	test('"Send None" sends no work orders while any would be refused', async () => {
		const result = await answer([order(1), order(2, { zip: '' })], { options: { onRefused: 'sendNone' } });
		expect(result.items[0].json).toEqual({
			workOrders: [],
			error: expect.stringMatching(/^No work orders were sent: 1 of 2 would be refused by Pruvan — item 2 \(WO-2\): ZIP: Enter the ZIP code/),
		});
	});

	test('many problems: five are named, the rest counted (Pruvan shows one error line)', async () => {
		const items = Array.from({ length: 8 }, (_, n) => order(n + 1, { zip: '' }));
		const error = String((await answer(items)).items[0].json.error);
		expect(error).toContain('item 5 (WO-5)');
		expect(error).not.toContain('item 6 (WO-6)');
		expect(error).toContain('and 3 more');
	});

	test('Check Fields Needed to Create off: an update with only a client status passes', async () => {
		const result = await answer([{ workOrderNumber: 'WO-9', clientStatus: 'Approved' }], { options: { checkCreateFields: false } });
		expect(result.items[0].json).toEqual({ workOrders: [{ workOrderNumber: 'WO-9', clientStatus: 'Approved' }], error: '' });
	});

	test('the empty item of "Always Output Data" (nothing changed since the last import) answers an empty list', async () => {
		const result = await answer([{}]);
		expect(result.items.map((i) => i.json)).toEqual([{ workOrders: [], error: '' }]);
	});

	test('no push key credential is needed to build an answer', () => {
		const [pushKey] = node.description.credentials!;
		expect(pushKey.displayOptions?.show?.operation).toEqual(['refresh', 'upsert']);
	});
});

describe('Work Order → Build Status Answer', () => {
	test('one item {"status":true,"error":""} however many items come in', async () => {
		const result = await runNode({
			node,
			credentials: noCredentials(),
			parameters: { resource: 'workOrder', operation: 'buildStatusAnswer' },
			items: [{ a: 1 }, { a: 2 }, { a: 3 }],
		});
		expect(result.items.map((i) => i.json)).toEqual([{ status: true, error: '' }]);
	});
});
