import { updateDisplayOptions } from 'n8n-workflow';

import type { BatchOperation } from '../../../shared/router';

/**
 * Pruvan's status and uploadPictures calls expect `{"status":true,"error":""}` (I). n8n answers with the last
 * node's first item, so the workflow ends with this node: reaching it means everything before it worked.
 */
export const buildStatusAnswer: BatchOperation = {
	kind: 'batch',
	description: updateDisplayOptions({ show: { resource: ['workOrder'], operation: ['buildStatusAnswer'] } }, [
		{
			displayName:
				"Put this node last on the path of the Pruvan Trigger's Status and Upload Pictures calls. Its one output item, {status: true, error: \"\"}, tells Pruvan the call was handled; if an earlier node fails, Pruvan is told it was not.",
			name: 'buildStatusAnswerNotice',
			type: 'notice',
			default: '',
		},
	]),
	async execute() {
		return [{ status: true, error: '' }];
	},
};
