import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { mapWithConcurrency } from './concurrency';

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

export const DEFAULT_PARALLEL = { read: 10, write: 1 };

/** "Request Options" for an operation that reads: items are looked up several at a time. */
export const readRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 10,
			description:
				'How many items are looked up at the same time. Lower it if the service asks you to slow down.',
		},
	],
};

/** "Request Options" for an operation that changes data: items are sent one at a time by default. */
export const writeRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 1,
			description:
				'How many items are sent at the same time. One at a time keeps changes in input order; raise it only for independent records.',
		},
	],
};

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

	if (operation.kind === 'batch') {
		outcomes = indexes.length ? await operation.execute.call(this, indexes) : [];
	} else {
		const parallel = this.getNodeParameter(
			'requestOptions.parallelRequests',
			0,
			DEFAULT_PARALLEL[operation.kind],
		) as number;
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
