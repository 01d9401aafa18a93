import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank } from '../../../shared/validation';
import { jsonObject } from '../../body';
import {
	BACS_CONTEXT,
	CONTACT_TYPES,
	CURRENCIES,
	INVOICE_DELIVERY_METHODS,
	NATWEST_INTERNATIONAL,
	PAY_METHODS,
} from '../../rules';

type Mode = 'create' | 'update';

export const choices = (values: readonly string[]) => values.map((value) => ({ name: value, value }));

const invoiceDeliveryMethod: INodeProperties = {
	displayName: 'Invoice Delivery Method',
	name: 'invoiceDeliveryMethod',
	type: 'options',
	options: choices(INVOICE_DELIVERY_METHODS),
	default: 'Email',
};
export const payMethod: INodeProperties = {
	displayName: 'Pay Method',
	name: 'payMethod',
	type: 'options',
	options: choices(PAY_METHODS),
	default: 'BACS',
	description: 'With Cheque, bank details are not needed',
};
const approvalFrequency: INodeProperties = {
	displayName: 'Approval Frequency (Minutes)',
	name: 'approvalFrequency',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 60,
	description: 'A whole number of minutes, for example 60 or 120',
};
export const currency: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'options',
	options: choices(CURRENCIES),
	default: 'GBP',
};
const vatNumberValid: INodeProperties = {
	displayName: 'VAT Number Valid',
	name: 'vatNumberValid',
	type: 'boolean',
	default: false,
	description: 'Whether the VAT number has been checked as valid',
};
const name: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };
const email: INodeProperties = { displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' };
const optionalTexts: INodeProperties[] = [
	{ displayName: 'Billing Group', name: 'billingGroup', type: 'string', default: '' },
	{ displayName: 'Billing Scheme', name: 'billingScheme', type: 'string', default: '' },
	{ displayName: 'Companies House Number', name: 'companiesHouseNumber', type: 'string', default: '' },
	{ displayName: 'Industry Classification', name: 'industryClassification', type: 'string', default: '' },
	{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '' },
];

const contacts: INodeProperties = {
	displayName: 'Contacts',
	name: 'contacts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Contact',
	default: {},
	description: 'Each contact needs a first name, a last name and a valid email address',
	options: [
		{
			displayName: 'Contact',
			name: 'contact',
			values: [
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
				{ displayName: 'Type', name: 'type', type: 'options', options: choices(CONTACT_TYPES), default: 'Primary' },
			],
		},
	],
};

export const address: INodeProperties = {
	displayName: 'Address',
	name: 'address',
	type: 'collection',
	placeholder: 'Add Address Field',
	default: {},
	description:
		'Without an address PurePro still answers OK but marks the customer as failing validation, so the node refuses to add a customer without one. UK: line 1 (up to 35 characters), one more line or town or county, and a postcode. International: line 1, line 2 and country.',
	options: [
		{ displayName: 'Address Line 1', name: 'address1', type: 'string', default: '' },
		{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '' },
		{ displayName: 'Address Line 3', name: 'address3', type: 'string', default: '' },
		{ displayName: 'Country', name: 'country', type: 'string', default: '', description: 'A country code (e.g. FR) or name (e.g. France).' },
		{ displayName: 'County', name: 'county', type: 'string', default: '' },
		{
			displayName: 'International Address',
			name: 'internationalAddress',
			type: 'boolean',
			default: false,
			description: 'Whether the address is outside the UK (the country cannot then be the UK)',
		},
		{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '' },
		{ displayName: 'Town', name: 'town', type: 'string', default: '' },
	],
};

export const bank: INodeProperties = {
	displayName: 'Bank',
	name: 'bank',
	type: 'collection',
	placeholder: 'Add Bank Field',
	default: {},
	description:
		'Needed unless Pay Method is Cheque: without it PurePro still answers OK but marks the customer as failing validation. UK: account name, 8-digit account number, 6-digit sort code. International: account name, IBAN and BIC.',
	options: [
		{ displayName: 'Account Name', name: 'accountName', type: 'string', default: '' },
		{ displayName: 'Account Number', name: 'accountNumber', type: 'string', default: '', placeholder: 'e.g. 12345678' },
		{ displayName: 'Bank Name', name: 'bankName', type: 'string', default: '' },
		{ displayName: 'Bank Reference', name: 'bankReference', type: 'string', default: '' },
		{ displayName: 'BIC', name: 'bic', type: 'string', default: '', description: 'International accounts only' },
		{ displayName: 'IBAN', name: 'iban', type: 'string', default: '', description: 'International accounts only' },
		{
			displayName: 'International Bank Account',
			name: 'internationalBankAccount',
			type: 'boolean',
			default: false,
			description: "Whether this is an international account (IBAN and BIC). Allowed only when the business unit's BACS is NatWest Bankline International; see Options.",
		},
		{ displayName: 'Sort Code', name: 'sortCode', type: 'string', default: '', placeholder: 'e.g. 123456' },
	],
};

const costCentre: INodeProperties = {
	displayName: 'Cost Centre',
	name: 'costCentre',
	type: 'collection',
	placeholder: 'Add Cost Centre Field',
	default: {},
	description: 'If given, both reference and description are needed',
	options: [
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
	],
};

const purchaseOrder: INodeProperties = {
	displayName: 'Purchase Order',
	name: 'purchaseOrder',
	type: 'collection',
	placeholder: 'Add Purchase Order Field',
	default: {},
	options: [
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '', description: 'May be left blank' },
	],
};

/** Backing data keys exactly as PurePro's sample writes them, by parameter name. */
const BACKING_DATA_KEYS: Record<string, string> = {
	consultantReference: 'consultantReference',
	costCentre: 'costCentre',
	purchaseOrder: 'purchaseOrder',
	industrySector: 'industrySector',
	jobClassification: 'jobClassification',
	jobTitle: 'jobTitle',
	hiringManagerContact: 'HiringManagerContact',
	workLocationAddress: 'WorkLocationAddress',
	billingAddress: 'BillingAddress',
	billingContact: 'BillingContact',
	externalReference: 'externalReference',
	hasConsultantSplits: 'hasConsultantSplits',
};

const backingData: INodeProperties = {
	displayName: 'Backing Data',
	name: 'backingData',
	type: 'collection',
	placeholder: 'Add Backing Data Field',
	default: {},
	description: 'Backing data records can only be added via customer update',
	options: [
		{ displayName: 'Billing Address', name: 'billingAddress', type: 'string', default: '' },
		{ displayName: 'Billing Contact', name: 'billingContact', type: 'string', default: '' },
		{ displayName: 'Consultant Reference', name: 'consultantReference', type: 'string', default: '', placeholder: 'e.g. CS1000002' },
		{ displayName: 'Cost Centre', name: 'costCentre', type: 'string', default: '' },
		{
			displayName: 'Custom Backing Data',
			name: 'customBackingData',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			options: [
				{
					displayName: 'Entry',
					name: 'entry',
					values: [
						{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{ displayName: 'External Reference', name: 'externalReference', type: 'string', default: '' },
		{
			displayName: 'Has Consultant Splits',
			name: 'hasConsultantSplits',
			type: 'boolean',
			default: false,
			description: "Whether the customer's placements split the commission between consultants",
		},
		{ displayName: 'Hiring Manager Contact', name: 'hiringManagerContact', type: 'string', default: '' },
		{ displayName: 'Industry Sector', name: 'industrySector', type: 'string', default: '', placeholder: 'e.g. IS0000001' },
		{ displayName: 'Job Classification', name: 'jobClassification', type: 'string', default: '', placeholder: 'e.g. JC0000001' },
		{ displayName: 'Job Title', name: 'jobTitle', type: 'string', default: '', placeholder: 'e.g. JT0000001' },
		{ displayName: 'Purchase Order', name: 'purchaseOrder', type: 'string', default: '' },
		{ displayName: 'Work Location Address', name: 'workLocationAddress', type: 'string', default: '' },
	],
};

const bodyMode: INodeProperties = {
	displayName: 'Define Customer',
	name: 'bodyMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'With Fields Below', value: 'fields' },
		{ name: 'As JSON', value: 'json', description: 'The whole request body, as in PurePro’s appendix samples' },
	],
	default: 'fields',
};

const jsonBody: INodeProperties = {
	displayName: 'Customer (JSON)',
	name: 'jsonBody',
	type: 'json',
	default: '{}',
	description: 'The request body; keys in any case. It is checked against the same documented rules before sending.',
	displayOptions: { show: { bodyMode: ['json'] } },
};

const options: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Business Unit BACS',
			name: 'bacs',
			type: 'options',
			default: 'other',
			description: 'PurePro accepts international bank details only when the business unit’s BACS is set as NatWest Bankline International',
			options: [
				{ name: 'Other / Not Known', value: 'other' },
				{ name: NATWEST_INTERNATIONAL, value: NATWEST_INTERNATIONAL },
			],
		},
	],
};

const withMode = (properties: INodeProperties[]) =>
	properties.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, bodyMode: ['fields'] } },
	}));

/**
 * On Create, PurePro answers OK to a customer without an address, or without bank details unless Pay Method is
 * Cheque, and only its web app shows the failure: the editor marks both required and opens them with the
 * fields a UK record needs already in place.
 */
const requiredAddress: INodeProperties = {
	...address,
	required: true,
	default: { address1: '', address2: '', postcode: '' },
	description:
		'Required. UK: line 1 (up to 35 characters), one more line, town or county, and a postcode. International: line 1, line 2 and country. Without an address PurePro accepts the customer but marks it as failing validation.',
};
const requiredBank: INodeProperties = {
	...bank,
	required: true,
	default: { accountName: '', accountNumber: '', sortCode: '' },
	description:
		'Required unless Pay Method is Cheque. UK: account name, 8-digit account number, 6-digit sort code. International: account name, IBAN and BIC. Without bank details PurePro accepts the customer but marks it as failing validation.',
	displayOptions: { hide: { payMethod: ['Cheque'] } },
};
/** Said where the user fills the records in: a collection cannot be flagged while empty as a field can. */
const requiredRecordsNotice: INodeProperties = {
	displayName:
		'PurePro needs an Address and, unless Pay Method is Cheque, Bank details: without them it accepts the customer but marks it as failing validation, so the node refuses to send such a customer.',
	name: 'requiredRecordsNotice',
	type: 'notice',
	default: '',
};
const chequeBank: INodeProperties = {
	...bank,
	description: 'Not needed when Pay Method is Cheque',
	displayOptions: { show: { payMethod: ['Cheque'] } },
};

export function customerFields(mode: Mode): INodeProperties[] {
	const records = [contacts, address, bank, costCentre, purchaseOrder];
	if (mode === 'create') {
		return [
			bodyMode,
			jsonBody,
			...withMode([
				{ displayName: 'Customer Reference', name: 'reference', type: 'string', default: '', description: 'Leave empty for PurePro to make one' },
				{ ...name, required: true },
				{ ...email, required: true },
				{ ...invoiceDeliveryMethod, required: true },
				{ ...payMethod, required: true },
				{ ...approvalFrequency, required: true },
				{ ...currency, required: true },
				vatNumberValid,
				contacts,
				requiredRecordsNotice,
				requiredAddress,
				requiredBank,
				chequeBank,
				costCentre,
				purchaseOrder,
				{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalTexts },
			]),
			options,
		];
	}
	return [
		bodyMode,
		jsonBody,
		...withMode([
			{ displayName: 'Customer Reference', name: 'reference', type: 'string', required: true, default: '', description: 'The customer to update' },
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [approvalFrequency, currency, email, invoiceDeliveryMethod, name, payMethod, vatNumberValid, ...optionalTexts].sort((a, b) =>
					a.displayName.localeCompare(b.displayName),
				),
			},
			...records,
			backingData,
		]),
		options,
	];
}

export const filled = (record: IDataObject) =>
	Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value === 'boolean' || !isBlank(value)));

export const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value) as IDataObject[string];

/** Sort codes are often written 12-34-56: PurePro wants the 6 digits. */
const digits = (value: unknown) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value) as IDataObject[string];

export function bankRecord(input: IDataObject): IDataObject | undefined {
	const entered = filled(input);
	if (!Object.keys(entered).length) return undefined;
	const internationalAccount = entered.internationalBankAccount === true;
	// "All other fields are ignored regardless of entry": send only what each kind of account uses.
	const keys = internationalAccount
		? ['accountName', 'iban', 'bic', 'bankReference', 'bankName']
		: ['accountName', 'sortCode', 'accountNumber', 'bankReference', 'bankName'];
	const record: IDataObject = { internationalBankAccount: internationalAccount };
	for (const key of keys) {
		if (entered[key] !== undefined) record[key] = key === 'sortCode' || key === 'accountNumber' ? digits(entered[key]) : text(entered[key]);
	}
	return record;
}

export function addressRecord(input: IDataObject): IDataObject | undefined {
	const entered = filled(input);
	if (!Object.keys(entered).length) return undefined;
	const record: IDataObject = { internationalAddress: entered.internationalAddress === true };
	for (const key of ['address1', 'address2', 'address3', 'town', 'county', 'postcode', 'country']) {
		if (entered[key] !== undefined) record[key] = text(entered[key]);
	}
	return record;
}

function backingDataRecord(input: IDataObject): IDataObject | undefined {
	const record: IDataObject = {};
	for (const [parameter, key] of Object.entries(BACKING_DATA_KEYS)) {
		const value = input[parameter];
		if (typeof value === 'boolean' || !isBlank(value)) record[key] = text(value);
	}
	const custom = ((input.customBackingData as IDataObject)?.entry as IDataObject[] | undefined) ?? [];
	if (custom.length) record.customBackingData = custom.map((entry) => ({ Reference: text(entry.reference), value: text(entry.value) }));
	return Object.keys(record).length ? record : undefined;
}

/** The request body for an item, from the fields or from the JSON. */
export function customerBody(this: IExecuteFunctions, itemIndex: number, mode: Mode): IDataObject {
	if (this.getNodeParameter('bodyMode', itemIndex, 'fields') === 'json') return jsonObject.call(this, 'jsonBody', 'Customer (JSON)', itemIndex);
	const get = <T>(parameter: string, fallback: T) => this.getNodeParameter(parameter, itemIndex, fallback) as T;
	const body: IDataObject = {};
	if (mode === 'create') {
		const extra = filled(get<IDataObject>('additionalFields', {}));
		Object.assign(body, {
			reference: String(get('reference', '')).trim(),
			name: text(get('name', '')),
			email: text(get('email', '')),
			invoiceDeliveryMethod: get('invoiceDeliveryMethod', ''),
			payMethod: get('payMethod', ''),
			approvalFrequency: get('approvalFrequency', 0),
			currency: get('currency', ''),
			vatNumberValid: get('vatNumberValid', false),
			...Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, text(value)])),
		});
	} else {
		body.reference = String(get('reference', '')).trim();
		for (const [key, value] of Object.entries(filled(get<IDataObject>('updateFields', {})))) body[key] = text(value);
	}
	const contactList = (get<IDataObject>('contacts', {}).contact as IDataObject[] | undefined) ?? [];
	if (contactList.length) {
		body.contacts = contactList.map((contact) => ({
			firstName: text(contact.firstName),
			lastName: text(contact.lastName),
			email: text(contact.email),
			type: contact.type,
		}));
	}
	const costCentre = filled(get<IDataObject>('costCentre', {}));
	// A purchase order's reference "can be blank": what was added is sent, blank or not.
	const purchaseOrder = get<IDataObject>('purchaseOrder', {});
	const records: Array<[string, IDataObject | undefined]> = [
		['address', addressRecord(get('address', {}))],
		['bank', bankRecord(get('bank', {}))],
		['costCentre', Object.keys(costCentre).length ? costCentre : undefined],
		['purchaseOrder', Object.keys(purchaseOrder).length ? purchaseOrder : undefined],
		['backingData', mode === 'update' ? backingDataRecord(get('backingData', {})) : undefined],
	];
	for (const [key, record] of records) if (record) body[key] = record;
	return body;
}

/** What the rules check: the body, plus the business unit's BACS setting the user gave (not sent). */
export function checkedRecord(this: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	return { ...body, [BACS_CONTEXT]: this.getNodeParameter('options.bacs', itemIndex, 'other') };
}
