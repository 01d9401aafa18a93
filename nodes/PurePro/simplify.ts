import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** n8n's guideline: a record of more than this many fields gets a Simplify option. */
export const SIMPLIFIED_FIELDS = 10;

/**
 * The fields most workflows use, per record, in the order they are kept: at most 10 each, so that every one a
 * record has is kept and a record's simplified shape depends on nothing else. PurePro does not document its
 * answers' fields: these are its request fields and common UK payroll terms; keys are matched without regard
 * to case.
 */
export const USEFUL: Record<string, string[]> = {
	customer: ['reference', 'name', 'email', 'validationStatus', 'status', 'payMethod', 'invoiceDeliveryMethod', 'currency', 'vatNumber', 'companiesHouseNumber'],
	supplier: ['reference', 'name', 'email', 'status', 'payMethod', 'vatNumber', 'companyNumber', 'companiesHouseNumber', 'currency', 'phone'],
	worker: ['reference', 'firstName', 'lastName', 'email', 'type', 'workerType', 'status', 'startDate', 'leaveDate', 'mobile'],
	placement: ['reference', 'workerReference', 'customerReference', 'supplierReference', 'jobTitle', 'startDate', 'endDate', 'payRate', 'chargeRate', 'status'],
	timesheet: ['reference', 'placementReference', 'workerReference', 'customerReference', 'weekEnding', 'weekEndingDate', 'hours', 'days', 'totalPay', 'status'],
	payslip: ['reference', 'workerReference', 'businessUnitReference', 'periodId', 'payDate', 'grossPay', 'netPay', 'tax', 'nationalInsurance', 'pension'],
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return only the most used fields of each record (up to 10, such as reference, name and status) instead of everything PurePro sends',
};

/**
 * A record with only its most useful fields, whatever its size: the same record keeps the same shape after an
 * update adds a field to it, so the next node's mappings keep working. A record with none of them (an answer
 * of an unexpected shape) is kept whole rather than emptied.
 */
export function simplifyRecord(resource: string, record: IDataObject): IDataObject {
	const keys = Object.keys(record);
	const simple: IDataObject = {};
	for (const wanted of USEFUL[resource] ?? []) {
		const key = keys.find((k) => k.toLowerCase() === wanted.toLowerCase());
		if (key !== undefined && !(key in simple)) simple[key] = record[key];
		if (Object.keys(simple).length === SIMPLIFIED_FIELDS) break;
	}
	return Object.keys(simple).length ? simple : record;
}

/** An operation's output, simplified when the item asks for it. */
export function simplified(resource: string, output: IDataObject | IDataObject[], simplify: boolean): IDataObject | IDataObject[] {
	if (!simplify) return output;
	return Array.isArray(output) ? output.map((record) => simplifyRecord(resource, record)) : simplifyRecord(resource, output);
}
