import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { read } from '../../../shared/parameters';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { companyField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { collectList } from '../../lists';
import { namedList } from '../../names';

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['partner'], operation: ['getAll'] } }, [
		companyField,
		{
			displayName: 'Search Text',
			name: 'searchText',
			type: 'string',
			default: '',
			placeholder: 'e.g. Kovács',
			description: "FLOWii's own partner search (name, tax number, e-mail …). Leave empty for every partner.",
		},
		...returnAllOrLimit(),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const qs: IDataObject = { companyId: companyId.call(this, itemIndex) };
		const searchText = read.text(this, 'searchText', itemIndex);
		if (searchText) qs['filter[search-text]'] = searchText;
		const partners = await collectList.call(this, itemIndex, wanted.call(this, itemIndex), '/partners', qs);
		return await namedList.call(this, itemIndex, partners);
	},
};
