import { NodeOperationError, updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INode, type INodeProperties } from 'n8n-workflow';

import type { BatchOperation } from '../../../shared/router';
import { assertValid, oneOf, present, type Rule } from '../../../shared/validation';
import { pushKeyRequest } from '../../transport';
import { asText, labelOf, read } from '../../../shared/parameters';

/** The editor's labels for the work order's fields, so that a refusal names what the user sees. */
export const LABELS: Record<string, string> = {
	workOrderNumber: 'Work Order Number',
	address1: 'Address Line 1',
	city: 'City',
	state: 'State',
	zip: 'ZIP',
	services: 'Services',
	status: 'Additional Fields → Status',
};

/** What Pruvan needs to create a work order, and what integrations may set (API notes). */
export const workOrderRules: Rule[] = [
	present('workOrderNumber', 'Enter the work order number: Pruvan creates or updates the order with this number.'),
	...(
		[
			['address1', 'the first line of the address'],
			['city', 'the city'],
			['state', 'the state'],
			['zip', 'the ZIP code'],
		] as const
	).map(([field, what]) => present(field, `Enter ${what}: Pruvan needs it to create a work order.`, (order) => order.checkCreateFields !== false)),
	{
		field: 'services',
		message: 'Enter at least one service name: Pruvan needs it to create a work order.',
		when: (order) => order.checkCreateFields !== false,
		valid: (services) => Array.isArray(services) && services.length > 0,
	},
	oneOf('status', ['RUSH', 'REWORK'], 'Choose RUSH or REWORK: these are the only statuses an integration may set.'),
];

const OPTIONAL_FIELDS = [
	'workOrderInfo',
	'address2',
	'country',
	'status',
	'dueDate',
	'instructions',
	'description',
	'reference',
	'clientStatus',
	'clientDueDate',
	'clientInstructions',
] as const;

/** Service names from a comma-separated text, a list of names, or a list of `{serviceName}`. */
export function serviceList(node: INode, itemIndex: number, label: string, value: unknown): Array<{ serviceName: string }> {
	const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : String(asText(node, itemIndex, label, value)).split(',');
	return entries
		.map((entry, n) =>
			entry && typeof entry === 'object' && !Array.isArray(entry)
				? asText(node, itemIndex, `${label} (entry ${n + 1}) → serviceName`, (entry as IDataObject).serviceName)
				: asText(node, itemIndex, `${label} (entry ${n + 1})`, entry),
		)
		.filter(Boolean)
		.map((serviceName) => ({ serviceName }));
}

const CHECKS_OFF = { '/options.checkCreateFields': [false] };

/**
 * The fields Pruvan needs to create an order: required in the editor while "Check Fields Needed to Create" is
 * on (the default), optional when it is off, for updating some fields of orders that already exist.
 */
function createFields(required: boolean): INodeProperties[] {
	const when = { displayOptions: required ? { hide: CHECKS_OFF } : { show: CHECKS_OFF } };
	const help = required ? 'Required to create an order' : 'Left empty, the existing order keeps its value';
	return [
		{ displayName: 'Address Line 1', name: 'address1', type: 'string', default: '', required, description: help, ...when },
		{ displayName: 'City', name: 'city', type: 'string', default: '', required, description: help, ...when },
		{ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'e.g. TX', required, description: help, ...when },
		{ displayName: 'ZIP', name: 'zip', type: 'string', default: '', placeholder: 'e.g. 75001', required, description: help, ...when },
		{
			displayName: 'Services',
			name: 'services',
			type: 'string',
			default: '',
			placeholder: 'e.g. Grass Cut, Winterization',
			required,
			description: `Names of the services to do, separated by commas (or a list from an expression). ${help}.`,
			...when,
		},
	];
}

const ASSIGNMENTS = ['unassigned', 'everyone', 'user'] as const;

/** One work order from an item's fields, every value checked (an expression may give anything). */
export function workOrder(this: IExecuteFunctions, i: number): IDataObject {
	const node = this.getNode();
	const order: IDataObject = { workOrderNumber: read.text(this, 'workOrderNumber', i) };
	for (const field of ['address1', 'city', 'state', 'zip'] as const) {
		const value = read.text(this, field, i);
		if (value) order[field] = value;
	}
	const services = serviceList(node, i, labelOf(this, 'services'), this.getNodeParameter('services', i, ''));
	if (services.length) order.services = services;
	const extra = read.object(this, 'additionalFields', i);
	for (const field of OPTIONAL_FIELDS) {
		const value = asText(node, i, labelOf(this, `additionalFields.${field}`), extra[field], { keepSpaces: true });
		if (value.trim()) order[field] = value;
	}
	const assignment = read.choice(this, 'assignment', i, ASSIGNMENTS, 'unassigned');
	if (assignment === 'everyone') order.assignedTo = '~all~';
	if (assignment === 'user') order.assignedTo = read.text(this, 'assignedTo', i, { required: true });
	return order;
}

/** The numbers of some work orders, for a message: the first few and how many more. */
function numbers(entries: Array<{ order: IDataObject }>): string {
	const shown = entries.slice(0, 10).map((e) => String(e.order.workOrderNumber));
	return entries.length > 10 ? `${shown.join(', ')} and ${entries.length - 10} more` : shown.join(', ');
}

export const upsert: BatchOperation = {
	kind: 'batch',
	description: updateDisplayOptions({ show: { resource: ['workOrder'], operation: ['upsert'] } }, [
		{
			displayName: 'Work Order Number',
			name: 'workOrderNumber',
			type: 'string',
			required: true,
			default: '',
			description: 'If an order with this number exists in the integration, Pruvan updates it; otherwise it creates one',
		},
		...createFields(true),
		...createFields(false),
		{
			displayName: 'Assign To',
			name: 'assignment',
			type: 'options',
			default: 'unassigned',
			options: [
				{ name: 'Nobody (Unassigned)', value: 'unassigned' },
				{ name: 'Everyone', value: 'everyone', description: 'Sends ~all~, which assigns the order to everyone' },
				{ name: 'One User', value: 'user' },
			],
		},
		{
			displayName: 'Assigned To (User Name)',
			name: 'assignedTo',
			type: 'string',
			default: '',
			displayOptions: { show: { assignment: ['user'] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '' },
				{ displayName: 'Client Due Date', name: 'clientDueDate', type: 'string', default: '', placeholder: 'e.g. 2026-12-31', description: 'Always updatable, also on existing orders' },
				{ displayName: 'Client Instructions', name: 'clientInstructions', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Always updatable, also on existing orders' },
				{ displayName: 'Client Status', name: 'clientStatus', type: 'string', default: '', description: 'Always updatable, also on existing orders' },
				{ displayName: 'Country', name: 'country', type: 'string', default: '' },
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', placeholder: 'e.g. 2026-12-31' },
				{ displayName: 'Instructions', name: 'instructions', type: 'string', typeOptions: { rows: 3 }, default: '' },
				{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'RUSH',
					description: 'Integrations can set only these two statuses',
					options: [
						{ name: 'RUSH', value: 'RUSH' },
						{ name: 'REWORK', value: 'REWORK' },
					],
				},
				{ displayName: 'Work Order Info', name: 'workOrderInfo', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Batch Size',
					name: 'batchSize',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 1000 },
					default: 100,
					description: 'How many work orders go to Pruvan in one request',
				},
				{
					displayName: 'Check Fields Needed to Create',
					name: 'checkCreateFields',
					type: 'boolean',
					default: true,
					description:
						'Whether to require address, city, state, ZIP and services before sending. Turn off to update only some fields (such as client status) of orders that already exist.',
				},
			],
		},
	]),
	async execute(itemIndexes) {
		const outcomes: Array<IDataObject | Error> = [];
		const ready: Array<{ index: number; order: IDataObject }> = [];
		for (const i of itemIndexes) {
			try {
				const order = workOrder.call(this, i);
				const checkCreateFields = read.boolean(this, 'options.checkCreateFields', i, true);
				assertValid(this.getNode(), 'Pruvan', workOrderRules, { ...order, checkCreateFields }, i, (field) => LABELS[field] ?? field);
				ready.push({ index: i, order });
			} catch (error) {
				outcomes[i] = error as Error;
			}
		}
		// Every work order is checked before anything is sent: without Continue On Fail, one bad order stops them all.
		if (outcomes.some((o) => o instanceof Error) && !this.continueOnFail()) return itemIndexes.map((i) => outcomes[i]);
		const batchSize = read.wholeNumber(this, 'options.batchSize', 0, { min: 1, max: 1000, fallback: 100 });
		const batches: Array<typeof ready> = [];
		for (let start = 0; start < ready.length; start += batchSize) batches.push(ready.slice(start, start + batchSize));

		// Batches go one after another (Pruvan applies them in input order), and none after one has failed:
		// the error then says exactly which orders were accepted, refused and not sent.
		for (const [n, batch] of batches.entries()) {
			try {
				const answer = await pushKeyRequest.call(
					this,
					{
						method: 'POST',
						headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams({
							workOrders: JSON.stringify({ workOrders: batch.map((entry) => entry.order) }),
						}).toString(),
					},
					{ itemIndex: batch[0].index },
				);
				for (const { index, order } of batch) {
					outcomes[index] = { workOrderNumber: order.workOrderNumber, accepted: true, status: answer.error, batch: n + 1 };
				}
			} catch (error) {
				const accepted = batches.slice(0, n).flat();
				const notSent = batches.slice(n + 1).flat();
				const account = [
					accepted.length ? `Sent and accepted by Pruvan: ${numbers(accepted)}.` : 'No work order had been accepted.',
					`Refused with this batch (${n + 1} of ${batches.length}): ${numbers(batch)}.`,
					notSent.length ? `Not sent: ${numbers(notSent)}.` : '',
					'Nothing was sent twice. Fix the cause and run again with the refused and unsent work orders.',
				].filter(Boolean).join(' ');
				const failure = error as Error & { description?: string };
				failure.description = [failure.description, account].filter(Boolean).join(' ');
				for (const { index } of batch) outcomes[index] = failure;
				for (const { index, order } of notSent) {
					outcomes[index] = new NodeOperationError(this.getNode(), `Work order ${String(order.workOrderNumber)} was not sent: an earlier batch failed`, {
						itemIndex: index,
						description: account,
					});
				}
				break;
			}
		}
		return itemIndexes.map((i) => outcomes[i]);
	},
};
