import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { papiRequest, rowsOf } from '../../request';
import { read } from '../../../shared/parameters';

export const search: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['item'], operation: ['search'] } }, [
		{
			displayName: 'Search Value',
			name: 'searchValue',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. chair',
			description: 'What to look for, as you would type it in PriceEdge search',
		},
		{
			displayName: 'Max Rows',
			name: 'maxRows',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'The most results PriceEdge should return',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Search In',
					name: 'resource',
					type: 'string',
					default: 'Item',
					description: 'What PriceEdge searches. Change it only if PriceEdge tells you another resource name.',
				},
			],
		},
		readRequestOptions,
	]),
	async execute(i) {
		const searchValue = read.text(this, 'searchValue', i);
		if (!searchValue) throw new NodeOperationError(this.getNode(), 'Enter a search value', { itemIndex: i });
		const answer = await papiRequest.call(
			this,
			'POST',
			'/api/data/search',
			{
				resource: String(this.getNodeParameter('options.resource', i, 'Item')).trim() || 'Item',
				searchValue,
				maxRows: this.getNodeParameter('maxRows', i, 100) as number,
			},
			{ itemIndex: i },
		);
		return rowsOf(answer.Data);
	},
};
