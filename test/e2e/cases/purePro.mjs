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
];
