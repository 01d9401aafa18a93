import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { FlowiiApi } from '../../credentials/FlowiiApi.credentials';
import { Flowii } from '../../nodes/Flowii/Flowii.node';
import { plainRequest } from '../harness/http';
import { useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DEMO } = require('../simulators/flowii');

const sim = useSimulator(() => create());
const node = new Flowii();
const credentialType = new FlowiiApi();

/** What n8n gives a picker method: the current parameters and requests signed by the credential. */
let contexts = 0;

function loadOptionsContext(parameters: IDataObject): ILoadOptionsFunctions {
	// A password of its own per context: a token shared by an earlier test (see renewOnce) is unknown to
	// the simulator after its reset.
	const password = `${DEMO.password}-${++contexts}`;
	sim.state.login.password = password;
	const credentials: ICredentialDataDecryptedObject = { ...DEMO, password, url: sim.url, token: '' };
	return {
		getNode: () => ({ name: 'FLOWii', type: 'flowii', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' }),
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => parameters[name],
		helpers: {
			// As n8n does: sign in when there is no token, and once more after a 401.
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				const signIn = async () =>
					Object.assign(credentials, await credentialType.preAuthentication.call({ helpers: { httpRequest: plainRequest } } as never, credentials));
				if (!credentials.token) await signIn();
				const attempt = async () => await plainRequest(await credentialType.authenticate(credentials, options));
				return await attempt().catch(async (error: unknown) => {
					if ((error as { response?: { status?: number } }).response?.status !== 401) throw error;
					await signIn();
					return await attempt();
				});
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

describe('Pickers', () => {
	test('Company: the company access list, searchable by name', async () => {
		const all = await node.methods.listSearch.searchCompanies.call(loadOptionsContext({}));
		expect(all.results).toEqual([
			{ name: 'Minta Kereskedelmi Kft.', value: '101' },
			{ name: 'Példa Szolgáltató Bt.', value: '102' },
		]);
		const found = await node.methods.listSearch.searchCompanies.call(loadOptionsContext({}), 'példa');
		expect(found.results.map((r) => r.value)).toEqual(['102']);
	});

	test('Partner: FLOWii\'s search text in the chosen company', async () => {
		const found = await node.methods.listSearch.searchPartners.call(loadOptionsContext({ company: '101' }), 'alfa');
		expect(found.results).toEqual([{ name: 'Alfa Építő Kft.', value: '501' }]);
		expect(sim.received('GET', '/partners')[0].query).toEqual({ companyId: '101', 'filter[search-text]': 'alfa' });
	});

	test.each([
		['getOrderTypes', '/ordertypes', ['Installation', 'Service']],
		['getOrderStates', '/orderstates', ['Done', 'In progress', 'New']],
		['getCountries', '/countries', ['Deutschland', 'Magyarország', 'Slovensko']],
		['getActivityTypes', '/activitytypes', ['Call', 'Realisation']],
		['getUsers', '/users', ['Kovács Anna', 'Nagy Péter', 'Szabó Éva']],
	] as const)('%s lists %s of the chosen company, sorted by name', async (method, path, names) => {
		const options = await node.methods.loadOptions[method].call(loadOptionsContext({ company: '101' }));
		expect(options.map((o) => o.name)).toEqual(names);
		const [call] = sim.received('GET', path);
		expect(call.query).toEqual({ companyId: '101' });
		expect(call.headers['api-key']).toBe(DEMO.apiKey);
	});

	test('a list that depends on the company asks for the company first', async () => {
		await expect(node.methods.loadOptions.getOrderTypes.call(loadOptionsContext({ company: '' }))).rejects.toThrow(/Choose a Company first/);
	});
});

describe('Order picker', () => {
	test('lists the chosen company’s orders as "serial number · name", page by page', async () => {
		const first = await node.methods.listSearch.searchOrders.call(loadOptionsContext({ company: '101' }));
		expect(first.results[0]).toEqual({ name: 'Z-2026-0001 · Order 1', value: '7001' });
		expect(sim.received('GET', '/orders')[0].query).toMatchObject({ companyId: '101', 'page[number]': '1' });
	});

	test('searches by serial number or name', async () => {
		const found = await node.methods.listSearch.searchOrders.call(loadOptionsContext({ company: '101' }), 'z-2026-0012');
		expect(found.results).toEqual([{ name: 'Z-2026-0012 · Order 12', value: '7012' }]);
	});

	test('without a company, it lists nothing (and asks FLOWii nothing)', async () => {
		expect((await node.methods.listSearch.searchOrders.call(loadOptionsContext({ company: '' }))).results).toEqual([]);
		expect(sim.received('GET', '/orders')).toHaveLength(0);
	});
});

describe('A picker whose credential FLOWii refuses says which credential to fix, and how', () => {
	test.each([
		['Company', '/companies', () => node.methods.listSearch.searchCompanies.call(loadOptionsContext({}))],
		['Order Type', '/ordertypes', () => node.methods.loadOptions.getOrderTypes.call(loadOptionsContext({ company: '101' }))],
	])('%s', async (_picker, path, list) => {
		sim.fault({ path, status: 403, body: { errors: [{ status: '403', title: 'Forbidden', detail: 'Api-Key not allowed.' }] } });
		await expect(list()).rejects.toThrow(/^FLOWii refused the FLOWii credential: open it and check the login e-mail, the password and the API key/);
	});
});
