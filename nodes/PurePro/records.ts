import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, writeRequestOptions, type ItemOperation } from '../shared/router';
import { assertValid, present, valueAt } from '../shared/validation';
import { jsonObject } from './body';
import { accountLocator, businessUnitLocator, jsonBodyField, referenceField } from './descriptions';
import { simplified, simplifyField } from './simplify';
import { asOutput, pureProRequest, scope } from './transport';

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
 * POST (add) or PUT (update) {Path}/{account}[/{business unit}] with the record as JSON: PurePro documents
 * these bodies only by their appendix samples, so the user gives the body and the node checks what is known.
 */
export function saveRecord(type: RecordType, operation: 'create' | 'update', bodyHelp: string): ItemOperation {
	const label = `${type.label} (JSON)`;
	return {
		kind: 'write',
		description: updateDisplayOptions({ show: { resource: [type.resource], operation: [operation] } }, [
			...locators(type),
			{ ...jsonBodyField(bodyHelp), displayName: label },
			writeRequestOptions,
		]),
		async execute(itemIndex) {
			const { account, businessUnit } = await scope.call(this, itemIndex, { businessUnit: type.businessUnit });
			const body = jsonObject.call(this, 'jsonBody', label, itemIndex);
			if (operation === 'update') {
				assertValid(this.getNode(), 'PurePro', [present('Reference', 'Cannot be blank')], body, itemIndex);
			}
			const where = type.businessUnit ? [account, businessUnit] : [account];
			const answer = await pureProRequest.call(this, operation === 'create' ? 'POST' : 'PUT', [type.path, ...where], { body }, { itemIndex });
			return asOutput(answer, { reference: String(valueAt(body, 'Reference') ?? ''), saved: true });
		},
	};
}
