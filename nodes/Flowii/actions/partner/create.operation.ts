import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid, EMAIL, matches, oneOf, present, type Rule } from '../../../shared/validation';
import { companyField, flowiiLabel, lookupField, simplifyField } from '../../fields';
import { toOne, withoutBlanks } from '../../jsonApi';
import { companyId } from '../../company';
import { flowiiRequest } from '../../request';
import { read } from '../../../shared/parameters';
import { namedRecord } from '../../names';

/** FLOWii's partner types: 1 = company, 2 = person. */
const PARTNER_TYPES = { company: 1, person: 2 } as const;

export const partnerRules: Rule[] = [
	present('name', 'A partner needs a name'),
	oneOf('partnerType', Object.keys(PARTNER_TYPES), 'The partner type is Company or Person'),
	matches('keyContact.email', EMAIL, 'The key contact e-mail is not a valid e-mail address'),
];

const text = (fields: IDataObject, name: string) => String(fields[name] ?? '').trim();

/** The JSON:API document FLOWii creates a partner from. */
export function partnerDocument(input: {
	name: string;
	partnerType: keyof typeof PARTNER_TYPES;
	details: IDataObject;
	address: IDataObject;
	keyContact: IDataObject;
}): IDataObject {
	const { details, address, keyContact } = input;
	const relationships: IDataObject = {};
	const addressFields = withoutBlanks({ street: text(address, 'street'), city: text(address, 'city'), zip: text(address, 'zip') });
	const country = text(address, 'country');
	if (Object.keys(addressFields).length || country) {
		relationships['billing-address'] = {
			data: {
				type: 'address',
				attributes: addressFields,
				...(country ? { relationships: { country: toOne('country', country) } } : {}),
			},
		};
	}
	const contactFields = withoutBlanks({
		'first-name': text(keyContact, 'firstName'),
		'last-name': text(keyContact, 'lastName'),
		email: text(keyContact, 'email'),
		phone: text(keyContact, 'phone'),
	});
	if (Object.keys(contactFields).length) relationships['key-contact'] = { data: { type: 'contact', attributes: contactFields } };
	const responsibleUser = text(details, 'responsibleUser');
	if (responsibleUser) relationships['responsible-user'] = toOne('user', responsibleUser);
	return {
		data: {
			type: 'partner',
			attributes: withoutBlanks({
				name: input.name,
				type: PARTNER_TYPES[input.partnerType],
				ico: text(details, 'ico'),
				dic: text(details, 'dic'),
				'ic-dph': text(details, 'icDph'),
				comment: text(details, 'comment'),
			}),
			...(Object.keys(relationships).length ? { relationships } : {}),
		},
	};
}

export const create: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['partner'], operation: ['create'] } }, [
		companyField,
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: "The partner's name as FLOWii shows it" },
		{
			displayName: 'Partner Type',
			name: 'partnerType',
			type: 'options',
			default: 'company',
			options: [
				{ name: 'Company', value: 'company' },
				{ name: 'Person', value: 'person' },
			],
		},
		{
			displayName: 'Billing Address',
			name: 'billingAddress',
			type: 'collection',
			placeholder: 'Add Address Field',
			default: {},
			options: [
				{ displayName: 'City', name: 'city', type: 'string', default: '' },
				lookupField('Country Name or ID', 'country', 'getCountries', 'The country of the billing address'),
				{ displayName: 'Street', name: 'street', type: 'string', default: '' },
				{ displayName: 'ZIP Code', name: 'zip', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Key Contact',
			name: 'keyContact',
			type: 'collection',
			placeholder: 'Add Contact Field',
			default: {},
			options: [
				{ displayName: 'E-Mail', name: 'email', type: 'string', placeholder: 'e.g. name@example.com', default: '' },
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
				{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Comment', name: 'comment', type: 'string', typeOptions: { rows: 3 }, default: '' },
				{
					displayName: 'Company Registration Number',
					name: 'ico',
					type: 'string',
					default: '',
					description: 'IČO in FLOWii: the company identification number of the business register',
				},
				{
					displayName: 'EU VAT Number',
					name: 'icDph',
					type: 'string',
					default: '',
					description: 'IČ DPH in FLOWii: the VAT number used for trade within the EU',
					placeholder: 'e.g. SK2021234567',
				},
				lookupField('Responsible User Name or ID', 'responsibleUser', 'getUsers', 'The FLOWii user who looks after this partner'),
				{
					displayName: 'Tax Number',
					name: 'dic',
					type: 'string',
					default: '',
					description: 'DIČ in FLOWii: the tax identification number',
				},
			],
		},
		simplifyField,
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		const input = {
			name: read.text(this, 'name', itemIndex),
			partnerType: this.getNodeParameter('partnerType', itemIndex, 'company') as keyof typeof PARTNER_TYPES,
			details: read.object(this, 'additionalFields', itemIndex),
			address: read.object(this, 'billingAddress', itemIndex),
			keyContact: read.object(this, 'keyContact', itemIndex),
		};
		assertValid(this.getNode(), 'FLOWii', partnerRules, input as unknown as IDataObject, itemIndex, flowiiLabel());
		const answer = await flowiiRequest.call(
			this,
			{ method: 'POST', path: '/partners', qs: { companyId: companyId.call(this, itemIndex) }, body: partnerDocument(input) },
			{ itemIndex },
		);
		return await namedRecord.call(this, itemIndex, answer);
	},
};
