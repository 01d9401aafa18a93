import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asObject, asText, labelOf, parameterError, read } from '../../shared/parameters';

const OPERATORS = ['containsAny', 'equals', 'greaterThan'];

/** The item's filters, fields and order, in PriceEdge's words. Every part is sent, empty when not set (as documented). */
export function readQuery(this: IExecuteFunctions, i: number): IDataObject {
	const node = this.getNode();
	const list = (path: string) => {
		const value = this.getNodeParameter(path, i, []) as unknown;
		return (Array.isArray(value) ? value : []).map((entry, n) => asObject(node, i, `${labelOf(this, path)} ${n + 1}`, entry));
	};
	const filters = list('filters.filter').map((f, n) => {
		const label = `${labelOf(this, 'filters.filter')} ${n + 1}`;
		const op = asText(node, i, `${label} → Operator`, f.op ?? 'equals');
		if (!OPERATORS.includes(op)) throw parameterError(node, i, `${label} → Operator must be one of ${OPERATORS.join(', ')}, not "${op}"`);
		return {
			columnName: asText(node, i, `${label} → Column`, f.columnName, { required: true }),
			op,
			value: asText(node, i, `${label} → Value`, f.value, { keepSpaces: true }),
		};
	});
	const fields = read.textList(this, 'fields', i);
	const orderby = list('orderBy.sort')
		.map((s, n) => ({ column: asText(node, i, `${labelOf(this, 'orderBy.sort')} ${n + 1} → Column`, s.column), desc: s.direction === 'desc' }))
		.filter((s) => s.column)
		.map((s) => (s.desc ? `${s.column} desc` : s.column));
	return { filters, fields, orderby };
}
