import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { assertValid } from '../../../shared/validation';
import { customerRules, fieldLabel } from '../../rules';
import { asOutput } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';
import { checkedRecord, customerBody } from './fields';

/** Create (POST) and Update (PUT) share the URL Customer/{account}/{business unit}; the body decides the customer. */
export async function saveCustomer(
	this: IExecuteFunctions,
	itemIndex: number,
	mode: 'create' | 'update',
): Promise<IDataObject | IDataObject[]> {
	const { account, businessUnit } = await scope.call(this, itemIndex, { businessUnit: true });
	const body = customerBody.call(this, itemIndex, mode);
	assertValid(this.getNode(), 'PurePro', customerRules(mode, body), checkedRecord.call(this, itemIndex, body), itemIndex, fieldLabel);
	const method: IHttpRequestMethods = mode === 'create' ? 'POST' : 'PUT';
	const answer = await pureProRequest.call(this, method, ['Customer', account, businessUnit], { body }, { itemIndex });
	return asOutput(answer, { reference: (body.reference ?? body.Reference ?? '') as string, saved: true });
}
