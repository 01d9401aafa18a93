import { updateDisplayOptions } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator } from '../../descriptions';
import { customerFields } from './fields';
import { saveCustomer } from './save';

export const update: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['customer'], operation: ['update'] } }, [
		accountLocator,
		businessUnitLocator,
		...customerFields('update'),
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		return await saveCustomer.call(this, itemIndex, 'update');
	},
};
