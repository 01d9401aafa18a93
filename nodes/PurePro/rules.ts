import type { IDataObject } from 'n8n-workflow';

import { EMAIL, isBlank, matches, oneOf, present, valueAt, type Rule } from '../shared/validation';

/**
 * Every rule of PurePro's "Customers - API Requests" page. Field paths are the docs' (keys match without
 * regard to case, as PurePro's do); messages say in one plain sentence what is missing and why it matters,
 * in the customer's words (the docs' own texts slip into "Supplier" and "Worker" and speak of the body).
 * Checked before anything is sent: for a missing or incomplete address or bank record PurePro answers
 * HTTP 200 and shows the failure only inside its web app, so this check is the user's only warning.
 */

export const INVOICE_DELIVERY_METHODS = ['Email', 'Paper', 'Online'] as const;
export const PAY_METHODS = ['BACS', 'Cheque', 'Manual', 'Cash', 'Chaps'] as const;
export const CONTACT_TYPES = ['Primary', 'Billing', 'Hiring', 'Other'] as const;
export const CURRENCIES = ['EUR', 'GBP', 'HUF', 'USD'] as const;
export const NATWEST_INTERNATIONAL = 'NatWest Bankline International';

/** Not sent: what the user says of the business unit's BACS setting, which decides if international banks are allowed. */
export const BACS_CONTEXT = 'BusinessUnitBacs';

const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
const UK_COUNTRY = /^(gb|uk|gbr|united kingdom|great britain)$/i;

const exists = (path: string) => (record: IDataObject) => !isBlank(valueAt(record, path));
const isTrue = (value: unknown) => value === true || String(value).toLowerCase() === 'true';
const international = (path: string) => (record: IDataObject) => isTrue(valueAt(record, path));
const both = (...conditions: Array<(record: IDataObject) => boolean>) => (record: IDataObject) =>
	conditions.every((condition) => condition(record));
const not = (condition: (record: IDataObject) => boolean) => (record: IDataObject) => !condition(record);

const INTERNATIONAL_BANK_NEEDS = 'An international bank account needs the account name, the IBAN and the BIC: enter all three.';
const INTERNATIONAL_ADDRESS_NEEDS = 'An international address needs line 1, line 2 and the country: enter all three.';
const COST_CENTRE_NEEDS = 'A cost centre needs both a reference and a description: enter both, or remove the cost centre.';

const isCheque = (record: IDataObject) => String(valueAt(record, 'PayMethod') ?? '').toLowerCase() === 'cheque';
const recordFilled = (value: unknown) =>
	value !== null &&
	typeof value === 'object' &&
	Object.entries(value as IDataObject).some(([key, v]) => !/^international/i.test(key) && !isBlank(v));
const bankFilled = (record: IDataObject) => recordFilled(valueAt(record, 'Bank'));
const domesticBank = both(bankFilled, not(international('Bank.InternationalBankAccount')));
const internationalBank = both(exists('Bank'), international('Bank.InternationalBankAccount'));
const domesticAddress = both(exists('Address'), not(international('Address.InternationalAddress')));
const internationalAddress = both(exists('Address'), international('Address.InternationalAddress'));

const wholeNumber = (value: unknown) =>
	(typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value.trim()));

const notNull = (field: string, message: string): Rule => ({ field, message, valid: (value) => value !== undefined && value !== null });

const SILENT_FAILURE = 'PurePro accepts the customer but marks it as failing validation, so you would only see the problem in PurePro';

/** Rules on the body's own fields, for Customer → Create. */
export const customerAddRules: Rule[] = [
	notNull('Reference', 'Include a reference, or leave it empty for PurePro to make one: PurePro refuses a customer that has none at all.'),
	present('Name', 'Enter the customer’s name: PurePro needs it to add the customer.'),
	present('Email', 'Enter the customer’s email address: PurePro needs it to add the customer.'),
	matches('Email', EMAIL, 'Enter a valid email address, such as accounts@example.com.'),
	present('InvoiceDeliveryMethod', 'Choose how invoices reach the customer: Email, Paper or Online.'),
	oneOf('InvoiceDeliveryMethod', INVOICE_DELIVERY_METHODS, 'Choose Email, Paper or Online: PurePro knows no other way to deliver invoices.'),
	present('PayMethod', 'Choose how the customer pays: BACS, Cheque, Manual, Cash or Chaps.'),
	oneOf('PayMethod', PAY_METHODS, 'Choose BACS, Cheque, Manual, Cash or Chaps: PurePro knows no other pay method.'),
	{
		field: 'ApprovalFrequency',
		message: 'Enter a whole number of minutes, such as 60 or 120.',
		valid: wholeNumber,
	},
	{
		field: 'ApprovalFrequency',
		message: 'Enter 0 or more minutes: the approval frequency cannot be negative.',
		valid: (value) => !wholeNumber(value) || Number(value) >= 0,
	},
	notNull('VatNumberValid', 'Say whether the VAT number is valid (true or false): PurePro refuses a customer without it.'),
	{ field: 'VatNumberValid', message: 'Use true or false.', valid: (value) => isBlank(value) || typeof value === 'boolean' },
	present('Currency', 'Choose the customer’s currency: EUR, GBP, HUF or USD.'),
	oneOf('Currency', CURRENCIES, 'Choose EUR, GBP, HUF or USD: PurePro knows no other currency.'),

	{
		field: 'Bank',
		message: `Add bank details, or choose Pay Method Cheque: without them ${SILENT_FAILURE}.`,
		when: not(isCheque),
		valid: (value) => value !== undefined && value !== null,
	},
	{
		field: 'Bank',
		message: `Fill in the bank details (account name, account number and sort code): with an empty bank record ${SILENT_FAILURE}.`,
		when: both(exists('Bank'), not(isCheque), not(internationalBank)),
		valid: (value) => recordFilled(value),
	},
	present('Bank.AccountName', 'Enter the name the bank account is held in.', domesticBank),
	{
		field: 'Bank.AccountNumber',
		message: 'Enter the 8 digits of the account number.',
		when: domesticBank,
		valid: (value) => /^\d{8}$/.test(String(value ?? '')),
	},
	{
		field: 'Bank.SortCode',
		message: 'Enter the 6 digits of the sort code (12-34-56 is fine too).',
		when: domesticBank,
		valid: (value) => /^\d{6}$/.test(String(value ?? '')),
	},
	present('Bank.AccountName', INTERNATIONAL_BANK_NEEDS, internationalBank),
	present('Bank.IBAN', INTERNATIONAL_BANK_NEEDS, internationalBank),
	present('Bank.BIC', INTERNATIONAL_BANK_NEEDS, internationalBank),
	{
		field: 'Bank.InternationalBankAccount',
		message: `PurePro takes an international account only when the business unit’s BACS is ${NATWEST_INTERNATIONAL}: confirm that under Options → Business Unit BACS, or give a UK account.`,
		when: internationalBank,
		valid: (_value, record) => String(record[BACS_CONTEXT] ?? '') === NATWEST_INTERNATIONAL,
	},

	{
		field: 'Address',
		message: `Add an address: without one ${SILENT_FAILURE}.`,
		valid: (value) => value !== undefined && value !== null,
	},
	present('Address.Address1', 'Enter the first line of the address.', exists('Address')),
	{
		field: 'Address.Address1',
		message: 'Shorten the first line of the address to 35 characters at most: PurePro takes no more.',
		when: exists('Address'),
		valid: (value) => isBlank(value) || String(value).trim().length <= 35,
	},
	present('Address.Postcode', 'Enter the postcode: a UK address needs one.', domesticAddress),
	matches('Address.Postcode', UK_POSTCODE, 'Enter a UK postcode, such as SW1A 1AA (or mark the address as international).', domesticAddress),
	{
		field: 'Address',
		message: `Add a second address line, a town or a county: with only one line of a UK address ${SILENT_FAILURE}.`,
		when: both(domesticAddress, exists('Address.Address1')),
		valid: (value) => ['Address2', 'Address3', 'Town', 'County'].some((line) => !isBlank(valueAt(value, line))),
	},
	present('Address.Address2', INTERNATIONAL_ADDRESS_NEEDS, internationalAddress),
	present('Address.Country', INTERNATIONAL_ADDRESS_NEEDS, internationalAddress),
	{
		field: 'Address.Country',
		message: 'Turn International Address off for an address in the UK: PurePro refuses a UK country on an international address.',
		when: internationalAddress,
		valid: (value) => !UK_COUNTRY.test(String(value ?? '').trim()),
	},

	present('CostCentre.Reference', COST_CENTRE_NEEDS, exists('CostCentre')),
	present('CostCentre.Description', COST_CENTRE_NEEDS, exists('CostCentre')),
	{
		field: 'PurchaseOrder.Reference',
		message: 'Include the purchase order’s reference (it may be empty): PurePro refuses a purchase order without one.',
		when: exists('PurchaseOrder'),
		valid: (value) => value !== undefined && value !== null,
	},
];

/** Rules on each contact (named "Contact 1", "Contact 2" … in messages, as the editor lists them). */
export const contactRules: Rule[] = [
	present('FirstName', 'Enter the contact’s first name: PurePro needs it for every contact.'),
	present('LastName', 'Enter the contact’s last name: PurePro needs it for every contact.'),
	present('Email', 'Enter the contact’s email address: PurePro needs it for every contact.'),
	matches('Email', EMAIL, 'Enter a valid email address, such as name@example.com.'),
	oneOf('Type', CONTACT_TYPES, 'Choose Primary, Billing, Hiring or Other: PurePro knows no other contact type.'),
];

/**
 * Customer → Update changes only what it sends: Reference is required, and every other rule applies to the
 * fields and records that are sent (so a missing address or bank record is no failure here).
 */
export const customerUpdateRules: Rule[] = [
	present('Reference', 'Give the reference of the customer to update: PurePro finds the customer by it.'),
	...customerAddRules.map((rule) => ({
		...rule,
		when: (record: IDataObject) =>
			valueAt(record, rule.field.split('.')[0]) !== undefined && (rule.when ? rule.when(record) : true),
	})),
];

/** What to do about a blank part of the path ("Cannot be left blank" in the docs): Account, Business Unit, a reference. */
const PATH_HELP: Record<string, string> = {
	Account: 'Choose an account, or set a Default Account Reference in the PurePro credential: PurePro needs it in every request.',
	'Business Unit': 'Choose a business unit, or set a Default Business Unit Reference in the PurePro credential: PurePro needs it here.',
	Period: 'Choose a period, or Current Period: PurePro needs it here.',
};

/** Rules for the path: Account, Business Unit and the reference cannot be left blank. */
export const pathRules = (fields: string[]): Rule[] =>
	fields.map((field) => present(field, PATH_HELP[field] ?? `Enter the ${field.toLowerCase()} reference: PurePro finds the ${field.toLowerCase()} by it.`));

/**
 * A customer's rules with the contact rules repeated for each of its contacts (the list may be keyed
 * `Contacts`, or `Contact` as the docs' table writes it).
 */
export function customerRules(operation: 'create' | 'update', customer: IDataObject): Rule[] {
	const key = ['Contacts', 'Contact'].find((name) => Array.isArray(valueAt(customer, name)));
	const contacts = key ? (valueAt(customer, key) as unknown[]) : [];
	const perContact = contacts.flatMap((_, n) => contactRules.map((rule) => ({ ...rule, field: `${key}.${n}.${rule.field}` })));
	return [...(operation === 'create' ? customerAddRules : customerUpdateRules), ...perContact];
}

/** The editor's labels for the docs' field names, so that a message names the field the user sees. */
const LABELS: Record<string, string> = {
	reference: 'Customer Reference',
	name: 'Name',
	email: 'Email',
	invoicedeliverymethod: 'Invoice Delivery Method',
	paymethod: 'Pay Method',
	approvalfrequency: 'Approval Frequency (Minutes)',
	vatnumbervalid: 'VAT Number Valid',
	currency: 'Currency',
	bank: 'Bank',
	accountname: 'Account Name',
	accountnumber: 'Account Number',
	sortcode: 'Sort Code',
	iban: 'IBAN',
	bic: 'BIC',
	internationalbankaccount: 'International Bank Account',
	address: 'Address',
	address1: 'Address Line 1',
	address2: 'Address Line 2',
	postcode: 'Postcode',
	country: 'Country',
	costcentre: 'Cost Centre',
	purchaseorder: 'Purchase Order',
	description: 'Description',
	firstname: 'First Name',
	lastname: 'Last Name',
	type: 'Type',
};

/**
 * A rule's field as the editor labels it: `Contacts.0.LastName` → "Contact 1 → Last Name",
 * `Address.Postcode` → "Address → Postcode" (contacts counted from 1, as the editor shows them).
 */
export function fieldLabel(path: string): string {
	const parts = path.split('.');
	const words: string[] = [];
	for (let n = 0; n < parts.length; n++) {
		const part = parts[n];
		if (/^contacts?$/i.test(part) && /^\d+$/.test(parts[n + 1] ?? '')) {
			words.push(`Contact ${Number(parts[++n]) + 1}`);
		} else {
			// Nested records' own reference is "Reference", the customer's is "Customer Reference".
			words.push(n > 0 && part.toLowerCase() === 'reference' ? 'Reference' : (LABELS[part.toLowerCase()] ?? part));
		}
	}
	return words.join(' → ');
}
