import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { refuse } from '../../../shared/refusal';
import { present } from '../../../shared/validation';
import { companyField, flowiiLabel, partnerField, simplifyField } from '../../fields';
import { namedRecord } from '../../names';
import { companyId, flowiiRequest } from '../../transport';

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
		const partner = String(this.getNodeParameter('partner', itemIndex, '', { extractValue: true }) ?? '').trim();
		refuse(this.getNode(), 'FLOWii', [present('partner', 'Choose a partner or give its ID')], { partner }, itemIndex, flowiiLabel());
		const answer = await flowiiRequest.call(
			this,
			{ path: `/partners/${encodeURIComponent(partner)}`, qs: { companyId: company } },
			{ itemIndex },
		);
		return await namedRecord.call(this, itemIndex, answer);
	},
};
