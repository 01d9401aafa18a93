import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { read } from '../../../shared/parameters';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, periodLocator } from '../../descriptions';
import { readPages } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';
import { periodFor } from '../../period';
import { simplified, simplifyField } from '../../simplify';

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
		const qs: IDataObject = {};
		const businessUnitReference = read.text(this, 'filters.businessUnitReference', itemIndex);
		const workerReference = read.text(this, 'filters.workerReference', itemIndex);
		if (businessUnitReference) qs.BusinessUnitReference = businessUnitReference;
		if (workerReference) qs.WorkerReference = workerReference;
		const limit = wanted.call(this, itemIndex, MAX_PAGE * MAX_SIZE);
		const payslips = await readPages.call(
			this,
			itemIndex,
			{
				limit,
				pageSize: MAX_SIZE,
				maxPages: MAX_PAGE,
				tooMany: `has more payslips than the ${MAX_PAGE} pages of ${MAX_SIZE} it serves: filter by Business Unit Reference or Worker Reference`,
			},
			async (page, size) =>
				await pureProRequest.call(this, 'GET', ['payslip', account, period], { qs: { ...qs, Page: page, Size: size } }, { itemIndex }),
		);
		return simplified('payslip', payslips, read.boolean(this, 'simplify', itemIndex, true));
	},
};
