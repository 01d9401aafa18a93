import { updateDisplayOptions } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator } from '../../descriptions';
import { customerFields } from './fields';
import { saveCustomer } from './save';

export const create: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['customer'], operation: ['create'] } }, [
		accountLocator,
		businessUnitLocator,
		...customerFields('create'),
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		return await saveCustomer.call(this, itemIndex, 'create');
	},
};
