import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { read } from '../../../shared/parameters';
import { writeRequestOptions, type BatchOperation } from '../../../shared/router';
import { pushKeyRequest } from '../../transport';

/**
 * One refresh per run: every input item asks for the same integration's refresh, so 100 items must not
 * start 100 refreshes. "Once Per Item" is for the rare workflow that wants each item to trigger one.
 */
export const refresh: BatchOperation = {
	kind: 'batch',
	description: updateDisplayOptions({ show: { resource: ['workOrder'], operation: ['refresh'] } }, [
		{
			displayName: 'Refresh Once per Item',
			name: 'oncePerItem',
			type: 'boolean',
			default: false,
			description:
				'Whether every input item starts its own refresh. Off: one refresh per run, however many items come in (the output is one item).',
		},
		writeRequestOptions,
	]),
	async execute(itemIndexes) {
		const perItem = read.boolean(this, 'oncePerItem', itemIndexes[0], false);
		const outcomes: Array<IDataObject | Error> = [];
		for (const itemIndex of perItem ? itemIndexes : itemIndexes.slice(0, 1)) {
			try {
				const answer = await pushKeyRequest.call(this, { method: 'GET' }, { itemIndex });
				outcomes[itemIndex] = { refreshStarted: true, status: answer.error };
			} catch (error) {
				outcomes[itemIndex] = error as Error;
				if (!this.continueOnFail()) break;
			}
		}
		return itemIndexes.map((i) => outcomes[i] ?? []);
	},
};
