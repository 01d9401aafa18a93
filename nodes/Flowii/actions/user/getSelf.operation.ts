import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { companyField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { recordOutput } from '../../lists';
import { flowiiRequest } from '../../request';

/** The FLOWii user the credential signs in as: its id is what other calls ask for as the user. */
export const getSelf: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['user'], operation: ['getSelf'] } }, [
		companyField,
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const answer = await flowiiRequest.call(
			this,
			{ path: '/users/self', qs: { companyId: companyId.call(this, itemIndex) } },
			{ itemIndex },
		);
		return recordOutput.call(this, itemIndex, answer);
	},
};
