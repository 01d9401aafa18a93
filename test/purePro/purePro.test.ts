import type { IDataObject, ILoadOptionsFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { PureProApi } from '../../credentials/PureProApi.credentials';
import { searchAccounts, searchBusinessUnits } from '../../nodes/PurePro/methods/listSearch';
import { plainRequest } from '../harness/http';
import { runNode } from '../harness/n8n';
import { expectNoSecrets, useSimulator } from '../harness/simulator';
import { byId, create, credentials, CURRENT_PERIOD, node, nodeV1, TOKEN, validCustomer } from './helpers';

const sim = useSimulator(() => create());
const custom = useSimulator(() => create({ headerName: 'X-API-Key', prefix: '' }));

/** The Add form as a non-developer fills it. */
const addWithFields = {
	resource: 'customer',
	operation: 'create',
	account: byId('ACC001'),
	businessUnit: byId('BU001'),
	reference: 'CU2001',
	name: 'Brightside Care Ltd',
	email: 'finance@brightside.example',
	invoiceDeliveryMethod: 'Online',
	payMethod: 'BACS',
	approvalFrequency: 120,
	currency: 'GBP',
	vatNumberValid: true,
	contacts: { contact: [{ firstName: 'Priya', lastName: 'Shah', email: 'priya@brightside.example', type: 'Billing' }] },
	address: { address1: '10 Market Street', town: 'Leeds', postcode: 'LS1 6DT' },
	bank: { accountName: 'Brightside Care Ltd', accountNumber: '31926819', sortCode: '60-16-13', iban: 'ignored for UK accounts' },
	costCentre: { reference: 'CC10', description: 'Yorkshire' },
	purchaseOrder: { reference: 'PO-77' },
	additionalFields: { vatNumber: '123456789', companiesHouseNumber: '01234567' },
};

describe('Credential', () => {
	test('the token goes as "Authorization: Bearer <token>" by default', async () => {
		const options = await new PureProApi().authenticate({ apiToken: TOKEN }, { url: 'x' } as IHttpRequestOptions);
		expect(options.headers).toEqual({ Authorization: `Bearer ${TOKEN}` });
	});

	test('an advanced option sends it in another header, with another prefix or none', async () => {
		await runNode({
			node,
			credentials: credentials(custom.url, { useCustomHeader: true, headerName: 'X-API-Key', headerPrefix: '' }),
			parameters: { resource: 'account', operation: 'getAll', returnAll: true },
		});
		expect(custom.requests[0].headers['x-api-key']).toBe(TOKEN);
		expect(custom.requests[0].headers.authorization).toBeUndefined();
	});

	test('the Test button turns redirects (never followed), 401, 403 and 404 into words a person can act on', () => {
		const rules = (new PureProApi().test.rules ?? []).map((r) => [(r.properties as { value: number }).value, r.properties.message]);
		expect(rules).toEqual([
			...[301, 302, 303, 307, 308].map((code) => [code, expect.stringMatching(/redirect.*not followed.*Public API URL/)]),
			[401, expect.stringContaining('Account → API Tokens')],
			[403, expect.stringContaining('role')],
			[404, expect.stringContaining('Public API URL')],
		]);
	});

	test('the Test button calls GET Account/GetAllAccounts', () => {
		expect(new PureProApi().test.request).toMatchObject({ method: 'GET', baseURL: '={{$credentials.publicApiUrl}}', url: '/Account/GetAllAccounts' });
	});

	test('the help text says where the token is made and that it shows for one day only', () => {
		const token = new PureProApi().properties.find((p) => p.name === 'apiToken')!;
		expect(token.typeOptions?.password).toBe(true);
		expect(token.description).toMatch(/Account → API Tokens/);
		expect(token.description).toMatch(/accounts and the user role/);
		expect(token.description).toMatch(/1 day/);
	});
});

describe('Customer → Add (fields)', () => {
	test('sends exactly the documented body to POST Customer/{account}/{business unit}, with the token header exact', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: addWithFields });
		expect(result.error).toBeUndefined();
		const [request] = sim.received('POST', '/Customer/ACC001/BU001');
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			reference: 'CU2001',
			name: 'Brightside Care Ltd',
			email: 'finance@brightside.example',
			invoiceDeliveryMethod: 'Online',
			payMethod: 'BACS',
			approvalFrequency: 120,
			currency: 'GBP',
			vatNumberValid: true,
			vatNumber: '123456789',
			companiesHouseNumber: '01234567',
			contacts: [{ firstName: 'Priya', lastName: 'Shah', email: 'priya@brightside.example', type: 'Billing' }],
			address: { internationalAddress: false, address1: '10 Market Street', town: 'Leeds', postcode: 'LS1 6DT' },
			bank: { internationalBankAccount: false, accountName: 'Brightside Care Ltd', sortCode: '601613', accountNumber: '31926819' },
			costCentre: { reference: 'CC10', description: 'Yorkshire' },
			purchaseOrder: { reference: 'PO-77' },
		});
		expect(result.items[0].json).toEqual({ reference: 'CU2001', message: 'Customer added' });
		expect(sim.state.failed).toEqual([]);
	});

	test('an international bank account sends only AccountName, IBAN, BIC (and the optional bank name and reference)', async () => {
		await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: {
				...addWithFields,
				bank: { internationalBankAccount: true, accountName: 'Brightside SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', sortCode: '601613', bankName: 'Crédit Agricole' },
				options: { bacs: 'NatWest Bankline International' },
			},
		});
		expect(sim.requests[0].body.bank).toEqual({
			internationalBankAccount: true,
			accountName: 'Brightside SARL',
			iban: 'FR7630006000011234567890189',
			bic: 'AGRIFRPP',
			bankName: 'Crédit Agricole',
		});
	});

	test('no address: refused, because PurePro would answer 200 and mark the customer failed only in its web app', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { ...addWithFields, address: {} } });
		expect(result.error?.message).toBe('Address: Add an address: without one PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro.');
		expect(sim.requests).toHaveLength(0);
	});

	test('the simulator, like PurePro, answers 200 for a customer without address or bank and records it as failed', async () => {
		const body = { reference: '', name: 'No Address Ltd', email: 'a@b.co', invoiceDeliveryMethod: 'Email', payMethod: 'BACS', approvalFrequency: 60, currency: 'GBP', vatNumberValid: false };
		const answer = await fetch(`${sim.url}/Customer/ACC001/BU001`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		expect(answer.status).toBe(200);
		expect(sim.state.failed).toHaveLength(1);
	});

	test('body keys in any case are accepted (JSON mode, PascalCase as in the docs tables)', async () => {
		const pascal = {
			Reference: 'CU3001', Name: 'Pascal Ltd', Email: 'p@pascal.example', InvoiceDeliveryMethod: 'Paper', PayMethod: 'Cheque',
			ApprovalFrequency: 60, Currency: 'USD', VatNumberValid: false,
			Address: { InternationalAddress: false, Address1: '1 Road', County: 'Kent', Postcode: 'CT1 1AA' },
		};
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', jsonBody: JSON.stringify(pascal) } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual(pascal);
		expect(sim.state.customers.get('ACC001/BU001/CU3001')).toMatchObject({ validationStatus: 'Valid' });
	});

	test('contacts under the docs’ singular "Contact" key are checked too', async () => {
		const customer = { ...validCustomer(), contacts: undefined, Contact: [{ FirstName: 'Ann', LastName: '', Email: 'ann@acme.example', Type: 'Other' }] };
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', jsonBody: JSON.stringify(customer) } });
		expect(result.error?.message).toBe('Contact 1 → Last Name: Enter the contact’s last name: PurePro needs it for every contact.');
		expect(sim.requests).toHaveLength(0);
	});

	test('invalid JSON is refused before sending, naming the field', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'create', bodyMode: 'json', jsonBody: '{ name: ' } });
		expect(result.error?.message).toMatch(/Customer \(JSON\) is not valid JSON/);
		expect(sim.requests).toHaveLength(0);
	});

	test('Continue On Fail: the invalid item becomes an error item, the others are sent, each paired with its input', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { ...addWithFields, reference: '={{ $json.ref }}', email: '={{ $json.email }}' },
			items: [{ ref: 'CU4001', email: 'a@x.example' }, { ref: 'CU4002', email: 'not an email' }, { ref: 'CU4003', email: 'c@x.example' }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => [i.pairedItem, i.json.reference ?? i.json.error])).toEqual([
			[{ item: 0 }, 'CU4001'],
			[{ item: 1 }, 'Email: Enter a valid email address, such as accounts@example.com.'],
			[{ item: 2 }, 'CU4003'],
		]);
		expect(sim.received('POST', '/Customer/ACC001/BU001').map((r) => r.body.reference)).toEqual(['CU4001', 'CU4003']);
	});

	test('PurePro’s own 400 message reaches the user', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { ...addWithFields, reference: 'CU0001' } });
		expect(result.error?.message).toBe('Customer CU0001 already exists');
		expect(result.error?.description).toMatch(/HTTP 400 to POST .*\/Customer\/ACC001\/BU001/);
	});
});

describe('Account and Business Unit', () => {
	test('left empty, they fall back to the credential’s defaults', async () => {
		await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'get', reference: 'CU0001' } });
		expect(sim.requests.map((r) => r.path)).toEqual(['/Customer/ACC001/BU001/CU0001']);
	});

	test('blank after the fallback: refused, saying where to set it, nothing sent', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url, { accountReference: '', businessUnitReference: '' }),
			parameters: { resource: 'customer', operation: 'get', reference: '={{ $json.ref }}' },
			items: [{ ref: '' }],
		});
		expect(result.error?.message).toBe('Account: Choose an account, or set a Default Account Reference in the PurePro credential: PurePro needs it in every request.');
		expect(result.error?.description).toBe(
			'Item 1 was not sent to PurePro. Also: Business Unit: Choose a business unit, or set a Default Business Unit Reference in the PurePro credential: PurePro needs it here. Customer: Enter the customer reference: PurePro finds the customer by it.',
		);
		expect(sim.requests).toHaveLength(0);
	});

	test('typed references and expressions are used as given', async () => {
		await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'account', operation: 'getBusinessUnit', account: byId('={{ $json.acc }}'), businessUnit: byId('BU010') },
			items: [{ acc: 'ACC002' }],
		});
		expect(sim.requests[0].path).toBe('/Account/GetBusinessUnit/ACC002/BU010');
	});

	const context = (url: string, account = '') =>
		({
			getCredentials: async () => ({ publicApiUrl: url, apiToken: TOKEN, accountReference: 'ACC001' }),
			getCurrentNodeParameter: () => account,
			getNode: () => ({ name: 'PurePro' }),
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
					return await plainRequest(await new PureProApi().authenticate({ apiToken: TOKEN }, options));
				},
			},
		}) as unknown as ILoadOptionsFunctions;

	test('the Account picker lists the token’s accounts (Account/GetAllAccounts)', async () => {
		const listed = await searchAccounts.call(context(sim.url));
		expect(listed.results).toEqual([
			{ name: 'Demo Recruitment Ltd (ACC001)', value: 'ACC001' },
			{ name: 'Second Staffing Ltd (ACC002)', value: 'ACC002' },
		]);
	});

	test('the Business Unit picker lists the chosen account’s units, else the default account’s', async () => {
		expect((await searchBusinessUnits.call(context(sim.url))).results.map((r) => r.value)).toEqual(['BU001', 'BU002']);
		expect((await searchBusinessUnits.call(context(sim.url, 'ACC002'))).results.map((r) => r.value)).toEqual(['BU010']);
		expect((await searchBusinessUnits.call(context(sim.url), 'contract')).results.map((r) => r.value)).toEqual(['BU002']);
	});
});

describe('Customer → Get and Update', () => {
	test('Get: GET Customer/{account}/{business unit}/{reference}', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'get', reference: 'CU0001' } });
		expect(result.items[0].json).toMatchObject({ reference: 'CU0001', name: 'Acme Hiring Ltd' });
	});

	test('Get, Continue On Fail: an unknown reference becomes an error item, the known one is returned, both paired', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'customer', operation: 'get', reference: '={{ $json.ref }}' },
			items: [{ ref: 'NOPE' }, { ref: 'CU0001' }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => [i.pairedItem, i.json.reference ?? i.json.error])).toEqual([
			[{ item: 0 }, 'Customer NOPE not found'],
			[{ item: 1 }, 'CU0001'],
		]);
		expectNoSecrets(result, [TOKEN]);
	});

	test('Get: an unknown reference is PurePro’s 404 with a hint, and no token anywhere', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'customer', operation: 'get', reference: 'NOPE' } });
		expect(result.error?.message).toBe('Customer NOPE not found');
		expect(result.error?.description).toMatch(/404.*check them/);
		expectNoSecrets(result, [TOKEN]);
	});

	test('Update: PUT Customer/{account}/{business unit} with the reference, the changed fields and backingData in the sample’s keys', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: {
				resource: 'customer',
				operation: 'update',
				reference: 'CU0001',
				updateFields: { email: 'ap@acme.example', approvalFrequency: 30 },
				backingData: {
					consultantReference: 'CS1000002',
					hiringManagerContact: '3DD',
					workLocationAddress: '3DD',
					externalReference: 'EXT-1234',
					hasConsultantSplits: false,
					customBackingData: { entry: [{ reference: 'test', value: '666' }] },
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(sim.received('PUT', '/Customer/ACC001/BU001')[0].body).toEqual({
			reference: 'CU0001',
			email: 'ap@acme.example',
			approvalFrequency: 30,
			backingData: {
				consultantReference: 'CS1000002',
				HiringManagerContact: '3DD',
				WorkLocationAddress: '3DD',
				externalReference: 'EXT-1234',
				hasConsultantSplits: false,
				customBackingData: [{ Reference: 'test', value: '666' }],
			},
		});
		expect(sim.state.customers.get('ACC001/BU001/CU0001')?.email).toBe('ap@acme.example');
	});

	test('Update: a field sent blank is refused as on Add, a field left out is not checked', async () => {
		const blankName = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'customer', operation: 'update', bodyMode: 'json', jsonBody: '{"Reference":"CU0001","Name":""}' },
		});
		expect(blankName.error?.message).toBe('Name: Enter the customer’s name: PurePro needs it to add the customer.');
		expect(sim.requests).toHaveLength(0);
		const onlyEmail = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'customer', operation: 'update', bodyMode: 'json', jsonBody: '{"Reference":"CU0001","Email":"new@acme.example"}' },
		});
		expect(onlyEmail.error).toBeUndefined();
	});

	test('Update: the rules apply to what is sent (a bad sort code is refused)', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: { resource: 'customer', operation: 'update', reference: 'CU0001', bank: { accountName: 'A', accountNumber: '12345678', sortCode: '1234' } },
		});
		expect(result.error?.message).toBe('Bank → Sort Code: Enter the 6 digits of the sort code (12-34-56 is fine too).');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Token and errors', () => {
	test('a wrong token: PurePro’s 401 with where to make a token, and the token nowhere', async () => {
		const wrong = 'pp_live_WRONGWRONGWRONGWRONG';
		const result = await runNode({ node, credentials: credentials(sim.url, { apiToken: wrong }), parameters: { resource: 'account', operation: 'getAll', returnAll: true } });
		expect(result.error?.message).toBe('Authorization has been denied for this request.');
		expect(result.error?.description).toMatch(/Account → API Tokens/);
		expectNoSecrets(result, [wrong, TOKEN]);
	});

	test('the token header must be exact: "bearer" in lower case is refused by the simulator', async () => {
		const answer = await fetch(`${sim.url}/Account/GetAllAccounts`, { headers: { Authorization: `bearer ${TOKEN}` } });
		expect(answer.status).toBe(401);
	});

	test('an HTML error page is explained (unavailable, try later), without the token', async () => {
		sim.fault({ path: '/Account', status: 500, body: `<html>Server error ${TOKEN}</html>` });
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation: 'getAll', returnAll: true } });
		expect(result.error?.message).toMatch(/unavailable at the moment \(HTTP 500\)/);
		expectNoSecrets(result, [TOKEN]);
	});

	test('429 with Retry-After: waits as asked and tries again', async () => {
		sim.fault({ path: '/Account', status: 429, headers: { 'Retry-After': '1' } });
		const started = Date.now();
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation: 'getCurrentPeriod' } });
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		expect(result.items[0].json.periodId).toBe(CURRENT_PERIOD);
	});
});

describe('Account', () => {
	test.each([
		['getCurrentPeriod', {}, '/Account/GetCurrentPeriod/ACC001'],
		['getBusinessUnit', {}, '/Account/GetBusinessUnit/ACC001/BU001'],
		['getProcessingStatus', {}, '/Account/ProcessingStatus/ACC001/BU001'],
		['getControlJobs', { periodId: CURRENT_PERIOD }, `/Account/GetControlJobs/ACC001/${CURRENT_PERIOD}`],
	])('%s calls its documented path', async (operation, extra, path) => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation, ...extra } });
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((r) => r.path)).toEqual([path]);
		expect(result.items.length).toBeGreaterThan(0);
	});

	test('Get Many: every account, or up to Limit', async () => {
		const all = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation: 'getAll', returnAll: true } });
		expect(all.items.map((i) => i.json.reference)).toEqual(['ACC001', 'ACC002']);
		const one = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'account', operation: 'getAll', limit: 1 } });
		expect(one.items).toHaveLength(1);
	});
});

describe('Worker', () => {
	test('Get Many, Return All: pages of Page/Size until a short page', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'getAll', returnAll: true } });
		expect(result.items).toHaveLength(120);
		expect(sim.requests.map((r) => r.query)).toEqual([
			{ Page: '1', Size: '50' },
			{ Page: '2', Size: '50' },
			{ Page: '3', Size: '50' },
		]);
	});

	test('Get Many, Limit 70: stops after the page that holds the 70th worker; pages keep one size (Page counts in Size)', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'getAll', limit: 70 } });
		expect(result.items).toHaveLength(70);
		expect(new Set(result.items.map((i) => i.json.reference)).size).toBe(70);
		expect(sim.requests.map((r) => r.query)).toEqual([
			{ Page: '1', Size: '50' },
			{ Page: '2', Size: '50' },
		]);
	});

	test('version 1 (JSON, as saved before the fields): Get, Create and Update use Worker/{account}/{business unit}', async () => {
		const got = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'get', reference: 'WK0002' } });
		expect(got.items[0].json).toMatchObject({ reference: 'WK0002', type: 'Contractor' });
		await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'create', jsonBody: '{"reference":"WK9999","firstName":"Sam","lastName":"Jones"}' } });
		await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'update', jsonBody: '{"Reference":"WK9999","lastName":"Jones-Smith"}' } });
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /Worker/ACC001/BU001/WK0002',
			'POST /Worker/ACC001/BU001',
			'PUT /Worker/ACC001/BU001',
		]);
		expect(sim.state.workers.get('ACC001/BU001/WK9999')?.lastName).toBe('Jones-Smith');
	});

	test('version 1: Update without a Reference is refused before sending', async () => {
		const result = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'update', jsonBody: '{"lastName":"X"}' } });
		expect(result.error?.message).toBe('Worker (JSON) → Reference: Give the reference of the worker to update: PurePro finds the worker by it.');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Supplier, Placement, Timesheet', () => {
	test('version 1: Supplier has no business unit in its path', async () => {
		const got = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'supplier', operation: 'get', reference: 'SU0001' } });
		expect(got.items[0].json).toMatchObject({ name: 'Umbrella Co Ltd' });
		await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource: 'supplier', operation: 'create', jsonBody: '{"name":"New Umbrella Ltd"}' } });
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /Supplier/ACC001/SU0001', 'POST /Supplier/ACC001']);
	});

	test.each(['placement', 'timesheet'])('version 1: %s: Get and Create', async (resource) => {
		const path = resource === 'placement' ? 'Placement' : 'Timesheet';
		const ref = resource === 'placement' ? 'PL0001' : 'TS0001';
		const got = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource, operation: 'get', reference: ref } });
		expect(got.items[0].json.reference).toBe(ref);
		const added = await runNode({ node: nodeV1, credentials: credentials(sim.url), parameters: { resource, operation: 'create', jsonBody: '{"placementReference":"PL0001"}' } });
		expect(added.items[0].json.reference).toMatch(/^(PL|TS)9\d{3}$/);
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /${path}/ACC001/BU001/${ref}`, `POST /${path}/ACC001/BU001`]);
	});
});

describe('Payslip → Get Many', () => {
	const payslips = (extra: IDataObject) => ({ resource: 'payslip', operation: 'getAll', periodId: CURRENT_PERIOD, ...extra });

	test('GET payslip/{account}/{period} in pages of at most 50', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: payslips({ returnAll: true }) });
		expect(result.items).toHaveLength(130);
		expect(sim.requests.map((r) => [r.path, r.query])).toEqual([
			[`/payslip/ACC001/${CURRENT_PERIOD}`, { Page: '1', Size: '50' }],
			[`/payslip/ACC001/${CURRENT_PERIOD}`, { Page: '2', Size: '50' }],
			[`/payslip/ACC001/${CURRENT_PERIOD}`, { Page: '3', Size: '50' }],
		]);
	});

	test('business unit and worker filters go as BusinessUnitReference and WorkerReference', async () => {
		const result = await runNode({
			node,
			credentials: credentials(sim.url),
			parameters: payslips({ returnAll: true, filters: { businessUnitReference: 'BU001', workerReference: 'WK0002' } }),
		});
		expect(sim.requests[0].query).toEqual({ BusinessUnitReference: 'BU001', WorkerReference: 'WK0002', Page: '1', Size: '50' });
		expect(result.items.map((i) => [i.json.workerReference, i.json.businessUnitReference])).toEqual([
			['WK0002', 'BU001'],
			['WK0002', 'BU001'],
		]);
	});

	test('never asks beyond page 10, and says so rather than return 500 of more payslips as if they were all', async () => {
		const big = create({ payslips: 1000 });
		await big.start();
		try {
			const result = await runNode({ node, credentials: credentials(big.url), parameters: payslips({ returnAll: true }) });
			expect(result.error?.message).toBe('PurePro has more payslips than the 10 pages of 50 it serves: filter by Business Unit Reference or Worker Reference: stopped reading pages');
			const limited = await runNode({ node, credentials: credentials(big.url), parameters: payslips({ returnAll: false, limit: 500 }) });
			expect(limited.items).toHaveLength(500);
			big.requests.splice(10);
			expect(big.requests.map((r) => r.query.Page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		} finally {
			await big.stop();
		}
	});

	test('a 404 for a page past the last one ends the list instead of failing it', async () => {
		const strict = create({ payslips: 100, pastEnd: '404' });
		await strict.start();
		try {
			const result = await runNode({ node, credentials: credentials(strict.url), parameters: payslips({ returnAll: true }) });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(100);
			expect(strict.requests.map((r) => r.query.Page)).toEqual(['1', '2', '3']);
		} finally {
			await strict.stop();
		}
	});

	test('lists wrapped in an object are read as well as bare arrays', async () => {
		const wrapped = create({ wrapLists: 'items' });
		await wrapped.start();
		try {
			const result = await runNode({ node, credentials: credentials(wrapped.url), parameters: { resource: 'worker', operation: 'getAll', limit: 60 } });
			expect(result.items).toHaveLength(60);
			expect(result.items[0].json.reference).toBe('WK0001');
		} finally {
			await wrapped.stop();
		}
	});

	test('an unknown period is PurePro’s 404', async () => {
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: payslips({ periodId: '19990101000', limit: 5 }) });
		expect(result.error?.httpCode).toBe('404');
	});
});
