import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import { violations, type Rule } from '../shared/validation';
import { fieldLabel } from './rules';

/**
 * Fails an item before anything is sent: the first broken rule as the message, the others in the
 * description, each field named as the editor labels it and the item counted from 1 as the editor does.
 */
export function refuseInvalid(node: INode, rules: readonly Rule[], record: IDataObject, itemIndex: number): void {
	const found = violations(rules, record);
	if (!found.length) return;
	const [first, ...more] = found.map((v) => `${fieldLabel(v.field)}: ${v.message}`);
	throw new NodeOperationError(node, first, {
		itemIndex,
		description: [`Item ${itemIndex + 1} was not sent to PurePro.`, more.length ? `Also: ${more.join(' ')}` : ''].filter(Boolean).join(' '),
	});
}
