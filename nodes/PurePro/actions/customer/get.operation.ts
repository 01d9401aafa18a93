import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator, referenceField } from '../../descriptions';
import { asOutput } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';
import { simplified, simplifyField } from '../../simplify';

export const get: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['customer'], operation: ['get'] } }, [
		accountLocator,
		businessUnitLocator,
		referenceField('Customer Reference', 'The reference of the customer to retrieve'),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const { account, businessUnit, references } = await scope.call(this, itemIndex, {
			businessUnit: true,
			references: { Customer: 'reference' },
		});
		const answer = await pureProRequest.call(this, 'GET', ['Customer', account, businessUnit, references.Customer], {}, { itemIndex });
		return simplified('customer', asOutput(answer), this.getNodeParameter('simplify', itemIndex, true) as boolean);
	},
};
