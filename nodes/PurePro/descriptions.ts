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

/** Worker picker: the business unit's workers (Worker → Get Many), or a typed reference. */
export const workerLocator = (displayName: string, description: string, name = 'reference'): INodeProperties => ({
	displayName,
	name,
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWorkers', searchable: true },
		},
		{ displayName: 'By Reference', name: 'id', type: 'string', placeholder: 'e.g. WK0001' },
	],
});

/** What the period picker saves for "the current period": resolved when the workflow runs. */
export const CURRENT_PERIOD = 'current';

/** Period picker: "Current Period" (the default, looked up at run time) or a typed period ID. */
export const periodLocator = (description: string): INodeProperties => ({
	displayName: 'Period',
	name: 'periodId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: CURRENT_PERIOD },
	description,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchPeriods' },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 20231001000' },
	],
});
