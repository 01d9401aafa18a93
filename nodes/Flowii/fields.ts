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

/** A plain ID from a picker's value: old workflows saved a typed ID as text, pickers save `{ mode, value }`. */
export function pickedId(value: unknown): string {
	const raw = value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
	return raw === undefined || raw === null ? '' : String(raw).trim();
}

/**
 * An order picker: FLOWii's orders of the chosen company, searched by name or serial number, or the ID.
 * The parameter keeps the name workflows saved before it was a picker (`orderId`); their typed IDs still work.
 */
export function orderField(required: boolean, overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Order',
		name: 'orderId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...(required ? { required } : {}),
		description: 'The FLOWii order, chosen from the list (search by name or serial number) or given by its ID',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchOrders', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 7001',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'An order ID is a number' } }],
			},
		],
		...overrides,
	};
}

/** The editor's labels for the fields FLOWii's rules check, so that a refusal names what the user sees. */
const LABELS: Record<string, string> = {
	company: 'Company',
	name: 'Name',
	orderType: 'Order Type',
	orderState: 'Order State',
	partner: 'Partner',
	partnerType: 'Partner Type',
	'keyContact.email': 'Key Contact → E-Mail',
	caption: 'Caption',
	activityType: 'Activity Type',
	deadline: 'Deadline',
	createdFrom: 'Filters → Created From',
	path: 'Path',
	body: 'Body',
};

/** A rule's field as the editor labels it; `where` names fields an operation keeps elsewhere (under Additional Fields). */
export const flowiiLabel =
	(where: Record<string, string> = {}) =>
	(field: string): string =>
		where[field] ?? LABELS[field] ?? field;
