import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { read } from '../../../shared/parameters';
import { companyField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { recordOutput } from '../../lists';
import { flowiiRequest } from '../../request';

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	description: 'The order ID in FLOWii, as Get Many shows it',
};

export function orderId(this: IExecuteFunctions, itemIndex: number): string {
	return read.pathSegment(this, 'orderId', itemIndex, { extractValue: true });
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
		return recordOutput.call(this, itemIndex, answer);
	},
};
