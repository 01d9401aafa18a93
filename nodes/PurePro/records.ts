import { updateDisplayOptions, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, writeRequestOptions, type ItemOperation } from '../shared/router';
import { present, valueAt, assertValid } from '../shared/validation';
import { address, bank } from './actions/customer/fields';
import { jsonObject } from './body';
import { accountLocator, businessUnitLocator, jsonBodyField, referenceField, workerLocator } from './descriptions';
import { asOutput } from './answers';
import { pureProRequest } from './request';
import { scope } from './scope';
import { bodyModes, createProperties, formBody, formRules, requiredValues, updateProperties, type RecordForm } from './form';
import { simplified, simplifyField } from './simplify';

/** How a PurePro record type is addressed: `{Path}/{account}[/{business unit}]`. */
export interface RecordType {
	resource: string;
	/** The path's first segment, in the docs' case. */
	path: string;
	/** The record's name as users know it ("Supplier"). */
	label: string;
	/** Supplier paths have no business unit. */
	businessUnit: boolean;
}

const locators = (type: RecordType): INodeProperties[] => (type.businessUnit ? [accountLocator, businessUnitLocator] : [accountLocator]);

/** GET {Path}/{account}[/{business unit}]/{reference}; `reference` replaces the typed reference (a picker). */
export function getRecord(type: RecordType, reference?: INodeProperties): ItemOperation {
	return {
		kind: 'read',
		description: updateDisplayOptions({ show: { resource: [type.resource], operation: ['get'] } }, [
			...locators(type),
			reference ?? referenceField(`${type.label} Reference`, `The reference of the ${type.label.toLowerCase()} to retrieve`),
			simplifyField,
			readRequestOptions,
		]),
		async execute(itemIndex) {
			const { account, businessUnit, references } = await scope.call(this, itemIndex, {
				businessUnit: type.businessUnit,
				references: { [type.label]: 'reference' },
			});
			const where = type.businessUnit ? [account, businessUnit] : [account];
			const answer = await pureProRequest.call(this, 'GET', [type.path, ...where, references[type.label]], {}, { itemIndex });
			return simplified(type.resource, asOutput(answer), this.getNodeParameter('simplify', itemIndex, true) as boolean);
		},
	};
}

/**
 * POST (create) or PUT (update) {Path}/{account}[/{business unit}]: with a form, "Define …" offers fields (the
 * default from node version 2) or JSON; without one, JSON only. PurePro documents these bodies only by their
 * appendix samples, so the node checks what is known and sends the rest as given.
 */
export function saveRecord(type: RecordType, operation: 'create' | 'update', bodyHelp: string, form?: RecordForm): ItemOperation {
	const label = `${type.label} (JSON)`;
	const json: INodeProperties = { ...jsonBodyField(bodyHelp), displayName: label };
	const fields = !form
		? [json]
		: [
				...bodyModes(type.label),
				{ ...json, displayOptions: { show: { bodyMode: ['json'] } } },
				...(operation === 'create'
					? createProperties(form, address, bank)
					: updateProperties(form, workerLocator(type.label, `The ${type.label.toLowerCase()} to update: pick from the list, or give the reference`), address, bank)),
			];
	return {
		kind: 'write',
		description: updateDisplayOptions({ show: { resource: [type.resource], operation: [operation] } }, [...locators(type), ...fields, writeRequestOptions]),
		async execute(itemIndex) {
			const { account, businessUnit } = await scope.call(this, itemIndex, { businessUnit: type.businessUnit });
			const asJson = !form || this.getNodeParameter('bodyMode', itemIndex, 'json') === 'json';
			if (!asJson && form && operation === 'create') assertValid(this.getNode(), 'PurePro', formRules(form), requiredValues.call(this, form, itemIndex), itemIndex);
			const body = asJson ? jsonObject.call(this, 'jsonBody', label, itemIndex) : formBody.call(this, form as RecordForm, itemIndex, operation);
			if (operation === 'update') {
				const which = asJson ? `${label} → Reference` : type.label;
				const rule = present(which, `Give the reference of the ${type.label.toLowerCase()} to update: PurePro finds the ${type.label.toLowerCase()} by it.`);
				assertValid(this.getNode(), 'PurePro', [rule], { [which]: valueAt(body, 'Reference') as IDataObject[string] }, itemIndex);
			}
			const where = type.businessUnit ? [account, businessUnit] : [account];
			const answer = await pureProRequest.call(this, operation === 'create' ? 'POST' : 'PUT', [type.path, ...where], { body }, { itemIndex });
			return asOutput(answer, { reference: String(valueAt(body, 'Reference') ?? ''), saved: true });
		},
	};
}
