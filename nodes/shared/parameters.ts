import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeProperties,
} from 'n8n-workflow';

/**
 * Checked parameters. Every parameter can be an expression, so a value is checked when it is read, for each
 * item: its type (an object is not a text), blank, range, path segments. A refusal names the field as the
 * editor labels it ("Options → Batch Size") and the item counted from 1, and is raised before anything is sent.
 */

/** The operation's fields, by context, so that messages can use the labels the editor shows. */
const described = new WeakMap<object, INodeProperties[]>();

/** Called by the item loop with the running operation's fields. */
export function describeParameters(context: object, properties: INodeProperties[]): void {
	described.set(context, properties);
}

function labelIn(properties: readonly unknown[], parts: string[]): string[] | undefined {
	const [first, ...rest] = parts;
	for (const entry of properties as Array<INodeProperties & { values?: INodeProperties[] }>) {
		if (entry?.name !== first) continue;
		const label = entry.displayName ?? first;
		if (!rest.length) return [label];
		const children = entry.values ?? (entry.options as unknown[] | undefined) ?? [];
		const deeper = labelIn(children, rest);
		// fixedCollection groups ("filters.filter") are shown without their own heading.
		if (deeper) return entry.values ? deeper : [label, ...deeper];
	}
	return undefined;
}

/** "Options → Batch Size" for `options.batchSize`, as far as the operation's fields tell. */
export function labelOf(context: object, path: string): string {
	const properties = described.get(context) ?? [];
	return (labelIn(properties, path.split('.')) ?? [path]).join(' → ');
}

/** A value the user gave that cannot be used: raised before anything is sent. */
export function parameterError(node: INode, itemIndex: number, message: string, description?: string): NodeOperationError {
	return new NodeOperationError(node, `${message} (item ${itemIndex + 1})`, {
		itemIndex,
		description: description ?? `Nothing was sent for item ${itemIndex + 1}. Fix the value and run again.`,
	});
}

const shown = (value: unknown) => {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const text = String(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
};

/** Half of a UTF-16 pair: it cannot be encoded into a URL or sent as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
	required?: boolean;
	/** The text is used as it is, spaces kept (passwords, free text); otherwise trimmed. */
	keepSpaces?: boolean;
}

/**
 * A value as text. Numbers and booleans become text; objects and lists are refused (they would be sent as
 * "[object Object]" or "1,2"); null and undefined count as empty. A text with a broken character (half of an
 * emoji) is refused here rather than failing later with "URI malformed".
 */
export function asText(node: INode, itemIndex: number, label: string, value: unknown, options: TextOptions = {}): string {
	if (value !== null && typeof value === 'object') {
		throw parameterError(node, itemIndex, `${label} must be a text, not ${shown(value)}`, `An expression in ${label} gave ${shown(value)}: pick the one value it should hold (for example {{ $json.name }}).`);
	}
	const raw = value === undefined || value === null ? '' : String(value);
	if (LONE_SURROGATE.test(raw)) {
		throw parameterError(node, itemIndex, `${label} holds a broken character (half of an emoji or symbol) that cannot be sent`);
	}
	const text = options.keepSpaces ? raw : raw.trim();
	if (options.required && !text.trim()) throw parameterError(node, itemIndex, `${label} is required but is empty`);
	return text;
}

export interface NumberOptions {
	min: number;
	max: number;
}

/** A whole number within a range; blank, text or a fraction are refused (a Batch Size of 0 is no loop). */
export function asWholeNumber(node: INode, itemIndex: number, label: string, value: unknown, range: NumberOptions): number {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
	if (!Number.isInteger(number) || number < range.min || number > range.max) {
		const bounds = range.max === Number.MAX_SAFE_INTEGER ? `${range.min} or more` : `from ${range.min} to ${range.max}`;
		throw parameterError(node, itemIndex, `${label} must be a whole number ${bounds}, not ${shown(value)}`);
	}
	return number;
}

/** Why a text cannot be one segment of a URL path ("." and ".." would move the request to another resource). */
export function segmentProblem(text: string): string | undefined {
	if (text === '.' || text === '..') return 'it may not be "." or ".."';
	if (/[/\\]/.test(text)) return 'it may not hold a slash';
	if ([...text].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return 'it may not hold control characters';
	return undefined;
}

/** An id that goes into a URL path, checked; returned as typed (encode it when building the URL). */
export function asPathSegment(node: INode, itemIndex: number, label: string, value: unknown): string {
	const text = asText(node, itemIndex, label, value, { required: true });
	const problem = segmentProblem(text);
	if (problem) throw parameterError(node, itemIndex, `${label} "${text.slice(0, 60)}" is not a valid reference: ${problem}`);
	return text;
}

/** A list of texts: a list from an expression, or a comma-separated text. Empty entries are left out. */
export function asTextList(node: INode, itemIndex: number, label: string, value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	return entries
		.map((entry, n) => asText(node, itemIndex, `${label} (entry ${n + 1})`, entry))
		.filter(Boolean);
}

export function asBoolean(node: INode, itemIndex: number, label: string, value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw parameterError(node, itemIndex, `${label} must be true or false, not ${shown(value)}`);
}

/** A collection (Options, Additional Fields…) as an object; anything else is refused. */
export function asObject(node: INode, itemIndex: number, label: string, value: unknown): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw parameterError(node, itemIndex, `${label} must be a set of fields, not ${shown(value)}`);
	}
	return value as IDataObject;
}

type Context = IExecuteFunctions;

function raw(context: Context, path: string, itemIndex: number, fallback: unknown, extractValue = false): unknown {
	return context.getNodeParameter(path, itemIndex, fallback as never, extractValue ? { extractValue: true } : undefined);
}

/** Readers that take the label from the operation's fields. */
export const read = {
	text(context: Context, path: string, itemIndex: number, options: TextOptions & { fallback?: string; extractValue?: boolean } = {}): string {
		const value = raw(context, path, itemIndex, options.fallback ?? '', options.extractValue);
		return asText(context.getNode(), itemIndex, labelOf(context, path), value, options);
	},
	wholeNumber(context: Context, path: string, itemIndex: number, range: NumberOptions & { fallback: number }): number {
		return asWholeNumber(context.getNode(), itemIndex, labelOf(context, path), raw(context, path, itemIndex, range.fallback), range);
	},
	pathSegment(context: Context, path: string, itemIndex: number, options: { extractValue?: boolean } = {}): string {
		return asPathSegment(context.getNode(), itemIndex, labelOf(context, path), raw(context, path, itemIndex, '', options.extractValue));
	},
	textList(context: Context, path: string, itemIndex: number): string[] {
		return asTextList(context.getNode(), itemIndex, labelOf(context, path), raw(context, path, itemIndex, []));
	},
	boolean(context: Context, path: string, itemIndex: number, fallback: boolean): boolean {
		return asBoolean(context.getNode(), itemIndex, labelOf(context, path), raw(context, path, itemIndex, fallback));
	},
	object(context: Context, path: string, itemIndex: number): IDataObject {
		return asObject(context.getNode(), itemIndex, labelOf(context, path), raw(context, path, itemIndex, {}));
	},
	/** One of the choices the field offers (an expression may give anything). */
	choice<T extends string>(context: Context, path: string, itemIndex: number, choices: readonly T[], fallback: T): T {
		const value = raw(context, path, itemIndex, fallback);
		if (choices.includes(value as T)) return value as T;
		throw parameterError(
			context.getNode(),
			itemIndex,
			`${labelOf(context, path)} must be one of ${choices.join(', ')}, not ${shown(value)}`,
		);
	},
};
