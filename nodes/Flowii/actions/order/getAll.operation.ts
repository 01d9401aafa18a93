import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { refuse } from '../../../shared/refusal';
import { type Rule } from '../../../shared/validation';
import { DATE_HELP, flowiiDateTime } from '../../dates';
import { companyField, flowiiLabel, simplifyField } from '../../fields';
import { namedList } from '../../names';
import { collectList, companyId } from '../../transport';

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
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		refuse(this.getNode(), 'FLOWii', filterRules, filters, itemIndex, flowiiLabel());
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
		const pageSize = this.getNodeParameter('options.pageSize', itemIndex, 50) as number;
		const qs: IDataObject = {
			companyId: companyId.call(this, itemIndex),
			'page[size]': returnAll ? pageSize : Math.min(pageSize, limit),
			'page[number]': 1,
		};
		const createdFrom = flowiiDateTime(filters.createdFrom);
		if (createdFrom) qs['filter[created-from]'] = createdFrom;
		const orders = await collectList.call(this, itemIndex, '/orders', qs);
		return await namedList.call(this, itemIndex, orders);
	},
};
