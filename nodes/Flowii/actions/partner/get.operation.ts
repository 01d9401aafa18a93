import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { read } from '../../../shared/parameters';
import { companyField, partnerField, simplifyField } from '../../fields';
import { companyId } from '../../company';
import { flowiiRequest } from '../../request';
import { namedRecord } from '../../names';

export const get: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions({ show: { resource: ['partner'], operation: ['get'] } }, [
		companyField,
		partnerField({ required: true }),
		simplifyField,
		readRequestOptions,
	]),
	async execute(itemIndex) {
		const company = companyId.call(this, itemIndex);
		const partner = read.pathSegment(this, 'partner', itemIndex, { extractValue: true });
		const answer = await flowiiRequest.call(
			this,
			{ path: `/partners/${encodeURIComponent(partner)}`, qs: { companyId: company } },
			{ itemIndex },
		);
		return await namedRecord.call(this, itemIndex, answer);
	},
};
