import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { BatchOperation } from '../../../shared/router';
import { violations, type Violation } from '../../../shared/validation';
import { upsert, workOrder, workOrderRules } from './upsert.operation';

const SHOW = { resource: ['workOrder'], operation: ['buildAnswer'] };

/** Create or Update's work-order fields, shown for this operation (its Options collection is replaced below). */
const orderFields: INodeProperties[] = upsert.description
	.filter((property) => property.name !== 'options')
	.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, ...SHOW } },
	}));

const checkCreateFields = (upsert.description.find((p) => p.name === 'options')?.options as INodeProperties[]).find(
	(option) => option.name === 'checkCreateFields',
) as INodeProperties;

/** The field as the editor labels it, for errors a person can find in the node. */
function fieldLabel(field: string): string {
	const all = upsert.description.flatMap((p) => [p, ...((p.options ?? []) as INodeProperties[])]);
	return all.find((p) => p.name === field)?.displayName ?? field;
}

function describe(itemIndex: number, order: IDataObject, found: Violation[]): string {
	const number = String(order.workOrderNumber ?? '').trim();
	const problems = found.map(({ field, message: sentence }) => {
		const label = fieldLabel(field);
		const message = sentence.replace(/\.$/, '');
		if (message.startsWith(label)) return message;
		return message.startsWith(`${field} `) ? `${label}${message.slice(field.length)}` : `${label}: ${message}`;
	});
	return `item ${itemIndex + 1}${number ? ` (${number})` : ''}: ${problems.join(', ')}`;
}

/** Pruvan shows the error on one line of its integration page: name a few problems, count the rest. */
const SHOWN_PROBLEMS = 5;

function errorText(problems: string[], total: number, sentNone: boolean): string {
	if (!problems.length) return '';
	const listed = problems.slice(0, SHOWN_PROBLEMS).join('; ');
	const more = problems.length > SHOWN_PROBLEMS ? `; and ${problems.length - SHOWN_PROBLEMS} more` : '';
	const lead = sentNone
		? `No work orders were sent: ${problems.length} of ${total} would be refused by Pruvan`
		: `${problems.length} of ${total} work orders were left out because Pruvan would refuse them`;
	return `${lead} — ${listed}${more}. Fix them in n8n's workflow, then import again.`;
}

export const buildAnswer: BatchOperation = {
	kind: 'batch',
	description: [
		{
			displayName:
				"Put this node last on the path of the Pruvan Trigger's Get Work Orders call: its one output item, {workOrders, error}, is the answer Pruvan imports. Map each input item to one work order.",
			name: 'buildAnswerNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: SHOW },
		},
		...orderFields,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			displayOptions: { show: SHOW },
			options: [
				checkCreateFields,
				{
					displayName: 'Work Orders Pruvan Would Refuse',
					name: 'onRefused',
					type: 'options',
					default: 'leaveOut',
					options: [
						{
							name: 'Leave Them Out, Name Them in the Error',
							value: 'leaveOut',
							description: 'The other work orders reach Pruvan; Pruvan shows the error as the last error of the integration',
						},
						{
							name: 'Send None, Name Them in the Error',
							value: 'sendNone',
							description: 'Pruvan imports nothing until every work order is right',
						},
					],
				},
			],
		},
	],
	async execute(itemIndexes) {
		const items = this.getInputData();
		const orders: IDataObject[] = [];
		const problems: string[] = [];
		let total = 0;
		for (const i of itemIndexes) {
			// The empty item of n8n's "Always Output Data" stands for "no work orders", as when nothing changed.
			if (!Object.keys(items[i]?.json ?? {}).length) continue;
			total++;
			try {
				const order = workOrder.call(this, i);
				const checkCreate = this.getNodeParameter('options.checkCreateFields', i, true) as boolean;
				const found = violations(workOrderRules, { ...order, checkCreateFields: checkCreate });
				if (found.length) problems.push(describe(i, order, found));
				else orders.push(order);
			} catch (error) {
				problems.push(`item ${i + 1}: ${(error as Error).message.replace(/ \(item \d+\)$/, '')}`);
			}
		}
		const sendNone = problems.length > 0 && this.getNodeParameter('options.onRefused', 0, 'leaveOut') === 'sendNone';
		return [{ workOrders: sendNone ? [] : orders, error: errorText(problems, total, sendNone) }];
	},
};
