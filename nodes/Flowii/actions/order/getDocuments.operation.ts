import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { companyField, simplifyField } from '../../fields';
import { resourcesOf } from '../../jsonApi';
import { companyId } from '../../company';
import { flowiiRequest } from '../../request';
import { namedList } from '../../names';
import { orderId, orderIdField } from './get.operation';

/** An order's documents: its invoices, one output item each. */
export const getDocuments: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['order'], operation: ['getDocuments'] } }, [
		companyField,
		orderIdField,
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const id = orderId.call(this, itemIndex);
		const answer = await flowiiRequest.call(
			this,
			{ path: `/orders/${encodeURIComponent(id)}/documents`, qs: { companyId: companyId.call(this, itemIndex) } },
			{ itemIndex },
		);
		return await namedList.call(this, itemIndex, resourcesOf(answer));
	},
};
