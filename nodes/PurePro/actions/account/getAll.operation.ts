import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { listOf, pureProRequest } from '../../transport';

/** Account/GetAllAccounts: every account the API token was given, in one answer. */
export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['account'], operation: ['getAll'] } }, [
		...returnAllOrLimit(),
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const accounts = listOf(await pureProRequest.call(this, 'GET', ['Account/GetAllAccounts'], {}, { itemIndex }));
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		return returnAll ? accounts : accounts.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	},
};
