import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PureProTrigger } from '../../nodes/PurePro/PureProTrigger.node';
import { WORKER_PAGE_CEILING } from '../../nodes/PurePro/triggerEvents';
import { Poller } from '../harness/poll';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
import { byId, create, credentials, CURRENT_PERIOD, TOKEN } from './helpers';

const sim = useSimulator(() => create());
const trigger = (parameters: INodeParameters, store = credentials(sim.url)) => new Poller(new PureProTrigger(), parameters, store);
const admin = (action: string, body: IDataObject = {}) => sim.adminActions[action](body) as { data: IDataObject };
const refs = (records: IDataObject[]) => records.map((r) => r.reference);
const workerCalls = () => sim.received('GET', '/Worker/ACC001/BU001');

describe('PurePro Trigger: New Worker', () => {
	test('the first poll remembers where the list ends and emits nothing; then each added worker comes once', async () => {
		const poller = trigger({ event: 'newWorker' });
		expect(await poller.poll()).toEqual([]);
		admin('addWorker', { reference: 'WK9001', firstName: 'Ada' });
		admin('addWorker', { reference: 'WK9002' });
		expect(await poller.poll()).toEqual([expect.objectContaining({ reference: 'WK9001', firstName: 'Ada' }), expect.objectContaining({ reference: 'WK9002' })]);
		expect(await poller.poll()).toEqual([]);
	});

	test('later polls read only from the page where the list ended, with Page and Size', async () => {
		const poller = trigger({ event: 'newWorker' });
		await poller.poll();
		expect(workerCalls().map((c: { query: IDataObject }) => c.query)).toEqual([
			{ Page: '1', Size: '50' },
			{ Page: '2', Size: '50' },
			{ Page: '3', Size: '50' },
		]);
		sim.requests.length = 0;
		await poller.poll();
		// 120 workers: the remembered last page (workers 71–120) starts on page 2.
		expect(workerCalls().map((c: { query: IDataObject }) => c.query.Page)).toEqual(['2', '3']);
	});

	test('more new workers than one page: all of them, in list order, each once; the state stays one page', async () => {
		const poller = trigger({ event: 'newWorker' });
		await poller.poll();
		const added = Array.from({ length: 130 }, (_, n) => admin('addWorker', { reference: `NW${String(n).padStart(3, '0')}` }).data.reference);
		expect(refs(await poller.poll())).toEqual(added);
		expect(await poller.poll()).toEqual([]);
		const state = poller.staticData.state as { count: number; tail: string[] };
		expect(state.count).toBe(250);
		expect(state.tail).toHaveLength(50);
	});

	test('workers removed from the list (it moves up) neither hide a new worker nor repeat old ones', async () => {
		const poller = trigger({ event: 'newWorker' });
		await poller.poll();
		for (let n = 1; n <= 100; n++) admin('removeWorker', { reference: `WK${String(n).padStart(4, '0')}` });
		admin('addWorker', { reference: 'WK9100' });
		expect(refs(await poller.poll())).toEqual(['WK9100']);
		expect(await poller.poll()).toEqual([]);
	});

	test('survives an n8n restart', async () => {
		const poller = trigger({ event: 'newWorker' });
		await poller.poll();
		poller.restart();
		admin('addWorker', { reference: 'WK9200' });
		expect(refs(await poller.poll())).toEqual(['WK9200']);
	});

	test('a PurePro error fails the poll with its words and keeps the position', async () => {
		const poller = trigger({ event: 'newWorker' });
		await poller.poll();
		admin('addWorker', { reference: 'WK9300' });
		const before = JSON.stringify(poller.staticData);
		sim.fault({ method: 'GET', path: '/Worker/ACC001/BU001', status: 403, body: { message: 'This token may not read workers of BU001.' } });
		const failure = await poller.poll().catch((e: Error) => e);
		expect((failure as Error).message).toContain('This token may not read workers of BU001.');
		expectNoSecrets(failure, [TOKEN]);
		expect(JSON.stringify(poller.staticData)).toBe(before);
		expect(refs(await poller.poll())).toEqual(['WK9300']);
	});

	test('an empty business unit at activation: every worker added later is new', async () => {
		const poller = trigger({ event: 'newWorker', account: byId('ACC002'), businessUnit: byId('BU010') });
		expect(await poller.poll()).toEqual([]);
		admin('addWorker', { acc: 'ACC002', bu: 'BU010', reference: 'WK9400' });
		expect(refs(await poller.poll())).toEqual(['WK9400']);
	});

	test('"Fetch Test Event" returns the last worker of the list and keeps no state', async () => {
		const poller = trigger({ event: 'newWorker' });
		expect(refs(await poller.poll('manual'))).toEqual(['WK0120']);
		expect(poller.staticData).toEqual({});
	});

	test('the worker paging stops at the page ceiling; a list longer than that is read on over the next polls, emitting nothing old', async () => {
		const poller = trigger({ event: 'newWorker' });
		const page = Array.from({ length: 50 }, (_, n) => ({ reference: `X${n}` }));
		sim.fault({ method: 'GET', path: '/Worker/ACC001/BU001', status: 200, body: page, times: WORKER_PAGE_CEILING });
		expect(await poller.poll()).toEqual([]);
		expect(workerCalls()).toHaveLength(WORKER_PAGE_CEILING);
		expect((poller.staticData.state as { settling?: boolean }).settling).toBe(true);
		expect(await poller.poll()).toEqual([]);
		admin('addWorker', { reference: 'WK9500' });
		expect(refs(await poller.poll())).toEqual(['WK9500']);
	});

	test('a blank Account (none in the credential either) fails with PurePro\'s words before anything is sent', async () => {
		const poller = trigger({ event: 'newWorker' }, credentials(sim.url, { accountReference: '' }));
		await expect(poller.poll()).rejects.toThrow('Account: Choose an account, or set a Default Account Reference in the PurePro credential');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('PurePro Trigger: New Payslip', () => {
	const payslipCalls = () => sim.received('GET', `/payslip/ACC001/${CURRENT_PERIOD}`);

	test('asks for the current period, then its payslips; the first poll emits nothing, later ones each new payslip once', async () => {
		const poller = trigger({ event: 'newPayslip' });
		expect(await poller.poll()).toEqual([]);
		expect(sim.received('GET', '/Account/GetCurrentPeriod/ACC001')).toHaveLength(1);
		expect(payslipCalls().map((c: { query: IDataObject }) => c.query)).toEqual([
			{ Page: '1', Size: '50' },
			{ Page: '2', Size: '50' },
			{ Page: '3', Size: '50' },
		]);
		admin('addPayslips', { count: 2 });
		expect(refs(await poller.poll())).toEqual(['PS00131', 'PS00132']);
		expect(await poller.poll()).toEqual([]);
		poller.restart();
		admin('addPayslips');
		expect(refs(await poller.poll())).toEqual(['PS00133']);
	});

	test('Business Unit Reference narrows the payslips', async () => {
		const poller = trigger({ event: 'newPayslip', businessUnitReference: 'BU002' });
		await poller.poll();
		admin('addPayslips', { count: 3 });
		const emitted = await poller.poll();
		expect(emitted).toEqual([expect.objectContaining({ reference: 'PS00133', businessUnitReference: 'BU002' })]);
		expect(payslipCalls().at(-1)?.query.BusinessUnitReference).toBe('BU002');
	});

	test('a new period: its payslips are all new', async () => {
		const poller = trigger({ event: 'newPayslip' });
		await poller.poll();
		sim.fault({ method: 'GET', path: '/Account/GetCurrentPeriod/ACC001', status: 200, body: { periodId: '20231101000' } });
		sim.fault({ method: 'GET', path: '/payslip/ACC001/20231101000', status: 200, body: [{ reference: 'PS90001' }, { reference: 'PS90002' }] });
		expect(refs(await poller.poll())).toEqual(['PS90001', 'PS90002']);
	});

	test('a PurePro error fails the poll and loses nothing', async () => {
		const poller = trigger({ event: 'newPayslip' });
		await poller.poll();
		admin('addPayslips');
		sim.fault({ method: 'GET', path: '/Account/GetCurrentPeriod', status: 404, body: { message: 'Account ACC001 not found' } });
		await expect(poller.poll()).rejects.toThrow('Account ACC001 not found');
		expect(refs(await poller.poll())).toEqual(['PS00131']);
	});

	test('"Fetch Test Event" returns the last payslip of the current period', async () => {
		expect(refs(await trigger({ event: 'newPayslip' }).poll('manual'))).toEqual(['PS00130']);
	});
});
