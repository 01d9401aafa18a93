import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import { violations, type Rule } from './validation';

/**
 * Fails an item before anything is sent: the first broken rule as the message, the others in the
 * description, each field named as the editor labels it (`label` turns a rule's field into that) and the
 * item counted from 1, as the editor counts them.
 */
export function refuse(
	node: INode,
	vendorName: string,
	rules: readonly Rule[],
	record: IDataObject,
	itemIndex: number,
	label: (field: string) => string = (field) => field,
): void {
	const found = violations(rules, record);
	if (!found.length) return;
	const [first, ...more] = found.map((v) => `${label(v.field)}: ${v.message}`);
	throw new NodeOperationError(node, first, {
		itemIndex,
		description: [`Item ${itemIndex + 1} was not sent to ${vendorName}.`, more.length ? `Also: ${more.join(' ')}` : ''].filter(Boolean).join(' '),
	});
}
