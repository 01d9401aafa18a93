import { NodeOperationError, type ILoadOptionsFunctions } from 'n8n-workflow';

import { responseOf } from './response';

/**
 * A picker's list, with a refused credential (HTTP 401 or 403) explained in the one line the picker shows:
 * which credential to fix, and how. Other failures keep their own message.
 */
export async function pickerList<T>(context: ILoadOptionsFunctions, refused: string, list: () => Promise<T>): Promise<T> {
	return await list().catch((error: Error) => {
		const status = Number(responseOf(error)?.status);
		// Already a NodeApiError or NodeOperationError from the vendor request: passed on as it is.
		if (status !== 401 && status !== 403) throw error;
		throw new NodeOperationError(context.getNode(), refused, { description: error.message });
	});
}
