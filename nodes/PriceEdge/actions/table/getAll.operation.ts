import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { queryProperties } from '../../query/fields';
import { queryRows } from '../../query/rows';
import { tableLocator, tableName, tablePath } from './tableLocator';

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['table'], operation: ['getAll'] } }, [
		tableLocator,
		...queryProperties(true),
		readRequestOptions,
	]),
	async execute(i) {
		const table = tableName.call(this, i);
		if (!table) throw new NodeOperationError(this.getNode(), 'Choose a table or type its name', { itemIndex: i });
		return await queryRows.call(this, i, tablePath(table));
	},
};
