import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { refuse } from '../../../shared/refusal';
import { customerRules, fieldLabel } from '../../rules';
import { asOutput, pureProRequest, scope } from '../../transport';
import { checkedRecord, customerBody } from './fields';

/** Create (POST) and Update (PUT) share the URL Customer/{account}/{business unit}; the body decides the customer. */
export async function saveCustomer(
	this: IExecuteFunctions,
	itemIndex: number,
	mode: 'create' | 'update',
): Promise<IDataObject | IDataObject[]> {
	const { account, businessUnit } = await scope.call(this, itemIndex, { businessUnit: true });
	const body = customerBody.call(this, itemIndex, mode);
	refuse(this.getNode(), 'PurePro', customerRules(mode, body), checkedRecord.call(this, itemIndex, body), itemIndex, fieldLabel);
	const method: IHttpRequestMethods = mode === 'create' ? 'POST' : 'PUT';
	const answer = await pureProRequest.call(this, method, ['Customer', account, businessUnit], { body }, { itemIndex });
	return asOutput(answer, { reference: (body.reference ?? body.Reference ?? '') as string, saved: true });
}
