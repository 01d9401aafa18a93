import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

/**
 * A documented rule, as data: which field, when it applies, what a valid value is, and the vendor's own
 * words for a violation. The same table is used by the node before sending and by the tests.
 */
export interface Rule {
	/** The field as the vendor's docs name it (a dotted path for nested records: `Address.Postcode`). */
	field: string;
	/** The field as the editor labels it; a labelled rule's message is a whole sentence that names it. */
	label?: string;
	/** The vendor's message, quoted from its docs. */
	message: string;
	/** When the rule applies; always when left out. */
	when?: (record: IDataObject) => boolean;
	/** True when the record satisfies the rule. */
	valid: (value: unknown, record: IDataObject) => boolean;
}

/** Looks up a dotted path, matching keys without regard to case (as the vendors' APIs do). */
export function valueAt(record: unknown, path: string): unknown {
	let current: unknown = record;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		const key = Object.keys(current).find((k) => k.toLowerCase() === part.toLowerCase());
		current = key === undefined ? undefined : (current as IDataObject)[key];
	}
	return current;
}

export const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export const present = (field: string, message: string, when?: Rule['when']): Rule => ({
	field,
	message,
	when,
	valid: (value) => !isBlank(value),
});

export const oneOf = (field: string, values: readonly string[], message: string, when?: Rule['when']): Rule => ({
	field,
	message,
	when,
	valid: (value) => isBlank(value) || values.some((v) => v.toLowerCase() === String(value).toLowerCase()),
});

export const matches = (field: string, pattern: RegExp, message: string, when?: Rule['when']): Rule => ({
	field,
	message,
	when,
	valid: (value) => isBlank(value) || pattern.test(String(value)),
});

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Violation {
	field: string;
	message: string;
}

function broken(rules: readonly Rule[], record: IDataObject): Rule[] {
	return rules
		.filter((rule) => (rule.when ? rule.when(record) : true))
		.filter((rule) => !rule.valid(valueAt(record, rule.field), record));
}

export function violations(rules: readonly Rule[], record: IDataObject): Violation[] {
	return broken(rules, record).map(({ field, message }) => ({ field, message }));
}

/** A broken rule as shown: a labelled rule's whole sentence, else the field (as the editor labels it) and the words. */
const shown = (rule: Rule, label: (field: string) => string) => (rule.label ? rule.message : `${label(rule.field)}: ${rule.message}`);

/**
 * Fails an item before anything is sent: the first broken rule as the message, the others in the description,
 * each field named as the editor labels it (`label` turns a rule's field into that) and the item counted from 1.
 */
export function assertValid(
	node: INode,
	vendorName: string,
	rules: readonly Rule[],
	record: IDataObject,
	itemIndex: number,
	label: (field: string) => string = (field) => field,
): void {
	const found = broken(rules, record);
	if (!found.length) return;
	const [first, ...more] = found.map((rule) => shown(rule, label));
	throw new NodeOperationError(node, first, {
		itemIndex,
		description: [`Item ${itemIndex + 1} was not sent to ${vendorName}.`, more.length ? `Also: ${more.join(' ')}` : ''].filter(Boolean).join(' '),
	});
}
