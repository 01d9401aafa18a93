import { updateDisplayOptions, type IExecuteFunctions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { asPathSegment } from '../../../shared/parameters';
import { companyField, simplifyField, orderField, pickedId } from '../../fields';
import { companyId } from '../../company';
import { flowiiRequest } from '../../request';
import { namedRecord } from '../../names';

export const orderIdField = orderField(true);

/** The order's ID, from the picker or from a typed ID saved by an older workflow. */
export function orderId(this: IExecuteFunctions, itemIndex: number): string {
	return asPathSegment(this.getNode(), itemIndex, 'Order', pickedId(this.getNodeParameter('orderId', itemIndex, '', { extractValue: true })));
}

export const get: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, [
		companyField,
		orderIdField,
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const id = orderId.call(this, itemIndex);
		const answer = await flowiiRequest.call(
			this,
			{ path: `/orders/${encodeURIComponent(id)}`, qs: { companyId: companyId.call(this, itemIndex) } },
			{ itemIndex },
		);
		return await namedRecord.call(this, itemIndex, answer);
	},
};
