import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { PureProApi } from '../../credentials/PureProApi.credentials';
import { searchAccounts, searchPeriods, searchWorkers } from '../../nodes/PurePro/methods/listSearch';
import { plainRequest } from '../harness/http';
import { runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { byId, create, credentials, CURRENT_PERIOD, node, TOKEN } from './helpers';

const sim = useSimulator(() => create());
const rl = (mode: string, value: string) => ({ __rl: true, mode, value });

/** What n8n gives a picker method: the current parameters, and requests signed by the credential. */
function context(parameters: IDataObject = {}, token = TOKEN): ILoadOptionsFunctions {
	return {
		getCredentials: async () => ({ publicApiUrl: sim.url, apiToken: token, accountReference: 'ACC001', businessUnitReference: 'BU001' }),
		getCurrentNodeParameter: (name: string) => parameters[name],
		getNode: () => ({ name: 'PurePro', type: 'purePro', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) =>
				await plainRequest(await new PureProApi().authenticate({ apiToken: token }, options)),
		},
	} as unknown as ILoadOptionsFunctions;
}

describe('Worker picker (Worker → Get)', () => {
	test('lists the business unit’s workers as "First Last (reference)", page by page', async () => {
		const first = await searchWorkers.call(context());
		expect(first.results[0]).toEqual({ name: 'Worker Number 1 (WK0001)', value: 'WK0001' });
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		const last = await searchWorkers.call(context(), undefined, '3');
		expect(last.results.map((r) => r.value)).toContain('WK0120');
		expect(last.paginationToken).toBeUndefined();
		expect(sim.requests.map((r) => [r.path, r.query.Page])).toEqual([
			['/Worker/ACC001/BU001', '1'],
			['/Worker/ACC001/BU001', '3'],
		]);
	});

	test('filters by what is typed', async () => {
		const found = await searchWorkers.call(context(), 'number 12');
		expect(found.results.map((r) => r.value)).toEqual(['WK0012']);
	});

	test.each([
		['picked from the list', rl('list', 'WK0002')],
		['typed as text by a workflow saved before the picker', 'WK0002'],
	])('Get: a worker %s', async (_how, reference) => {
		const got = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'get', reference } });
		expect(got.items[0].json).toMatchObject({ reference: 'WK0002' });
		expect(sim.requests.map((r) => r.path)).toEqual(['/Worker/ACC001/BU001/WK0002']);
	});
});

describe('Period picker (Payslip → Get Many, Account → Get Control Jobs)', () => {
	test('offers "Current Period" first, then today’s current period by its ID', async () => {
		const listed = await searchPeriods.call(context());
		expect(listed.results).toEqual([
			{ name: 'Current Period (Looked Up When the Workflow Runs)', value: 'current' },
			{ name: `${CURRENT_PERIOD} (Current Now, 2023-10-01 to 2023-10-31)`, value: CURRENT_PERIOD },
		]);
	});

	test('with a refused token, it still offers "Current Period"', async () => {
		const listed = await searchPeriods.call(context({}, 'wrong-token'));
		expect(listed.results.map((r) => r.value)).toEqual(['current']);
	});

	test('"Current Period" is the default, looked up once per run for all items', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'payslip', operation: 'getAll', limit: 2 },
			items: [{}, {}, {}],
		});
		expect(result.items).toHaveLength(6);
		expect(sim.requests.map((r) => r.path)).toEqual([
			'/Account/GetCurrentPeriod/ACC001',
			`/payslip/ACC001/${CURRENT_PERIOD}`,
			`/payslip/ACC001/${CURRENT_PERIOD}`,
			`/payslip/ACC001/${CURRENT_PERIOD}`,
		]);
	});

	test.each([
		['picked "Current Period"', rl('list', 'current')],
		['given by ID', rl('id', CURRENT_PERIOD)],
		['typed as text by a workflow saved before the picker', CURRENT_PERIOD],
	])('Get Control Jobs: a period %s', async (_how, periodId) => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation: 'getControlJobs', account: byId('ACC001'), periodId } });
		expect(result.error).toBeUndefined();
		expect(sim.requests.at(-1)?.path).toBe(`/Account/GetControlJobs/ACC001/${CURRENT_PERIOD}`);
	});
});

describe('A picker whose token PurePro refuses says which credential to fix, and how', () => {
	test.each([
		['Account', () => searchAccounts.call(context({}, 'wrong-token'))],
		['Worker', () => searchWorkers.call(context({}, 'wrong-token'))],
	])('%s picker', async (_picker, list) => {
		await expect(list()).rejects.toThrow(/^PurePro refused the API token: open the PurePro credential and paste a current token \(PurePro → Account → API Tokens/);
	});

	test('other failures keep their own message', async () => {
		await expect(searchWorkers.call(context({ businessUnit: 'NOPE' }))).rejects.toThrow(/not found/);
	});
});
