import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { collectPages, returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, periodLocator } from '../../descriptions';
import { periodFor } from '../../period';
import { simplified, simplifyField } from '../../simplify';
import { pageOf, pureProRequest, scope } from '../../transport';

/** PurePro serves payslips in pages 1 to 10 of at most 50. */
export const MAX_PAGE = 10;
export const MAX_SIZE = 50;

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['payslip'], operation: ['getAll'] } }, [
		accountLocator,
		periodLocator('The payroll period: Current Period (looked up each time the workflow runs), or a period ID as Account → Get Current Period shows it'),
		...returnAllOrLimit(MAX_PAGE * MAX_SIZE),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Business Unit Reference', name: 'businessUnitReference', type: 'string', default: '' },
				{ displayName: 'Worker Reference', name: 'workerReference', type: 'string', default: '' },
			],
		},
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const { account, references } = await scope.call(this, itemIndex, { references: { Period: 'periodId' } });
		const period = await periodFor.call(this, itemIndex, account, references.Period);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (String(filters.businessUnitReference ?? '').trim()) qs.BusinessUnitReference = String(filters.businessUnitReference).trim();
		if (String(filters.workerReference ?? '').trim()) qs.WorkerReference = String(filters.workerReference).trim();
		const payslips = (await collectPages.call(this, itemIndex, MAX_SIZE, async (page, size) => {
			const found = await pageOf(page, size, async () =>
				pureProRequest.call(this, 'GET', ['payslip', account, period], { qs: { ...qs, Page: page, Size: size } }, { itemIndex }),
			);
			return { ...found, hasMore: found.hasMore && page < MAX_PAGE };
		})) as IDataObject[];
		return simplified('payslip', payslips, this.getNodeParameter('simplify', itemIndex, true) as boolean);
	},
};
