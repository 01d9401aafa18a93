import { updateDisplayOptions, type IExecuteFunctions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { refuse } from '../../../shared/refusal';
import { present } from '../../../shared/validation';
import { companyField, orderField, pickedId, simplifyField } from '../../fields';
import { namedRecord } from '../../names';
import { companyId, flowiiRequest } from '../../transport';

export const orderIdField = orderField(true);

/** The order's ID, from the picker or from a typed ID saved by an older workflow. */
export function orderId(this: IExecuteFunctions, itemIndex: number): string {
	const id = pickedId(this.getNodeParameter('orderId', itemIndex, '', { extractValue: true }));
	refuse(this.getNode(), 'FLOWii', [present('Order', 'Choose an order or give its ID')], { Order: id }, itemIndex);
	return id;
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
