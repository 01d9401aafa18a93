import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FlowiiApi } from '../../credentials/FlowiiApi.credentials';
import { Flowii } from '../../nodes/Flowii/Flowii.node';
import { CredentialStore, runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DEMO } = require('../simulators/flowii');

const sim = useSimulator(() => create());
const node = new Flowii();
const company = { __rl: true, mode: 'id', value: '101' };
const rl = (mode: string, value: string) => ({ __rl: true, mode, value });
const run = (parameters: INodeParameters) =>
	runNode({ node, parameters, credentials: new CredentialStore([new FlowiiApi()]).set('flowiiApi', { ...DEMO, url: `${sim.url}/` }) });
const json = (result: { items: Array<{ json: IDataObject }> }) => result.items.map((i) => i.json);

describe('Order picker (the parameter keeps its name, orderId)', () => {
	test.each([
		['picked from the list', rl('list', '7002')],
		['given by ID', rl('id', ' 7002 ')],
		['typed as text by a workflow saved before the picker', '7002'],
	])('Get: an order %s', async (_how, orderId) => {
		const result = await run({ resource: 'order', operation: 'get', company, orderId });
		expect(result.error).toBeUndefined();
		expect(json(result)[0]).toMatchObject({ id: '7002', name: 'Order 2' });
	});

	test('Get Documents takes the picker too', async () => {
		const result = await run({ resource: 'order', operation: 'getDocuments', company, orderId: rl('list', '7001') });
		expect(json(result).map((d) => d.id)).toEqual(['9001', '9002']);
	});

	test('an expression that gives nothing: refused before anything is sent, named as the editor labels it', async () => {
		const result = await run({ resource: 'order', operation: 'get', company, orderId: rl('id', '={{ "" }}') });
		expect(result.error?.message).toBe('Order is required but is empty (item 1)');
		expect(sim.received('GET', '/orders/')).toHaveLength(0);
	});

	test('the description is a picker with a list and an ID mode', () => {
		const field = node.description.properties.find((p) => p.name === 'orderId');
		expect(field?.type).toBe('resourceLocator');
		expect(field?.modes?.map((m) => m.name)).toEqual(['list', 'id']);
	});
});

describe('Task → Create: order and partner links are pickers', () => {
	test.each([
		['pickers', { order: rl('list', '7001'), partner: rl('id', '502') }],
		['plain IDs saved before the pickers', { order: '7001', partner: '502' }],
	])('links from %s', async (_how, linkTo) => {
		const result = await run({ resource: 'task', operation: 'create', company, caption: 'Call', activityType: '1', linkTo });
		expect(result.error).toBeUndefined();
		expect(sim.received('POST', '/tasks')[0].body.data.relationships).toMatchObject({
			order: { data: { type: 'order', id: '7001' } },
			partner: { data: { type: 'partner', id: '502' } },
		});
	});
});
