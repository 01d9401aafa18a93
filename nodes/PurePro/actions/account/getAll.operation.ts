import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, wanted } from '../../../shared/pagination';
import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { listOf } from '../../answers';
import { pureProRequest } from '../../request';

/** Account/GetAllAccounts: every account the API token was given, in one answer. */
export const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['account'], operation: ['getAll'] } }, [
		...returnAllOrLimit(),
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const accounts = listOf(await pureProRequest.call(this, 'GET', ['Account/GetAllAccounts'], {}, { itemIndex }));
		const limit = wanted.call(this, itemIndex);
		return accounts.length > limit ? accounts.slice(0, limit) : accounts;
	},
};
