/**
 * One test per rule of PurePro's "Customers - API Requests" page, both sides: a valid value is sent, an
 * invalid one is refused before any request, in one plain sentence, the field named as the editor labels it
 * and the item counted from 1.
 */
import { contactRules, customerAddRules, customerUpdateRules, fieldLabel, NATWEST_INTERNATIONAL } from '../../nodes/PurePro/rules';
import { runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { create, credentials, node, validCustomer, withChanges } from './helpers';

const sim = useSimulator(() => create());

const INTERNATIONAL_BANK = { internationalBankAccount: true, accountName: 'Acme SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' };
const INTERNATIONAL_ADDRESS = { internationalAddress: true, address1: '5 Rue de la Paix', address2: 'Paris', country: 'FR' };

interface Case {
	/** The rule's field (the docs' path), the field as the editor labels it (as the error names it), and the message. */
	field: string;
	label: string;
	message: string;
	operation?: 'create' | 'update';
	/** The customer changes that satisfy the rule, and those that break it. */
	valid: Record<string, unknown>;
	invalid: Record<string, unknown>;
	bacs?: string;
}

const cases: Case[] = [
	{ field: 'Reference', label: 'Customer Reference', message: 'Include a reference, or leave it empty for PurePro to make one: PurePro refuses a customer that has none at all.', valid: { reference: '' }, invalid: { reference: null } },
	{ field: 'Name', label: 'Name', message: 'Enter the customer’s name: PurePro needs it to add the customer.', valid: { name: 'Acme' }, invalid: { name: '' } },
	{ field: 'Email', label: 'Email', message: 'Enter the customer’s email address: PurePro needs it to add the customer.', valid: { email: 'a@b.co' }, invalid: { email: undefined } },
	{ field: 'Email', label: 'Email', message: 'Enter a valid email address, such as accounts@example.com.', valid: { email: 'x@acme.example' }, invalid: { email: 'acme.example' } },
	{ field: 'InvoiceDeliveryMethod', label: 'Invoice Delivery Method', message: 'Choose how invoices reach the customer: Email, Paper or Online.', valid: { invoiceDeliveryMethod: 'Paper' }, invalid: { invoiceDeliveryMethod: '' } },
	{ field: 'InvoiceDeliveryMethod', label: 'Invoice Delivery Method', message: 'Choose Email, Paper or Online: PurePro knows no other way to deliver invoices.', valid: { invoiceDeliveryMethod: 'Online' }, invalid: { invoiceDeliveryMethod: 'Fax' } },
	{ field: 'PayMethod', label: 'Pay Method', message: 'Choose how the customer pays: BACS, Cheque, Manual, Cash or Chaps.', valid: { payMethod: 'Manual' }, invalid: { payMethod: '' } },
	{ field: 'PayMethod', label: 'Pay Method', message: 'Choose BACS, Cheque, Manual, Cash or Chaps: PurePro knows no other pay method.', valid: { payMethod: 'Chaps' }, invalid: { payMethod: 'Bitcoin' } },
	{ field: 'ApprovalFrequency', label: 'Approval Frequency (Minutes)', message: 'Enter a whole number of minutes, such as 60 or 120.', valid: { approvalFrequency: 120 }, invalid: { approvalFrequency: 'hourly' } },
	{ field: 'ApprovalFrequency', label: 'Approval Frequency (Minutes)', message: 'Enter 0 or more minutes: the approval frequency cannot be negative.', valid: { approvalFrequency: 0 }, invalid: { approvalFrequency: -60 } },
	{ field: 'VatNumberValid', label: 'VAT Number Valid', message: 'Say whether the VAT number is valid (true or false): PurePro refuses a customer without it.', valid: { vatNumberValid: false }, invalid: { vatNumberValid: null } },
	{ field: 'VatNumberValid', label: 'VAT Number Valid', message: 'Use true or false.', valid: { vatNumberValid: true }, invalid: { vatNumberValid: 'yes' } },
	{ field: 'Currency', label: 'Currency', message: 'Choose the customer’s currency: EUR, GBP, HUF or USD.', valid: { currency: 'EUR' }, invalid: { currency: '' } },
	{ field: 'Currency', label: 'Currency', message: 'Choose EUR, GBP, HUF or USD: PurePro knows no other currency.', valid: { currency: 'HUF' }, invalid: { currency: 'JPY' } },
	{
		field: 'Bank',
		label: 'Bank',
		message: 'Add bank details, or choose Pay Method Cheque: without them PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro.',
		valid: { bank: undefined, payMethod: 'Cheque' },
		invalid: { bank: undefined },
	},
	{
		field: 'Bank',
		label: 'Bank',
		message: 'Fill in the bank details (account name, account number and sort code): with an empty bank record PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro.',
		valid: { bank: { accountName: '', accountNumber: '', sortCode: '' }, payMethod: 'Cheque' },
		invalid: { bank: { accountName: '', accountNumber: '', sortCode: '' } },
	},
	{ field: 'Bank.AccountName', label: 'Bank → Account Name', message: 'Enter the name the bank account is held in.', valid: { 'bank.accountName': 'A' }, invalid: { 'bank.accountName': '' } },
	{ field: 'Bank.AccountNumber', label: 'Bank → Account Number', message: 'Enter the 8 digits of the account number.', valid: { 'bank.accountNumber': '87654321' }, invalid: { 'bank.accountNumber': '1234567' } },
	{ field: 'Bank.SortCode', label: 'Bank → Sort Code', message: 'Enter the 6 digits of the sort code (12-34-56 is fine too).', valid: { 'bank.sortCode': '654321' }, invalid: { 'bank.sortCode': '12345' } },
	...(['AccountName', 'IBAN', 'BIC'] as const).map((key) => ({
		field: `Bank.${key}`,
		label: `Bank → ${key === 'AccountName' ? 'Account Name' : key}`,
		message: 'An international bank account needs the account name, the IBAN and the BIC: enter all three.',
		bacs: NATWEST_INTERNATIONAL,
		valid: { bank: INTERNATIONAL_BANK },
		invalid: { bank: withChanges(INTERNATIONAL_BANK, { [key === 'AccountName' ? 'accountName' : key.toLowerCase()]: '' }) },
	})),
	{
		field: 'Bank.InternationalBankAccount',
		label: 'Bank → International Bank Account',
		message: `PurePro takes an international account only when the business unit’s BACS is ${NATWEST_INTERNATIONAL}: confirm that under Options → Business Unit BACS, or give a UK account.`,
		bacs: NATWEST_INTERNATIONAL,
		valid: { bank: INTERNATIONAL_BANK },
		invalid: { bank: INTERNATIONAL_BANK, bacs: 'other' },
	},
	{
		field: 'Address',
		label: 'Address',
		message: 'Add an address: without one PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro.',
		valid: {},
		invalid: { address: undefined },
	},
	{ field: 'Address.Address1', label: 'Address → Address Line 1', message: 'Enter the first line of the address.', valid: { 'address.address1': '2 Low Road' }, invalid: { 'address.address1': '' } },
	{ field: 'Address.Address1', label: 'Address → Address Line 1', message: 'Shorten the first line of the address to 35 characters at most: PurePro takes no more.', valid: { 'address.address1': 'x'.repeat(35) }, invalid: { 'address.address1': 'x'.repeat(36) } },
	{ field: 'Address.Postcode', label: 'Address → Postcode', message: 'Enter the postcode: a UK address needs one.', valid: { 'address.postcode': 'M1 1AE' }, invalid: { 'address.postcode': '' } },
	{ field: 'Address.Postcode', label: 'Address → Postcode', message: 'Enter a UK postcode, such as SW1A 1AA (or mark the address as international).', valid: { 'address.postcode': 'EC1A1BB' }, invalid: { 'address.postcode': '12345' } },
	{
		field: 'Address',
		label: 'Address',
		message: 'Add a second address line, a town or a county: with only one line of a UK address PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro.',
		valid: { 'address.address2': undefined, 'address.town': 'London' },
		invalid: { 'address.address2': undefined },
	},
	{
		field: 'Address.Address2',
		label: 'Address → Address Line 2',
		message: 'An international address needs line 1, line 2 and the country: enter all three.',
		valid: { address: INTERNATIONAL_ADDRESS },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { address2: '' }) },
	},
	{
		field: 'Address.Country',
		label: 'Address → Country',
		message: 'An international address needs line 1, line 2 and the country: enter all three.',
		valid: { address: INTERNATIONAL_ADDRESS },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: undefined }) },
	},
	{
		field: 'Address.Country',
		label: 'Address → Country',
		message: 'Turn International Address off for an address in the UK: PurePro refuses a UK country on an international address.',
		valid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: 'France' }) },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: 'GB' }) },
	},
	{ field: 'CostCentre.Reference', label: 'Cost Centre → Reference', message: 'A cost centre needs both a reference and a description: enter both, or remove the cost centre.', valid: { costCentre: undefined }, invalid: { 'costCentre.reference': '' } },
	{ field: 'CostCentre.Description', label: 'Cost Centre → Description', message: 'A cost centre needs both a reference and a description: enter both, or remove the cost centre.', valid: { 'costCentre.description': 'Other' }, invalid: { 'costCentre.description': undefined } },
	{
		field: 'PurchaseOrder.Reference',
		label: 'Purchase Order → Reference',
		message: 'Include the purchase order’s reference (it may be empty): PurePro refuses a purchase order without one.',
		valid: { 'purchaseOrder.reference': '' },
		invalid: { 'purchaseOrder.reference': null },
	},
	{ field: 'Contacts.0.FirstName', label: 'Contact 1 → First Name', message: 'Enter the contact’s first name: PurePro needs it for every contact.', valid: { contacts: [] }, invalid: { 'contacts.0.firstName': '' } },
	{ field: 'Contacts.0.LastName', label: 'Contact 1 → Last Name', message: 'Enter the contact’s last name: PurePro needs it for every contact.', valid: { 'contacts.0.lastName': 'Smith' }, invalid: { 'contacts.0.lastName': ' ' } },
	{ field: 'Contacts.0.Email', label: 'Contact 1 → Email', message: 'Enter the contact’s email address: PurePro needs it for every contact.', valid: { 'contacts.0.email': 'a@b.co' }, invalid: { 'contacts.0.email': undefined } },
	{ field: 'Contacts.0.Email', label: 'Contact 1 → Email', message: 'Enter a valid email address, such as name@example.com.', valid: { 'contacts.0.email': 'b@c.org' }, invalid: { 'contacts.0.email': 'ann at acme' } },
	{ field: 'Contacts.0.Type', label: 'Contact 1 → Type', message: 'Choose Primary, Billing, Hiring or Other: PurePro knows no other contact type.', valid: { 'contacts.0.type': 'Hiring' }, invalid: { 'contacts.0.type': 'Boss' } },
	{
		field: 'Reference',
		label: 'Customer Reference',
		message: 'Give the reference of the customer to update: PurePro finds the customer by it.',
		operation: 'update',
		valid: { reference: 'CU0001' },
		invalid: { reference: '' },
	},
];

function parameters(operation: 'create' | 'update', customer: Record<string, unknown>, bacs?: string) {
	return {
		resource: 'customer',
		operation,
		bodyMode: 'json',
		jsonBody: JSON.stringify(customer),
		options: bacs ? { bacs } : {},
	};
}

/** Splits a case's changes into the customer's and the Options' (`bacs`). */
function customerFor(c: Case, side: 'valid' | 'invalid') {
	const { bacs, ...changes } = c[side] as Record<string, unknown> & { bacs?: string };
	const base = c.operation === 'update' ? withChanges(validCustomer(), { reference: 'CU0001' }) : validCustomer();
	return { customer: withChanges(base, changes), bacs: bacs ?? c.bacs };
}

describe('every documented customer rule', () => {
	test('the table of rules is covered: each rule has a test below', () => {
		const key = (r: { field: string; message: string }) => `${r.field}|${r.message}`;
		const documented = [
			...customerAddRules.map(key),
			...contactRules.map((r) => key({ ...r, field: `Contacts.0.${r.field}` })),
			key(customerUpdateRules[0]),
		];
		expect(new Set(cases.map(key))).toEqual(new Set(documented));
	});

	describe.each(cases)('$label: $message', (c) => {
		const operation = c.operation ?? 'create';

		test('a valid value is sent', async () => {
			const { customer, bacs } = customerFor(c, 'valid');
			const result = await runNode({ node, credentials: credentials(sim.url), parameters: parameters(operation, customer, bacs) });
			expect(result.error).toBeUndefined();
			expect(sim.received(operation === 'create' ? 'POST' : 'PUT', '/Customer/ACC001/BU001')).toHaveLength(1);
			expect(sim.state.failed).toEqual([]);
		});

		test('an invalid value is refused before sending, in plain words, naming field and item', async () => {
			const { customer, bacs } = customerFor(c, 'invalid');
			const result = await runNode({ node, credentials: credentials(sim.url), parameters: parameters(operation, customer, bacs) });
			const shown = `${result.error?.message} ${result.error?.description}`;
			expect(shown).toContain(`${c.label}: ${c.message}`);
			expect(result.error?.description).toMatch(/^Item 1 was not sent to PurePro/);
			expect(sim.requests).toHaveLength(0);
		});
	});
});

describe('messages speak the customer’s language', () => {
	const all = [...customerAddRules, ...contactRules, ...customerUpdateRules].map((r) => r.message);

	test('no slip from the docs: no "Supplier", "supplier xx" or "Worker" on a customer, no talk of the request body', () => {
		expect(all.filter((m) => /supplier|worker|\bbody\b|webapp|mandatory values|acceptable values/i.test(m))).toEqual([]);
	});

	test('each is one plain sentence', () => {
		expect(all.filter((m) => !/^[A-Z].*[.]$/.test(m) || /[.!?] [A-Z]/.test(m.replace(/e\.g\. /g, '')))).toEqual([]);
	});

	test.each([
		['Contacts.0.LastName', 'Contact 1 → Last Name'],
		['Contact.2.Email', 'Contact 3 → Email'],
		['Address.Postcode', 'Address → Postcode'],
		['Bank.SortCode', 'Bank → Sort Code'],
		['CostCentre.Reference', 'Cost Centre → Reference'],
		['Reference', 'Customer Reference'],
	])('%s reads "%s", as the editor labels it', (path, label) => {
		expect(fieldLabel(path)).toBe(label);
	});

	test('several problems of one item: the first as the message, the others in the description', async () => {
		const customer = withChanges(validCustomer(), { name: '', 'bank.sortCode': '12', 'contacts.0.lastName': '' });
		const result = await runNode({ node, credentials: credentials(sim.url), parameters: parameters('create', customer) });
		expect(result.error?.message).toBe('Name: Enter the customer’s name: PurePro needs it to add the customer.');
		expect(result.error?.description).toBe(
			'Item 1 was not sent to PurePro. Also: Bank → Sort Code: Enter the 6 digits of the sort code (12-34-56 is fine too). Contact 1 → Last Name: Enter the contact’s last name: PurePro needs it for every contact.',
		);
	});
});
