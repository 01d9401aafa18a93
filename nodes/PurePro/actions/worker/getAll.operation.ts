import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { read } from '../../../shared/parameters';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator } from '../../descriptions';
import { readPages } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';
import { simplified, simplifyField } from '../../simplify';

/** Workers per page asked of PurePro (its limit is not documented). */
const PAGE_SIZE = 50;

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['worker'], operation: ['getAll'] } }, [
		accountLocator,
		businessUnitLocator,
		...returnAllOrLimit(),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const { account, businessUnit } = await scope.call(this, itemIndex, { businessUnit: true });
		const workers = await readPages.call(this, itemIndex, { limit: wanted.call(this, itemIndex), pageSize: PAGE_SIZE }, async (page, size) =>
			await pureProRequest.call(this, 'GET', ['Worker', account, businessUnit], { qs: { Page: page, Size: size } }, { itemIndex }),
		);
		return simplified('worker', workers, read.boolean(this, 'simplify', itemIndex, true));
	},
};
