import { updateDisplayOptions } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { pushKeyRequest } from '../../transport';

export const refresh: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['workOrder'], operation: ['refresh'] } }, [
		{
			displayName:
				'Each input item starts one refresh. To refresh once, run this node with a single item (for example, after a Schedule Trigger).',
			name: 'refreshNotice',
			type: 'notice',
			default: '',
		},
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		const answer = await pushKeyRequest.call(this, { method: 'GET' }, { itemIndex });
		return { refreshStarted: true, status: answer.error };
	},
};
