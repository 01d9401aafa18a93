import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { simplifyField } from '../../fields';
import { resourcesOf } from '../../jsonApi';
import { flowiiRequest, listOutput } from '../../transport';

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
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
		return listOutput.call(this, itemIndex, resourcesOf(answer).slice(0, limit));
	},
};
