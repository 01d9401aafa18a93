import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { read } from '../../../shared/parameters';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid, type Rule } from '../../../shared/validation';
import { DATE_HELP, flowiiDateTime } from '../../dates';
import { companyField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { collectList } from '../../lists';
import { namedList } from '../../names';

const filterRules: Rule[] = [
	{ field: 'createdFrom', message: `Created From is not a date. ${DATE_HELP}`, valid: (v) => !v || flowiiDateTime(v) !== undefined },
];

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, [
		companyField,
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Created From',
					name: 'createdFrom',
					type: 'dateTime',
					default: '',
					description: 'Only orders created on or after this date',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Page Size',
					name: 'pageSize',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 50,
					description: 'How many orders FLOWii sends per page; the node follows the pages for you',
				},
			],
		},
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const filters = read.object(this, 'filters', itemIndex);
		assertValid(this.getNode(), 'FLOWii', filterRules, filters, itemIndex);
		const limit = wanted.call(this, itemIndex);
		const pageSize = read.wholeNumber(this, 'options.pageSize', itemIndex, { min: 1, max: 100, fallback: 50 });
		const qs: IDataObject = {
			companyId: companyId.call(this, itemIndex),
			'page[size]': Math.min(pageSize, limit),
			'page[number]': 1,
		};
		const createdFrom = flowiiDateTime(filters.createdFrom);
		if (createdFrom) qs['filter[created-from]'] = createdFrom;
		const orders = await collectList.call(this, itemIndex, limit, '/orders', qs);
		return await namedList.call(this, itemIndex, orders);
	},
};
