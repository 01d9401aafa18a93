import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { simplifyField } from '../../fields';
import { resourcesOf } from '../../jsonApi';
import { listOutput } from '../../lists';
import { flowiiRequest } from '../../request';

/** "Get company access list": the companies this user may work in, and the first call FLOWii's docs name. */
export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['company'], operation: ['getAll'] } }, [
		...returnAllOrLimit(),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const answer = await flowiiRequest.call(this, { path: '/companies' }, { itemIndex });
		const limit = wanted.call(this, itemIndex);
		return listOutput.call(this, itemIndex, resourcesOf(answer).slice(0, limit));
	},
};
