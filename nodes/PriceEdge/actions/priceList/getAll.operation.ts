import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { queryProperties } from '../../query/fields';
import { queryRows } from '../../query/rows';

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['priceList'], operation: ['getAll'] } }, [
		...queryProperties(false),
		readRequestOptions,
	]),
	async execute(i) {
		return await queryRows.call(this, i, '/api/PriceObjects/pricelists');
	},
};
