import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid, present } from '../../../shared/validation';
import { companyField, simplifyField } from '../../fields';
import { namedRecord } from '../../names';
import { companyId, flowiiRequest } from '../../transport';

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	description: 'The order ID in FLOWii, as Get Many shows it',
};

export function orderId(this: IExecuteFunctions, itemIndex: number): string {
	const id = String(this.getNodeParameter('orderId', itemIndex, '')).trim();
	assertValid(this.getNode(), 'FLOWii', [present('orderId', 'Give the ID of the order')], { orderId: id }, itemIndex);
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
