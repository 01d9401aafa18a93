import type { INodeProperties } from 'n8n-workflow';

/** Account picker: listed from the token's accounts, or typed; empty uses the credential's default. */
export const accountLocator: INodeProperties = {
	displayName: 'Account',
	name: 'account',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The PurePro account. Leave empty to use the credential's Default Account Reference.",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAccounts', searchable: true },
		},
		{ displayName: 'By Reference', name: 'id', type: 'string', placeholder: 'e.g. ACC001' },
	],
};

/** Business Unit picker: the chosen account's business units, or typed; empty uses the credential's default. */
export const businessUnitLocator: INodeProperties = {
	displayName: 'Business Unit',
	name: 'businessUnit',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The business unit within the account. Leave empty to use the credential's Default Business Unit Reference.",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchBusinessUnits', searchable: true },
		},
		{ displayName: 'By Reference', name: 'id', type: 'string', placeholder: 'e.g. BU001' },
	],
};

/** A required reference of the record an operation reads. */
export const referenceField = (displayName: string, description: string): INodeProperties => ({
	displayName,
	name: 'reference',
	type: 'string',
	required: true,
	default: '',
	description,
});

/** A record body as JSON, for the resources whose fields PurePro documents in its appendices. */
export const jsonBodyField = (description: string): INodeProperties => ({
	displayName: 'Body (JSON)',
	name: 'jsonBody',
	type: 'json',
	required: true,
	default: '{}',
	description,
});
