import type { INodeProperties } from 'n8n-workflow';

/** The Company picker every business operation shows: FLOWii's company access list. */
export const companyField: INodeProperties = {
	displayName: 'Company',
	name: 'company',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The FLOWii company to work in (from your company access list); sent as companyId',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 12345',
			validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A company ID is a number' } }],
		},
	],
};

/** A partner picker: search FLOWii's partners by name, or give the ID. */
export function partnerField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Partner',
		name: 'partner',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The FLOWii partner (customer or supplier)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPartners', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 4711' },
		],
		...overrides,
	};
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return each record flat (its ID, type and fields, plus the IDs of linked records such as partnerId) instead of the raw JSON:API answer',
};

/** A dropdown filled from one of FLOWii's lists (it needs the Company first). */
export function lookupField(
	displayName: string,
	name: string,
	method: string,
	description: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: ['company.value'] },
		default: '',
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		...overrides,
	};
}
