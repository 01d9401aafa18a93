import { NodeOperationError, updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { papiRequest } from '../../request';
import { tableLocator, tableName, tablePath } from './tableLocator';

/** One column of `GET /api/tables/{table}`, under names a person can map. */
export function columnSummary(column: IDataObject): IDataObject {
	return {
		name: column.name,
		type: column.typeName,
		displayType: column.typeName_display,
		length: column.max_length,
		precision: column.precision,
		scale: column.scale,
		nullable: column.is_nullable,
		default: column.default_value,
		key: column.IsKey === true || column.is_primary_key === true,
		editable: column.canEdit,
		dataType: column.DATA_TYPE,
		formatting: column.FORMATTING,
	};
}

export const getMetadata: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['table'], operation: ['getMetadata'] } }, [
		tableLocator,
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description:
				'Whether to return one item per column with its main properties (name, type, length, precision, scale, nullable, default, key, editable, data type, formatting) instead of the raw answer',
		},
		readRequestOptions,
	]),
	async execute(i) {
		const table = tableName.call(this, i);
		if (!table) throw new NodeOperationError(this.getNode(), 'Choose a table or type its name', { itemIndex: i });
		const answer = await papiRequest.call(this, 'GET', tablePath(table), undefined, { itemIndex: i });
		if (!this.getNodeParameter('simplify', i, true)) return answer;
		return (Array.isArray(answer.Data) ? (answer.Data as IDataObject[]) : []).map(columnSummary);
	},
};
