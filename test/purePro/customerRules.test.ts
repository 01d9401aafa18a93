/**
 * One test per rule of PurePro's "Customers - API Requests" page, both sides: a valid value is sent, an
 * invalid one is refused before any request, with the docs' own words, the field and the item named.
 */
import { contactRules, customerAddRules, customerUpdateRules, NATWEST_INTERNATIONAL } from '../../nodes/PurePro/rules';
import { runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { create, credentials, node, validCustomer, withChanges } from './helpers';

const sim = useSimulator(() => create());

const INTERNATIONAL_BANK = { internationalBankAccount: true, accountName: 'Acme SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' };
const INTERNATIONAL_ADDRESS = { internationalAddress: true, address1: '5 Rue de la Paix', address2: 'Paris', country: 'FR' };

interface Case {
	/** The rule's field (as the error names it) and the docs' message. */
	field: string;
	message: string;
	operation?: 'create' | 'update';
	/** The customer changes that satisfy the rule, and those that break it. */
	valid: Record<string, unknown>;
	invalid: Record<string, unknown>;
	bacs?: string;
}

const cases: Case[] = [
	{ field: 'Reference', message: 'Cannot be null', valid: { reference: '' }, invalid: { reference: null } },
	{ field: 'Name', message: 'You must enter a Supplier Name', valid: { name: 'Acme' }, invalid: { name: '' } },
	{ field: 'Email', message: 'You must enter a Supplier Email Address', valid: { email: 'a@b.co' }, invalid: { email: undefined } },
	{ field: 'Email', message: 'You must provide a valid Supplier Email Address', valid: { email: 'x@acme.example' }, invalid: { email: 'acme.example' } },
	{ field: 'InvoiceDeliveryMethod', message: 'You must provide a Delivery Method.', valid: { invoiceDeliveryMethod: 'Paper' }, invalid: { invoiceDeliveryMethod: '' } },
	{ field: 'InvoiceDeliveryMethod', message: 'Acceptable values are: - “Email”, “Paper, “Online”', valid: { invoiceDeliveryMethod: 'Online' }, invalid: { invoiceDeliveryMethod: 'Fax' } },
	{ field: 'PayMethod', message: 'You must provide a valid Payment method.', valid: { payMethod: 'Manual' }, invalid: { payMethod: '' } },
	{ field: 'PayMethod', message: 'Acceptable values are: “BACS”, “Cheque”, “Manual”, “Cash”, “Chaps”', valid: { payMethod: 'Chaps' }, invalid: { payMethod: 'Bitcoin' } },
	{ field: 'ApprovalFrequency', message: 'A number must be provided i.e., 60, 120 and that’s in minutes', valid: { approvalFrequency: 120 }, invalid: { approvalFrequency: 'hourly' } },
	{ field: 'ApprovalFrequency', message: 'Approval Frequency cannot be negative', valid: { approvalFrequency: 0 }, invalid: { approvalFrequency: -60 } },
	{ field: 'VatNumberValid', message: 'Cannot be null', valid: { vatNumberValid: false }, invalid: { vatNumberValid: null } },
	{ field: 'VatNumberValid', message: 'Can be false or true', valid: { vatNumberValid: true }, invalid: { vatNumberValid: 'yes' } },
	{ field: 'Currency', message: 'Cannot be blank', valid: { currency: 'EUR' }, invalid: { currency: '' } },
	{ field: 'Currency', message: 'Acceptable values are: "EUR", "GBP", "HUF", "USD"', valid: { currency: 'HUF' }, invalid: { currency: 'JPY' } },
	{
		field: 'Bank',
		message: 'If the bank details record doesn’t exist in the body, then will return 200 but record will display as failed validation error',
		valid: { bank: undefined, payMethod: 'Cheque' },
		invalid: { bank: undefined },
	},
	{
		field: 'Bank',
		message: 'You must provide a valid Payment method.',
		valid: { bank: { accountName: '', accountNumber: '', sortCode: '' }, payMethod: 'Cheque' },
		invalid: { bank: { accountName: '', accountNumber: '', sortCode: '' } },
	},
	{ field: 'Bank.AccountName', message: 'Valid Account Name is required', valid: { 'bank.accountName': 'A' }, invalid: { 'bank.accountName': '' } },
	{ field: 'Bank.AccountNumber', message: 'Account Number must be 8 digits long', valid: { 'bank.accountNumber': '87654321' }, invalid: { 'bank.accountNumber': '1234567' } },
	{ field: 'Bank.SortCode', message: 'Sort Code must be 6 digits long', valid: { 'bank.sortCode': '654321' }, invalid: { 'bank.sortCode': '12345' } },
	...(['AccountName', 'IBAN', 'BIC'] as const).map((key) => ({
		field: `Bank.${key}`,
		message: 'Mandatory values: AccountName, IBAN, BIC (When InternationalBankAccount = true)',
		bacs: NATWEST_INTERNATIONAL,
		valid: { bank: INTERNATIONAL_BANK },
		invalid: { bank: withChanges(INTERNATIONAL_BANK, { [key === 'AccountName' ? 'accountName' : key.toLowerCase()]: '' }) },
	})),
	{
		field: 'Bank.InternationalBankAccount',
		message: 'InternationalBankAccount details can only be provided when BACS is set as "NatWest Bankline International"',
		bacs: NATWEST_INTERNATIONAL,
		valid: { bank: INTERNATIONAL_BANK },
		invalid: { bank: INTERNATIONAL_BANK, bacs: 'other' },
	},
	{
		field: 'Address',
		message: 'If the address record doesn’t exist in the body, then will return 200 but record will display as failed validation error in the webapp.',
		valid: {},
		invalid: { address: undefined },
	},
	{ field: 'Address.Address1', message: 'You must enter the Address Line 1', valid: { 'address.address1': '2 Low Road' }, invalid: { 'address.address1': '' } },
	{ field: 'Address.Address1', message: 'Address Line 1 must be between 1 and 35 characters.', valid: { 'address.address1': 'x'.repeat(35) }, invalid: { 'address.address1': 'x'.repeat(36) } },
	{ field: 'Address.Postcode', message: 'You must enter a postcode.', valid: { 'address.postcode': 'M1 1AE' }, invalid: { 'address.postcode': '' } },
	{ field: 'Address.Postcode', message: 'Postcode - incorrect format', valid: { 'address.postcode': 'EC1A1BB' }, invalid: { 'address.postcode': '12345' } },
	{
		field: 'Address',
		message: 'Worker has missing address detail. Please ensure at least 2 lines of the address are populated.',
		valid: { 'address.address2': undefined, 'address.town': 'London' },
		invalid: { 'address.address2': undefined },
	},
	{
		field: 'Address.Address2',
		message: 'Mandatory values: address1, address2, Country (If InternationalAddress = true)',
		valid: { address: INTERNATIONAL_ADDRESS },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { address2: '' }) },
	},
	{
		field: 'Address.Country',
		message: 'Mandatory values: address1, address2, Country (If InternationalAddress = true)',
		valid: { address: INTERNATIONAL_ADDRESS },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: undefined }) },
	},
	{
		field: 'Address.Country',
		message: 'Cannot set International Address when Country is UK for the supplier xx',
		valid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: 'France' }) },
		invalid: { address: withChanges(INTERNATIONAL_ADDRESS, { country: 'GB' }) },
	},
	{ field: 'CostCentre.Reference', message: 'If cost centre record exists then reference and description must be supplied', valid: { costCentre: undefined }, invalid: { 'costCentre.reference': '' } },
	{ field: 'CostCentre.Description', message: 'If cost centre record exists then reference and description must be supplied', valid: { 'costCentre.description': 'Other' }, invalid: { 'costCentre.description': undefined } },
	{
		field: 'PurchaseOrder.Reference',
		message: 'If the purchase order record exists then can be blank or must be provided',
		valid: { 'purchaseOrder.reference': '' },
		invalid: { 'purchaseOrder.reference': null },
	},
	{ field: 'Contacts.0.FirstName', message: 'You must enter a First Name', valid: { contacts: [] }, invalid: { 'contacts.0.firstName': '' } },
	{ field: 'Contacts.0.LastName', message: 'You must enter a Last Name', valid: { 'contacts.0.lastName': 'Smith' }, invalid: { 'contacts.0.lastName': ' ' } },
	{ field: 'Contacts.0.Email', message: 'You must enter an Email Address', valid: { 'contacts.0.email': 'a@b.co' }, invalid: { 'contacts.0.email': undefined } },
	{ field: 'Contacts.0.Email', message: 'You must provide a valid Email Address', valid: { 'contacts.0.email': 'b@c.org' }, invalid: { 'contacts.0.email': 'ann at acme' } },
	{ field: 'Contacts.0.Type', message: 'Acceptable values are: “Primary”, “Billing”, “Hiring”, “Other”', valid: { 'contacts.0.type': 'Hiring' }, invalid: { 'contacts.0.type': 'Boss' } },
	{
		field: 'Reference',
		message: 'You must input a customer reference',
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

	describe.each(cases)('$field: $message', (c) => {
		const operation = c.operation ?? 'create';

		test('a valid value is sent', async () => {
			const { customer, bacs } = customerFor(c, 'valid');
			const result = await runNode({ node, credentials: credentials(sim.url), parameters: parameters(operation, customer, bacs) });
			expect(result.error).toBeUndefined();
			expect(sim.received(operation === 'create' ? 'POST' : 'PUT', '/Customer/ACC001/BU001')).toHaveLength(1);
			expect(sim.state.failed).toEqual([]);
		});

		test('an invalid value is refused before sending, in the docs’ words, naming field and item', async () => {
			const { customer, bacs } = customerFor(c, 'invalid');
			const result = await runNode({ node, credentials: credentials(sim.url), parameters: parameters(operation, customer, bacs) });
			const shown = `${result.error?.message} ${result.error?.description}`;
			expect(shown).toContain(`${c.field}: ${c.message}`);
			expect(result.error?.description).toMatch(/Item 1 was not sent to PurePro/);
			expect(sim.requests).toHaveLength(0);
		});
	});
});
