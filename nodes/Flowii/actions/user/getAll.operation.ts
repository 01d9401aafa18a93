import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { companyField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { collectList, listOutput } from '../../lists';

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['user'], operation: ['getAll'] } }, [
		companyField,
		...returnAllOrLimit(),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const users = await collectList.call(this, itemIndex, wanted.call(this, itemIndex), '/users', { companyId: companyId.call(this, itemIndex) });
		return listOutput.call(this, itemIndex, users);
	},
};
