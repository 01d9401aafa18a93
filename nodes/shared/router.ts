import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { mapWithConcurrency } from './concurrency';
import { PACE } from './pace';
import { describeParameters, read } from './parameters';
import { RETRY } from './retry';
import { DEFAULT_TIMEOUT_SECONDS, MAX_PARALLEL, MAX_TIMEOUT_SECONDS, setRequestSettings } from './settings';

export { readRequestOptions, writeRequestOptions } from './settings';

/** An operation that makes its requests item by item. */
export interface ItemOperation {
	/** Reads run several items at once by default; writes one at a time unless the user raises it. */
	kind: 'read' | 'write';
	/** The operation's fields, shown for its resource and operation only (see updateDisplayOptions). */
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

/** An operation that sends all items together (for example, many records in one request). */
export interface BatchOperation {
	kind: 'batch';
	description: INodeProperties[];
	/** One entry per item index: the item's output, or the error that item met. */
	execute(
		this: IExecuteFunctions,
		itemIndexes: number[],
	): Promise<Array<IDataObject | IDataObject[] | Error>>;
}

export type Operation = ItemOperation | BatchOperation;

/** Operations by resource value, then by operation value. */
export type Resources = Record<string, Record<string, Operation>>;

/**
 * Items in flight when the user set no Parallel Requests: reads as many as the credential's pace allows
 * (pace.ts starts at 64 and adapts up to 256); writes one at a time, in input order.
 */
export const DEFAULT_PARALLEL = { read: PACE.ceiling, write: 1 };

function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	const { message, description } = error as { message?: string; description?: string };
	return {
		json: { error: message ?? String(error), ...(description ? { description } : {}) },
		pairedItem: { item: itemIndex },
	};
}

function withItemIndex(this: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof Error && 'context' in error && typeof error.context === 'object') {
		(error.context as IDataObject).itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

/**
 * The one item loop: dispatches resource/operation, runs items with bounded parallelism, pairs every
 * output item with its input, and honours Continue On Fail (a failed item becomes an error item).
 */
export async function route(this: IExecuteFunctions, resources: Resources): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resourceName = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resourceName]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not known for resource "${resourceName}"`,
		);
	}
	const indexes = items.map((_, i) => i);
	const continueOnFail = this.continueOnFail();
	let outcomes: Array<IDataObject | IDataObject[] | Error | undefined>;
	describeParameters(this, operation.description);
	// Request Options hold for the whole run: read and checked once, on the first item.
	const hasRequestOptions = operation.description.some((p) => p.name === 'requestOptions');
	const timeout = hasRequestOptions && items.length
		? read.wholeNumber(this, 'requestOptions.timeout', 0, { min: 1, max: MAX_TIMEOUT_SECONDS, fallback: DEFAULT_TIMEOUT_SECONDS })
		: DEFAULT_TIMEOUT_SECONDS;
	setRequestSettings(this, {
		timeoutMs: timeout * 1000,
		// n8n's Retry On Fail repeats the whole node: the node's own retries would multiply with it.
		attempts: this.getNode().retryOnFail === true ? 1 : RETRY.attempts,
	});

	if (operation.kind === 'batch') {
		outcomes = indexes.length ? await operation.execute.call(this, indexes) : [];
	} else {
		const parallel = hasRequestOptions && items.length
			? read.wholeNumber(this, 'requestOptions.parallelRequests', 0, { min: 1, max: MAX_PARALLEL, fallback: DEFAULT_PARALLEL[operation.kind] })
			: DEFAULT_PARALLEL[operation.kind];
		const settled = await mapWithConcurrency(
			indexes,
			parallel,
			async (i) => await operation.execute.call(this, i),
			!continueOnFail,
		);
		outcomes = settled.map((s) => (s === undefined ? undefined : s.ok ? s.value : (s.error as Error)));
	}

	const output: INodeExecutionData[] = [];
	for (const i of indexes) {
		const outcome = outcomes[i];
		if (outcome === undefined) continue; // not started: an earlier item failed and the run stops
		if (outcome instanceof Error) {
			if (!continueOnFail) throw withItemIndex.call(this, outcome, i);
			output.push(errorItem(outcome, i));
			continue;
		}
		output.push(
			...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(outcome), {
				itemData: { item: i },
			}),
		);
	}
	return [output];
}
