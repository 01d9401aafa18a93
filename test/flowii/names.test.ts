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
const run = (parameters: INodeParameters, items?: IDataObject[]) =>
	runNode({ node, parameters, items, credentials: new CredentialStore([new FlowiiApi()]).set('flowiiApi', { ...DEMO, url: `${sim.url}/` }) });
const json = (result: { items: Array<{ json: IDataObject }> }) => result.items.map((i) => i.json);

describe('Words, not codes: FLOWii output keeps each code and adds its name beside it', () => {
	test('partnerType 1 / 2 → partnerTypeName Company / Person', async () => {
		const result = await run({ resource: 'partner', operation: 'getAll', company, returnAll: true });
		expect(json(result).map((p) => [p.partnerType, p.partnerTypeName])).toEqual([
			[1, 'Company'],
			[2, 'Person'],
			[1, 'Company'],
		]);
	});

	test("orders: typeName and stateName from FLOWii's lookups, each fetched once for all orders of the run", async () => {
		const result = await run({ resource: 'order', operation: 'getAll', company, returnAll: true });
		expect(json(result)).toHaveLength(23);
		expect(json(result).every((o) => o.typeName === 'Installation' && o.stateName === 'In progress')).toBe(true);
		expect(sim.received('GET', '/ordertypes')).toHaveLength(1);
		expect(sim.received('GET', '/orderstates')).toHaveLength(1);
		expect(sim.received('GET', '/ordertypes')[0].query).toEqual({ companyId: '101' });
	});

	test('many items read in parallel share one lookup of each kind', async () => {
		const result = await run({ resource: 'order', operation: 'get', company, orderId: '={{ $json.id }}' }, ['7001', '7002', '7003', '7004'].map((id) => ({ id })));
		expect(json(result).map((o) => o.stateName)).toEqual(['In progress', 'In progress', 'In progress', 'In progress']);
		expect(sim.received('GET', '/orderstates')).toHaveLength(1);
	});

	test('no lookup is fetched when no record needs one', async () => {
		await run({ resource: 'partner', operation: 'get', company, partner: { __rl: true, mode: 'id', value: '501' } });
		expect(sim.received('GET', '/ordertypes')).toHaveLength(0);
		expect(sim.received('GET', '/orderstates')).toHaveLength(0);
	});

	test('Simplify off: FLOWii’s raw answer, no names added and no lookups', async () => {
		const result = await run({ resource: 'order', operation: 'get', company, orderId: '7001', simplify: false });
		expect(JSON.stringify(json(result))).not.toMatch(/typeName|stateName/);
		expect(sim.received('GET', '/ordertypes')).toHaveLength(0);
	});
});
