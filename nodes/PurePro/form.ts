import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank, present, type Rule } from '../shared/validation';
import { addressRecord, bankRecord, filled, text } from './actions/customer/fields';

/**
 * A record's fields in the editor, for the records PurePro documents only by appendix samples (supplier, worker,
 * placement, timesheet). What must be given is a required field of its own; the rest sit under Additional
 * Fields. Each field knows the body key it fills, so the body is built without a second table.
 */
export interface FormField {
	property: INodeProperties;
	/** The body key, in the camelCase of PurePro's samples (keys match without regard to case). */
	key: string;
	required?: boolean;
}

export interface RecordForm {
	/** The record's name in "Define Worker" and in messages. */
	label: string;
	fields: FormField[];
	/** Address and Bank records, as on a customer. */
	address?: boolean;
	bank?: boolean;
}

/** Dates go as YYYY-MM-DD, the ISO date PurePro's samples use (inferred: the docs show no timesheet dates). */
export const isoDate = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value);

function valueOf(field: FormField, value: unknown): IDataObject[string] {
	if (field.property.type === 'dateTime') return isoDate(value) as IDataObject[string];
	return text(value);
}

/** "Define Worker": fields (the default from node version 2) or JSON (version 1's only way, kept for its workflows). */
export function bodyModes(label: string): INodeProperties[] {
	const mode: INodeProperties = {
		displayName: `Define ${label}`,
		name: 'bodyMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'With Fields Below', value: 'fields' },
			{ name: 'As JSON', value: 'json', description: 'The whole request body, as in PurePro’s appendix samples' },
		],
		default: 'fields',
	};
	// A version 1 node saved no Define setting and sent its JSON: it keeps doing so.
	return [
		{ ...mode, default: 'json', displayOptions: { show: { '@version': [1] } } },
		{ ...mode, displayOptions: { show: { '@version': [2] } } },
	];
}

const inFieldsMode = (properties: INodeProperties[]) =>
	properties.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, bodyMode: ['fields'] } },
	}));

/** The form's properties for Create: required fields, then Address and Bank, then Additional Fields. */
export function createProperties(form: RecordForm, address: INodeProperties, bank: INodeProperties): INodeProperties[] {
	const required = form.fields.filter((f) => f.required).map((f) => ({ ...f.property, required: true }));
	const optional = form.fields.filter((f) => !f.required).map((f) => f.property);
	return inFieldsMode([
		...required,
		...(form.address ? [address] : []),
		...(form.bank ? [bank] : []),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...optional].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	]);
}

/** The form's properties for Update: which record (a picker), then only the fields to change. */
export function updateProperties(form: RecordForm, which: INodeProperties, address: INodeProperties, bank: INodeProperties): INodeProperties[] {
	return inFieldsMode([
		which,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			// The record's own reference is not a field to change: it says which record the update is for, and
			// is taken from the picker above.
			options: form.fields
				.filter((f) => f.key !== 'reference')
				.map((f) => f.property)
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		...(form.address ? [address] : []),
		...(form.bank ? [bank] : []),
	]);
}

/** Rules for the required fields, named as the editor labels them. */
export function formRules(form: RecordForm): Rule[] {
	return form.fields
		.filter((f) => f.required)
		.map((f) => present(f.property.displayName, `Enter the ${f.property.displayName.toLowerCase()}: PurePro needs it to create the ${form.label.toLowerCase()}.`));
}

/** What the required fields hold for an item, by label, for formRules. */
export function requiredValues(this: IExecuteFunctions, form: RecordForm, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	for (const f of form.fields.filter((field) => field.required)) {
		values[f.property.displayName] = this.getNodeParameter(f.property.name, itemIndex, '', { extractValue: true }) as IDataObject[string];
	}
	return values;
}

/** The request body from the form: for Create every field given, for Update the reference and what changes. */
export function formBody(this: IExecuteFunctions, form: RecordForm, itemIndex: number, operation: 'create' | 'update'): IDataObject {
	const body: IDataObject = {};
	const get = <T>(name: string, fallback: T) => this.getNodeParameter(name, itemIndex, fallback, { extractValue: true }) as T;
	const byName = new Map(form.fields.map((f) => [f.property.name, f]));
	const entered: IDataObject =
		operation === 'create'
			? {
					...Object.fromEntries(form.fields.filter((f) => f.required).map((f) => [f.property.name, get(f.property.name, '')])),
					...get<IDataObject>('additionalFields', {}),
				}
			: get<IDataObject>('updateFields', {});
	if (operation === 'update') body.reference = String(get('reference', '')).trim();
	for (const [name, value] of Object.entries(filled(entered))) {
		const field = byName.get(name);
		// On Update the picked record's reference stands, whatever an expression put in the fields.
		if (field && !(operation === 'update' && field.key === 'reference')) body[field.key] = valueOf(field, value);
	}
	if (form.address) {
		const address = addressRecord(get('address', {}));
		if (address) body.address = address;
	}
	if (form.bank) {
		const bank = bankRecord(get('bank', {}));
		if (bank) body.bank = bank;
	}
	return Object.fromEntries(Object.entries(body).filter(([key, value]) => key === 'reference' || !isBlank(value)));
}
