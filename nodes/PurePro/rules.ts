import type { IDataObject } from 'n8n-workflow';

import { EMAIL, isBlank, matches, oneOf, present, valueAt, type Rule } from '../shared/validation';

/**
 * Every rule of PurePro's "Customers - API Requests" page, with its own words (typos included: they are
 * what PurePro users see). Field names are the docs' (keys match without regard to case, as PurePro's do).
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

const notNull = (field: string): Rule => ({ field, message: 'Cannot be null', valid: (value) => value !== undefined && value !== null });

/** Rules on the body's own fields, for Customer → Create. */
export const customerAddRules: Rule[] = [
	notNull('Reference'),
	present('Name', 'You must enter a Supplier Name'),
	present('Email', 'You must enter a Supplier Email Address'),
	matches('Email', EMAIL, 'You must provide a valid Supplier Email Address'),
	present('InvoiceDeliveryMethod', 'You must provide a Delivery Method.'),
	oneOf('InvoiceDeliveryMethod', INVOICE_DELIVERY_METHODS, 'Acceptable values are: - “Email”, “Paper, “Online”'),
	present('PayMethod', 'You must provide a valid Payment method.'),
	oneOf('PayMethod', PAY_METHODS, 'Acceptable values are: “BACS”, “Cheque”, “Manual”, “Cash”, “Chaps”'),
	{
		field: 'ApprovalFrequency',
		message: 'A number must be provided i.e., 60, 120 and that’s in minutes',
		valid: wholeNumber,
	},
	{
		field: 'ApprovalFrequency',
		message: 'Approval Frequency cannot be negative',
		valid: (value) => !wholeNumber(value) || Number(value) >= 0,
	},
	notNull('VatNumberValid'),
	{ field: 'VatNumberValid', message: 'Can be false or true', valid: (value) => isBlank(value) || typeof value === 'boolean' },
	present('Currency', 'Cannot be blank'),
	oneOf('Currency', CURRENCIES, 'Acceptable values are: "EUR", "GBP", "HUF", "USD"'),

	{
		field: 'Bank',
		message: 'If the bank details record doesn’t exist in the body, then will return 200 but record will display as failed validation error',
		when: not(isCheque),
		valid: (value) => value !== undefined && value !== null,
	},
	{
		field: 'Bank',
		message: 'You must provide a valid Payment method.',
		when: both(exists('Bank'), not(isCheque), not(internationalBank)),
		valid: (value) => recordFilled(value),
	},
	present('Bank.AccountName', 'Valid Account Name is required', domesticBank),
	{
		field: 'Bank.AccountNumber',
		message: 'Account Number must be 8 digits long',
		when: domesticBank,
		valid: (value) => /^\d{8}$/.test(String(value ?? '')),
	},
	{
		field: 'Bank.SortCode',
		message: 'Sort Code must be 6 digits long',
		when: domesticBank,
		valid: (value) => /^\d{6}$/.test(String(value ?? '')),
	},
	present('Bank.AccountName', 'Mandatory values: AccountName, IBAN, BIC (When InternationalBankAccount = true)', internationalBank),
	present('Bank.IBAN', 'Mandatory values: AccountName, IBAN, BIC (When InternationalBankAccount = true)', internationalBank),
	present('Bank.BIC', 'Mandatory values: AccountName, IBAN, BIC (When InternationalBankAccount = true)', internationalBank),
	{
		field: 'Bank.InternationalBankAccount',
		message: 'InternationalBankAccount details can only be provided when BACS is set as "NatWest Bankline International"',
		when: internationalBank,
		valid: (_value, record) => String(record[BACS_CONTEXT] ?? '') === NATWEST_INTERNATIONAL,
	},

	{
		field: 'Address',
		message: 'If the address record doesn’t exist in the body, then will return 200 but record will display as failed validation error in the webapp.',
		valid: (value) => value !== undefined && value !== null,
	},
	present('Address.Address1', 'You must enter the Address Line 1', exists('Address')),
	{
		field: 'Address.Address1',
		message: 'Address Line 1 must be between 1 and 35 characters.',
		when: exists('Address'),
		valid: (value) => isBlank(value) || String(value).trim().length <= 35,
	},
	present('Address.Postcode', 'You must enter a postcode.', domesticAddress),
	matches('Address.Postcode', UK_POSTCODE, 'Postcode - incorrect format', domesticAddress),
	{
		field: 'Address',
		message: 'Worker has missing address detail. Please ensure at least 2 lines of the address are populated.',
		when: both(domesticAddress, exists('Address.Address1')),
		valid: (value) => ['Address2', 'Address3', 'Town', 'County'].some((line) => !isBlank(valueAt(value, line))),
	},
	present('Address.Address2', 'Mandatory values: address1, address2, Country (If InternationalAddress = true)', internationalAddress),
	present('Address.Country', 'Mandatory values: address1, address2, Country (If InternationalAddress = true)', internationalAddress),
	{
		field: 'Address.Country',
		message: 'Cannot set International Address when Country is UK for the supplier xx',
		when: internationalAddress,
		valid: (value) => !UK_COUNTRY.test(String(value ?? '').trim()),
	},

	present('CostCentre.Reference', 'If cost centre record exists then reference and description must be supplied', exists('CostCentre')),
	present('CostCentre.Description', 'If cost centre record exists then reference and description must be supplied', exists('CostCentre')),
	{
		field: 'PurchaseOrder.Reference',
		message: 'If the purchase order record exists then can be blank or must be provided',
		when: exists('PurchaseOrder'),
		valid: (value) => value !== undefined && value !== null,
	},
];

/** Rules on each contact (`Contacts.<n>` in messages, counted from 0 as n8n counts items). */
export const contactRules: Rule[] = [
	present('FirstName', 'You must enter a First Name'),
	present('LastName', 'You must enter a Last Name'),
	present('Email', 'You must enter an Email Address'),
	matches('Email', EMAIL, 'You must provide a valid Email Address'),
	oneOf('Type', CONTACT_TYPES, 'Acceptable values are: “Primary”, “Billing”, “Hiring”, “Other”'),
];

/**
 * Customer → Update changes only what it sends: Reference is required, and every other rule applies to the
 * fields and records that are sent (so a missing address or bank record is no failure here).
 */
export const customerUpdateRules: Rule[] = [
	present('Reference', 'You must input a customer reference'),
	...customerAddRules.map((rule) => ({
		...rule,
		when: (record: IDataObject) =>
			valueAt(record, rule.field.split('.')[0]) !== undefined && (rule.when ? rule.when(record) : true),
	})),
];

/** Rules for the path: the docs' "Cannot be left blank" for Account, Business Unit and the reference. */
export const pathRules = (fields: string[]): Rule[] => fields.map((field) => present(field, 'Cannot be left blank'));

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
