// @ts-check
/**
 * PurePro public API simulator, as the help pages and API notes describe it:
 * - every call needs the API token, by default as `Authorization: Bearer <token>` (exactly; anything else 401);
 * - paths as the docs write them (case included): Customer, Supplier, Worker, Placement, Timesheet, Account/…,
 *   payslip; JSON bodies whose keys bind without regard to case (as ASP.NET does);
 * - a customer without an address or bank record (bank not needed with Cheque) is accepted with HTTP 200 and
 *   recorded as failed validation (as PurePro's web app would show it); other bad bodies are answered 400 with
 *   the docs' messages; unknown accounts, business units, periods and references 404.
 */
const { Simulator } = require('./framework');

/** The simulator's API token: long and random-looking, as PurePro's keys are. */
const TOKEN = 'pp_live_7Qm2Xc9RkT4vLw8NzB3yHf6JsD1aGe5U';
const ACCOUNTS = [
	{ reference: 'ACC001', name: 'Demo Recruitment Ltd', businessUnits: [{ reference: 'BU001', name: 'Head Office' }, { reference: 'BU002', name: 'Contract Division' }] },
	{ reference: 'ACC002', name: 'Second Staffing Ltd', businessUnits: [{ reference: 'BU010', name: 'Main' }] },
];
const CURRENT_PERIOD = '20231001000';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Value of a key, matched without regard to case. */
function field(record, name) {
	if (!record || typeof record !== 'object') return undefined;
	const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : record[key];
}
const blank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const inList = (v, list) => list.some((x) => x.toLowerCase() === String(v).toLowerCase());

/** What PurePro refuses with 400 (the rules that are not "200 but failed"). */
function customerErrors(body, adding) {
	/** @type {Record<string, string[]>} */
	const errors = {};
	const add = (f, m) => (errors[f] = [...(errors[f] ?? []), m]);
	const present = (name) => field(body, name) !== undefined;
	if (adding || present('Name')) if (blank(field(body, 'Name'))) add('Name', 'You must enter a Supplier Name');
	if (adding || present('Email')) {
		const email = field(body, 'Email');
		if (blank(email)) add('Email', 'You must enter a Supplier Email Address');
		else if (!EMAIL.test(String(email))) add('Email', 'You must provide a valid Supplier Email Address');
	}
	if (adding || present('InvoiceDeliveryMethod')) {
		const v = field(body, 'InvoiceDeliveryMethod');
		if (blank(v)) add('InvoiceDeliveryMethod', 'You must provide a Delivery Method.');
		else if (!inList(v, ['Email', 'Paper', 'Online'])) add('InvoiceDeliveryMethod', 'Acceptable values are: - “Email”, “Paper, “Online”');
	}
	if (adding || present('PayMethod')) {
		const v = field(body, 'PayMethod');
		if (blank(v) || !inList(v, ['BACS', 'Cheque', 'Manual', 'Cash', 'Chaps'])) add('PayMethod', 'You must provide a valid Payment method.');
	}
	if (adding || present('ApprovalFrequency')) {
		const v = field(body, 'ApprovalFrequency');
		if (blank(v) || !/^-?\d+$/.test(String(v))) add('ApprovalFrequency', 'A number must be provided i.e., 60, 120 and that’s in minutes');
		else if (Number(v) < 0) add('ApprovalFrequency', 'Approval Frequency cannot be negative');
	}
	if (adding || present('Currency')) {
		const v = field(body, 'Currency');
		if (blank(v) || !inList(v, ['EUR', 'GBP', 'HUF', 'USD'])) add('Currency', 'Acceptable values are: "EUR", "GBP", "HUF", "USD"');
	}
	if (adding && typeof field(body, 'VatNumberValid') !== 'boolean') add('VatNumberValid', 'Cannot be null');
	const contacts = field(body, 'Contacts') ?? [];
	(Array.isArray(contacts) ? contacts : []).forEach((c, n) => {
		if (blank(field(c, 'FirstName'))) add(`Contacts[${n}].FirstName`, 'You must enter a First Name');
		if (blank(field(c, 'LastName'))) add(`Contacts[${n}].LastName`, 'You must enter a Last Name');
		if (blank(field(c, 'Email'))) add(`Contacts[${n}].Email`, 'You must enter an Email Address');
		else if (!EMAIL.test(String(field(c, 'Email')))) add(`Contacts[${n}].Email`, 'You must provide a valid Email Address');
		if (!blank(field(c, 'Type')) && !inList(field(c, 'Type'), ['Primary', 'Billing', 'Hiring', 'Other'])) {
			add(`Contacts[${n}].Type`, 'Acceptable values are: “Primary”, “Billing”, “Hiring”, “Other”');
		}
	});
	const bank = field(body, 'Bank');
	const cheque = String(field(body, 'PayMethod') ?? '').toLowerCase() === 'cheque';
	if (bank && typeof bank === 'object' && !cheque && Object.entries(bank).every(([k, v]) => /^international/i.test(k) || blank(v))) {
		add('Bank', 'You must provide a valid Payment method.');
	}
	const costCentre = field(body, 'CostCentre');
	if (costCentre && (blank(field(costCentre, 'Reference')) || blank(field(costCentre, 'Description')))) {
		add('CostCentre', 'If cost centre record exists then reference and description must be supplied');
	}
	return errors;
}

/** What PurePro accepts with 200 and then shows as failed validation in its web app. */
function failedValidation(body, adding) {
	const failures = [];
	const cheque = String(field(body, 'PayMethod') ?? '').toLowerCase() === 'cheque';
	const bank = field(body, 'Bank');
	const bankBlank = bank && typeof bank === 'object' && Object.entries(bank).every(([k, v]) => /^international/i.test(k) || blank(v));
	if (bank === undefined || bank === null) {
		if (adding && !cheque) failures.push('Bank: bank details record missing');
	} else if (bankBlank) {
		// blank bank details: fine with Cheque, refused (400) otherwise
	} else if (field(bank, 'InternationalBankAccount') === true) {
		for (const f of ['AccountName', 'IBAN', 'BIC']) if (blank(field(bank, f))) failures.push(`Bank.${f}: mandatory`);
	} else {
		if (blank(field(bank, 'AccountName'))) failures.push('Bank.AccountName: Valid Account Name is required');
		if (!/^\d{8}$/.test(String(field(bank, 'AccountNumber') ?? ''))) failures.push('Bank.AccountNumber: Account Number must be 8 digits long');
		if (!/^\d{6}$/.test(String(field(bank, 'SortCode') ?? ''))) failures.push('Bank.SortCode: Sort Code must be 6 digits long');
	}
	const address = field(body, 'Address');
	if (address === undefined || address === null) {
		if (adding) failures.push('Address: address record missing');
	} else {
		const line1 = field(address, 'Address1');
		if (blank(line1)) failures.push('Address.Address1: You must enter the Address Line 1');
		else if (String(line1).length > 35) failures.push('Address.Address1: Address Line 1 must be between 1 and 35 characters.');
		if (field(address, 'InternationalAddress') === true) {
			if (/^(gb|uk|united kingdom)$/i.test(String(field(address, 'Country') ?? ''))) {
				failures.push('Address.Country: Cannot set International Address when Country is UK');
			}
		} else {
			if (blank(field(address, 'Postcode'))) failures.push('Address.Postcode: You must enter a postcode.');
			if (!['Address2', 'Address3', 'Town', 'County'].some((f) => !blank(field(address, f)))) {
				failures.push('Address: Worker has missing address detail. Please ensure at least 2 lines of the address are populated.');
			}
		}
	}
	return failures;
}

/**
 * @param {{ token?: string, headerName?: string, prefix?: string, workers?: number, payslips?: number,
 *   pastEnd?: 'empty' | '404', wrapLists?: string }} [options] `pastEnd`: how a payslip page past the last one
 *   is answered (not documented: "wrong input answers 404" may cover it); `wrapLists`: answer lists as
 *   `{ <wrapLists>: [...] }` instead of a bare array (the list shape is not documented either).
 */
function create({ token = TOKEN, headerName = 'Authorization', prefix = 'Bearer', workers = 120, payslips = 130, pastEnd = 'empty', wrapLists = '' } = {}) {
	const sim = new Simulator('PurePro');
	/** Payslips at start (triggers block: tests add some). */
	const initialPayslips = payslips;
	const state = {
		/** @type {Map<string, any>} customers by "acc/bu/ref" */
		customers: new Map(),
		/** @type {Map<string, any>} */
		suppliers: new Map(),
		/** @type {Map<string, any>} */
		workers: new Map(),
		/** @type {Map<string, any>} */
		placements: new Map(),
		/** @type {Map<string, any>} */
		timesheets: new Map(),
		/** @type {string[]} customers recorded as failed validation */
		failed: [],
		counter: 0,
	};
	const seed = () => {
		for (const map of [state.customers, state.suppliers, state.workers, state.placements, state.timesheets]) map.clear();
		state.failed.length = 0;
		state.counter = 0;
		state.customers.set('ACC001/BU001/CU0001', {
			reference: 'CU0001', name: 'Acme Hiring Ltd', email: 'accounts@acme.example', payMethod: 'BACS',
			invoiceDeliveryMethod: 'Email', approvalFrequency: 60, currency: 'GBP', vatNumberValid: true, validationStatus: 'Valid',
		});
		state.suppliers.set('ACC001/SU0001', { reference: 'SU0001', name: 'Umbrella Co Ltd', email: 'pay@umbrella.example' });
		for (let n = 1; n <= workers; n++) {
			const ref = `WK${String(n).padStart(4, '0')}`;
			state.workers.set(`ACC001/BU001/${ref}`, { reference: ref, firstName: 'Worker', lastName: `Number ${n}`, type: n % 2 ? 'PAYE' : 'Contractor' });
		}
		state.placements.set('ACC001/BU001/PL0001', { reference: 'PL0001', workerReference: 'WK0001', customerReference: 'CU0001' });
		state.timesheets.set('ACC001/BU001/TS0001', { reference: 'TS0001', placementReference: 'PL0001', hours: 37.5 });
	};
	seed();
	sim.onReset(seed);
	sim.admin('state', () => ({ failed: state.failed, customers: [...state.customers.values()] }));

	const expected = prefix ? `${prefix} ${token}` : token;
	const list = (records) => ({ status: 200, body: wrapLists ? { [wrapLists]: records, total: records.length } : records });
	const notFound = (what) => ({ status: 404, body: { message: `${what} not found` } });
	const account = (ref) => ACCOUNTS.find((a) => a.reference === ref);
	const unit = (acc, bu) => account(acc)?.businessUnits.find((b) => b.reference === bu);

	/**
	 * A route whose literal segments must match in case (the framework matches paths without case), that
	 * needs the token exactly, and JSON for bodies.
	 */
	const route = (method, pattern, handler) => {
		const literals = pattern.split('/').map((part) => (part.startsWith(':') ? undefined : part));
		sim.route(method, pattern, (req) => {
			const parts = req.path.replace(/\/$/, '').split('/');
			if (literals.some((lit, i) => lit !== undefined && parts[i] !== lit)) return notFound(`No route ${req.path}`);
			if (req.headers[headerName.toLowerCase()] !== expected) return { status: 401, body: { message: 'Authorization has been denied for this request.' } };
			if ((method === 'POST' || method === 'PUT') && !String(req.headers['content-type'] ?? '').includes('application/json')) {
				return { status: 415, body: { message: 'Unsupported Media Type: send JSON' } };
			}
			if ((method === 'POST' || method === 'PUT') && (!req.body || typeof req.body !== 'object' || Array.isArray(req.body))) {
				return { status: 400, body: { message: 'A non-empty request body is required.' } };
			}
			if (req.params.acc !== undefined && !account(req.params.acc)) return notFound(`Account ${req.params.acc}`);
			if (req.params.bu !== undefined && !unit(req.params.acc, req.params.bu)) return notFound(`Business unit ${req.params.bu}`);
			return handler(req);
		});
	};

	route('GET', '/Account/GetAllAccounts', () => list(ACCOUNTS));
	route('GET', '/Account/GetCurrentPeriod/:acc', (req) => ({
		status: 200,
		body: { accountReference: req.params.acc, periodId: CURRENT_PERIOD, startDate: '2023-10-01', endDate: '2023-10-31' },
	}));
	route('GET', '/Account/GetBusinessUnit/:acc/:bu', (req) => ({ status: 200, body: { accountReference: req.params.acc, ...unit(req.params.acc, req.params.bu) } }));
	route('GET', '/Account/ProcessingStatus/:acc/:bu', (req) => ({
		status: 200,
		body: { accountReference: req.params.acc, businessUnitReference: req.params.bu, status: 'Idle', lastProcessed: '2023-10-27T17:00:00Z' },
	}));
	route('GET', '/Account/GetControlJobs/:acc/:period', (req) => {
		if (req.params.period !== CURRENT_PERIOD) return notFound(`Period ${req.params.period}`);
		return { status: 200, body: [{ reference: 'CJ001', name: 'Weekly payroll', status: 'Complete', periodId: CURRENT_PERIOD }] };
	});

	const key = (req, ref) => [req.params.acc, req.params.bu, ref].filter((p) => p !== undefined).join('/');
	const generated = (prefix) => `${prefix}${String(9000 + ++state.counter)}`;

	route('GET', '/Customer/:acc/:bu/:ref', (req) => {
		const found = state.customers.get(key(req, req.params.ref));
		return found ? { status: 200, body: found } : notFound(`Customer ${req.params.ref}`);
	});
	route('POST', '/Customer/:acc/:bu', (req) => {
		if (field(req.body, 'Reference') === null || field(req.body, 'Reference') === undefined) {
			return { status: 400, body: { errors: { Reference: ['Cannot be null'] } } };
		}
		const errors = customerErrors(req.body, true);
		if (Object.keys(errors).length) return { status: 400, body: { title: 'One or more validation errors occurred.', status: 400, errors } };
		const reference = blank(field(req.body, 'Reference')) ? generated('CU') : String(field(req.body, 'Reference'));
		if (state.customers.has(key(req, reference))) return { status: 400, body: { message: `Customer ${reference} already exists` } };
		const failures = failedValidation(req.body, true);
		const record = { ...req.body, reference, validationStatus: failures.length ? 'Failed' : 'Valid' };
		delete record.Reference;
		state.customers.set(key(req, reference), record);
		if (failures.length) state.failed.push(reference);
		return { status: 200, body: { reference, message: 'Customer added' } };
	});
	route('PUT', '/Customer/:acc/:bu', (req) => {
		const reference = field(req.body, 'Reference');
		if (blank(reference)) return { status: 400, body: { errors: { Reference: ['You must input a customer reference'] } } };
		const existing = state.customers.get(key(req, String(reference)));
		if (!existing) return notFound(`Customer ${reference}`);
		const errors = customerErrors(req.body, false);
		if (Object.keys(errors).length) return { status: 400, body: { title: 'One or more validation errors occurred.', status: 400, errors } };
		const failures = failedValidation(req.body, false);
		const record = { ...existing, ...req.body, reference: String(reference), validationStatus: failures.length ? 'Failed' : existing.validationStatus };
		state.customers.set(key(req, String(reference)), record);
		if (failures.length) state.failed.push(String(reference));
		return { status: 200, body: { reference, message: 'Customer updated' } };
	});

	/** Get and Add for the records whose bodies the docs do not detail. */
	const records = (path, map, prefixRef, withUnit) => {
		const base = withUnit ? `/${path}/:acc/:bu` : `/${path}/:acc`;
		route('GET', `${base}/:ref`, (req) => {
			const found = map.get(key(req, req.params.ref));
			return found ? { status: 200, body: found } : notFound(`${path} ${req.params.ref}`);
		});
		route('POST', base, (req) => {
			const reference = blank(field(req.body, 'Reference')) ? generated(prefixRef) : String(field(req.body, 'Reference'));
			if (map.has(key(req, reference))) return { status: 400, body: { message: `${path} ${reference} already exists` } };
			map.set(key(req, reference), { ...req.body, reference });
			return { status: 200, body: { reference, message: `${path} added` } };
		});
	};
	records('Supplier', state.suppliers, 'SU', false);
	records('Placement', state.placements, 'PL', true);
	records('Timesheet', state.timesheets, 'TS', true);
	records('Worker', state.workers, 'WK', true);

	route('GET', '/Worker/:acc/:bu', (req) => {
		const page = Number(req.query.Page ?? 1);
		const size = Number(req.query.Size ?? 50);
		if (!(page >= 1) || !(size >= 1)) return { status: 400, body: { message: 'Page and Size must be positive numbers' } };
		const all = [...state.workers.entries()].filter(([k]) => k.startsWith(`${req.params.acc}/${req.params.bu}/`)).map(([, w]) => w);
		return list(all.slice((page - 1) * size, page * size));
	});
	route('PUT', '/Worker/:acc/:bu', (req) => {
		const reference = field(req.body, 'Reference');
		if (blank(reference)) return { status: 400, body: { message: 'You must input a worker reference' } };
		const existing = state.workers.get(key(req, String(reference)));
		if (!existing) return notFound(`Worker ${reference}`);
		state.workers.set(key(req, String(reference)), { ...existing, ...req.body, reference: String(reference) });
		return { status: 200, body: { reference, message: 'Worker updated' } };
	});

	route('GET', '/payslip/:acc/:period', (req) => {
		const page = Number(req.query.Page ?? 1);
		const size = Number(req.query.Size ?? 50);
		if (req.params.period !== CURRENT_PERIOD || !(page >= 1 && page <= 10) || !(size >= 1 && size <= 50)) return notFound('Payslips');
		const bu = req.query.BusinessUnitReference;
		if (bu !== undefined && !unit(req.params.acc, bu)) return notFound(`Business unit ${bu}`);
		let all = Array.from({ length: payslips }, (_, n) => ({
			reference: `PS${String(n + 1).padStart(5, '0')}`,
			workerReference: `WK${String((n % workers) + 1).padStart(4, '0')}`,
			businessUnitReference: n % 3 ? 'BU001' : 'BU002',
			periodId: CURRENT_PERIOD,
			netPay: 1000 + n,
		}));
		if (bu) all = all.filter((p) => p.businessUnitReference === bu);
		if (req.query.WorkerReference) all = all.filter((p) => p.workerReference === req.query.WorkerReference);
		if (pastEnd === '404' && page > 1 && (page - 1) * size >= all.length) return notFound('Payslips');
		return list(all.slice((page - 1) * size, page * size));
	});

	// ---- Triggers (issue 15): workers and payslips that appear over time, driven by tests and e2e runs --------
	/** Adds a worker at the end of the business unit's list ({acc, bu, reference?, firstName?, lastName?}). */
	sim.admin('addWorker', (body = {}) => {
		const reference = body.reference ?? generated('WK');
		const worker = { reference, firstName: body.firstName ?? 'New', lastName: body.lastName ?? 'Worker', type: body.type ?? 'PAYE' };
		state.workers.set(`${body.acc ?? 'ACC001'}/${body.bu ?? 'BU001'}/${reference}`, worker);
		return { data: worker };
	});
	/** Removes a worker ({acc, bu, reference}): the list moves up. */
	sim.admin('removeWorker', (body = {}) => ({
		removed: state.workers.delete(`${body.acc ?? 'ACC001'}/${body.bu ?? 'BU001'}/${body.reference}`),
	}));
	/** Adds payslips to the current period ({count}, 1 by default): they come after the others. */
	sim.admin('addPayslips', (body = {}) => {
		payslips += Number(body.count ?? 1);
		return { payslips };
	});
	sim.onReset(() => (payslips = initialPayslips));
	// ---- end of triggers block ---------------------------------------------------------------------------------

	return Object.assign(sim, { state, TOKEN: token });
}

module.exports = { create, TOKEN, ACCOUNTS, CURRENT_PERIOD };
