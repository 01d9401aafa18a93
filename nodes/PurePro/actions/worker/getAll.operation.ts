import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { collectPages, returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator } from '../../descriptions';
import { simplified, simplifyField } from '../../simplify';
import { pageOf, pureProRequest, scope } from '../../transport';

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
		const workers = (await collectPages.call(this, itemIndex, PAGE_SIZE, async (page, size) =>
			pageOf(page, size, async () =>
				pureProRequest.call(this, 'GET', ['Worker', account, businessUnit], { qs: { Page: page, Size: size } }, { itemIndex }),
			),
		)) as IDataObject[];
		return simplified('worker', workers, this.getNodeParameter('simplify', itemIndex, true) as boolean);
	},
};
