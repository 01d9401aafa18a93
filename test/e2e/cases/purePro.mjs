// E2E cases for PurePro: each runs a workflow from ../../../examples (or ../workflows) in a real n8n and checks its output and what
// the simulator received (paths, the exact token header, bodies).
import { TOKEN } from '../../simulators/purePro.js';

const bearer = (requests, assert) => {
	for (const r of requests) assert.equal(r.headers.authorization, `Bearer ${TOKEN}`, `token header on ${r.method} ${r.path}`);
};

export default [
	{
		workflow: 'pureProCustomerAdd',
		verify({ items, sim, assert }) {
			const out = items('Add Customers');
			assert.equal(out.length, 3);
			assert.equal(out[0].reference, 'CU5001');
			assert.match(out[1].error, /^Address: Add an address: without one PurePro accepts the customer but marks it as failing validation/);
			assert.equal(out[2].reference, 'CU5003');
			const posts = sim('purePro').filter((r) => r.method === 'POST');
			assert.deepEqual(posts.map((r) => r.path), ['/Customer/ACC001/BU001', '/Customer/ACC001/BU001'], 'the customer without address was not sent');
			bearer(posts, assert);
			assert.deepEqual(posts[0].body.bank, { internationalBankAccount: false, accountName: 'Brightside Care Ltd', sortCode: '601613', accountNumber: '31926819' });
			assert.deepEqual(posts[0].body.address, { internationalAddress: false, address1: '10 Market Street', town: 'Leeds', postcode: 'LS1 6DT' });
			assert.deepEqual(posts[0].body.contacts, [{ firstName: 'Accounts', lastName: 'Team', email: 'finance@brightside.example', type: 'Billing' }]);
		},
	},
	{
		workflow: 'pureProCustomerGet',
		verify({ items, sim, assert }) {
			const [customer] = items('Get Customer');
			assert.equal(customer.reference, 'CU0001');
			assert.equal(customer.name, 'Acme Hiring Ltd');
			const calls = sim('purePro');
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['GET /Customer/ACC001/BU001/CU0001']);
			bearer(calls, assert);
		},
	},
	{
		workflow: 'pureProCustomerUpdate',
		verify({ items, sim, assert }) {
			assert.equal(items('Update Customer')[0].reference, 'CU0001');
			const [put] = sim('purePro');
			assert.equal(`${put.method} ${put.path}`, 'PUT /Customer/ACC001/BU001');
			bearer([put], assert);
			assert.deepEqual(put.body, {
				reference: 'CU0001',
				email: 'ap@acme.example',
				approvalFrequency: 120,
				backingData: {
					consultantReference: 'CS1000002',
					costCentre: '1',
					purchaseOrder: 'CU10005A',
					HiringManagerContact: '3DD',
					externalReference: 'EXT-1234',
					hasConsultantSplits: false,
					customBackingData: [{ Reference: 'test', value: '666' }],
				},
			});
		},
	},
	{
		workflow: 'pureProPayslips',
		verify({ items, sim, assert }) {
			assert.equal(items('Get Current Period')[0].periodId, '20231001000');
			const payslips = items('Get Payslips');
			assert.ok(payslips.length > 50, 'more than one page');
			assert.ok(payslips.every((p) => p.businessUnitReference === 'BU001'));
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.equal(calls[0].path, '/Account/GetCurrentPeriod/ACC001');
			const pages = calls.filter((r) => r.path === '/payslip/ACC001/20231001000');
			assert.deepEqual(pages.map((r) => r.query.Page), ['1', '2']);
			assert.ok(pages.every((r) => r.query.BusinessUnitReference === 'BU001' && r.query.Size === '50'));
		},
	},
	{
		workflow: 'pureProWorkers',
		verify({ items, sim, assert }) {
			assert.equal(items('Get Workers').length, 120);
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.deepEqual(calls.map((r) => r.query.Page), ['1', '2', '3']);
		},
	},
	{
		workflow: 'pureProTimesheetAdd',
		verify({ items, sim, assert }) {
			assert.equal(items('Get Placement')[0].reference, 'PL0001');
			assert.match(items('Create Timesheet')[0].reference, /^TS9\d{3}$/);
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['GET /Placement/ACC001/BU001/PL0001', 'POST /Timesheet/ACC001/BU001']);
			assert.deepEqual(calls[1].body, { placementReference: 'PL0001', weekEnding: '2023-10-06', hours: 37.5 });
		},
	},
	{
		// A workflow saved with PurePro version 1 (no Define setting, a JSON body) runs as it did.
		workflow: 'pureProVersion1Json',
		verify({ items, sim, assert }) {
			assert.match(items('Add Timesheet')[0].reference, /^TS9\d{3}$/);
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.deepEqual(calls[1].body, { placementReference: 'PL0001', weekEnding: '2023-10-06', hours: 37.5 });
		},
	},
	{
		workflow: 'pureProAccountLookups',
		verify({ items, sim, assert }) {
			assert.deepEqual(items('Get Accounts').map((a) => a.reference), ['ACC001', 'ACC002']);
			assert.deepEqual(items('Get Business Unit'), [
				{ accountReference: 'ACC001', reference: 'BU001', name: 'Head Office' },
				{ accountReference: 'ACC002', reference: 'BU010', name: 'Main' },
			]);
			assert.deepEqual(items('Get Processing Status'), [
				{ accountReference: 'ACC001', businessUnitReference: 'BU001', status: 'Idle', lastProcessed: '2023-10-27T17:00:00Z' },
				{ accountReference: 'ACC002', businessUnitReference: 'BU010', status: 'Idle', lastProcessed: '2023-10-27T17:00:00Z' },
			]);
			// Execute Once: one list of control jobs, however many business units came before.
			assert.deepEqual(items('Get Control Jobs'), [{ reference: 'CJ001', name: 'Weekly payroll', status: 'Complete', periodId: '20231001000' }]);
			const calls = sim('purePro');
			bearer(calls, assert);
			const lines = calls.map((r) => `${r.method} ${r.path}`);
			// Items of one node may be read in parallel: each node's calls in any order, the nodes in turn.
			assert.deepEqual([lines.slice(0, 1), lines.slice(1, 3).sort(), lines.slice(3, 5).sort(), lines.slice(5)], [
				['GET /Account/GetAllAccounts'],
				['GET /Account/GetBusinessUnit/ACC001/BU001', 'GET /Account/GetBusinessUnit/ACC002/BU010'],
				['GET /Account/ProcessingStatus/ACC001/BU001', 'GET /Account/ProcessingStatus/ACC002/BU010'],
				['GET /Account/GetCurrentPeriod/ACC001', 'GET /Account/GetControlJobs/ACC001/20231001000'],
			]);
		},
	},
	{
		workflow: 'pureProWorkerCreateUpdate',
		verify({ items, sim, sims, assert }) {
			const [created] = items('Create Worker');
			assert.match(created.reference, /^WK9\d{3}$/);
			assert.equal(created.message, 'Worker added');
			const ref = created.reference;
			assert.deepEqual(items('Update Worker'), [{ reference: ref, message: 'Worker updated' }]);
			// The record now has 11 fields: Simplify (on) keeps the most used ones.
			assert.deepEqual(items('Get Worker'), [
				{ reference: ref, firstName: 'Sam', lastName: 'Jones', email: 'sam.jones@newmail.example', type: 'PAYE', startDate: '2026-01-05', mobile: '07700 900123' },
			]);
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['POST /Worker/ACC001/BU001', 'PUT /Worker/ACC001/BU001', `GET /Worker/ACC001/BU001/${ref}`]);
			assert.deepEqual(calls[0].body, {
				type: 'PAYE',
				firstName: 'Sam',
				lastName: 'Jones',
				email: 'sam.jones@example.com',
				startDate: '2026-01-05',
				niNumber: 'QQ123456C',
				taxCode: '1257L',
				address: { internationalAddress: false, address1: '1 High Street', town: 'Leeds', postcode: 'LS1 6DT' },
				bank: { internationalBankAccount: false, accountName: 'S Jones', sortCode: '123456', accountNumber: '12345678' },
			});
			assert.deepEqual(calls[1].body, { reference: ref, email: 'sam.jones@newmail.example', mobile: '07700 900123' });
			const saved = sims.purePro.state.workers.get(`ACC001/BU001/${ref}`);
			assert.equal(saved.niNumber, 'QQ123456C', 'the update kept what it did not send');
			assert.equal(saved.mobile, '07700 900123');
		},
	},
	{
		workflow: 'pureProSupplierCreate',
		verify({ items, sim, assert }) {
			const [created] = items('Create Supplier');
			assert.match(created.reference, /^SU9\d{3}$/);
			assert.equal(created.message, 'Supplier added');
			const address = { internationalAddress: false, address1: '5 Mill Lane', town: 'Bradford', postcode: 'BD1 1AA' };
			const bank = { internationalBankAccount: false, accountName: 'Northern Umbrella Ltd', sortCode: '401162', accountNumber: '87654321' };
			const sent = { name: 'Northern Umbrella Ltd', email: 'payroll@northern-umbrella.example', vatNumber: 'GB123456789', companiesHouseNumber: '01234567', address, bank };
			// Simplify (on by default) keeps the most used fields, the same ones for every supplier.
			const { address: _address, bank: _bank, ...simplified } = sent;
			assert.deepEqual(items('Get Supplier'), [{ ...simplified, reference: created.reference }]);
			const calls = sim('purePro');
			bearer(calls, assert);
			// Suppliers belong to the account: no business unit in either path.
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), ['POST /Supplier/ACC001', `GET /Supplier/ACC001/${created.reference}`]);
			assert.deepEqual(calls[0].body, sent);
		},
	},
	{
		workflow: 'pureProPlacementCreate',
		verify({ items, sim, assert }) {
			const [placement] = items('Create Placement');
			assert.match(placement.reference, /^PL9\d{3}$/);
			assert.equal(placement.message, 'Placement added');
			const [timesheet] = items('Create Timesheet');
			assert.match(timesheet.reference, /^TS9\d{3}$/);
			assert.equal(timesheet.message, 'Timesheet added');
			assert.deepEqual(items('Get Timesheet'), [{ placementReference: placement.reference, weekEnding: '2026-02-06', hours: 37.5, reference: timesheet.reference }]);
			const calls = sim('purePro');
			bearer(calls, assert);
			assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), [
				'POST /Placement/ACC001/BU001',
				'POST /Timesheet/ACC001/BU001',
				`GET /Timesheet/ACC001/BU001/${timesheet.reference}`,
			]);
			assert.deepEqual(calls[0].body, {
				workerReference: 'WK0001',
				customerReference: 'CU0001',
				startDate: '2026-02-02',
				payRate: 15.5,
				chargeRate: 21,
				jobTitle: 'Care Assistant',
				endDate: '2026-06-26',
			});
			assert.deepEqual(calls[1].body, { placementReference: placement.reference, weekEnding: '2026-02-06', hours: 37.5 });
		},
	},
];
