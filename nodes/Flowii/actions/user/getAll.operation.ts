import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { companyField, simplifyField } from '../../fields';
import { collectList, companyId, listOutput } from '../../transport';

export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['user'], operation: ['getAll'] } }, [
		companyField,
		...returnAllOrLimit(),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const users = await collectList.call(this, itemIndex, '/users', { companyId: companyId.call(this, itemIndex) });
		return listOutput.call(this, itemIndex, users);
	},
};
