import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid, present, type Rule } from '../../../shared/validation';
import { DATE_HELP, flowiiDateTime } from '../../dates';
import { companyField, flowiiLabel, lookupField, partnerField, simplifyField } from '../../fields';
import { toMany, toOne, withoutBlanks } from '../../jsonApi';
import { companyId } from '../../company';
import { flowiiRequest } from '../../request';
import { read } from '../../../shared/parameters';
import { namedRecord } from '../../names';

export const orderRules: Rule[] = [
	present('name', 'An order needs a name'),
	present('orderType', 'Choose the order type'),
	present('orderState', 'Choose the order state'),
	present('partner', 'Choose the partner the order is for'),
	{ field: 'deadline', message: `Deadline is not a date. ${DATE_HELP}`, valid: (v) => !v || flowiiDateTime(v) !== undefined },
];

const idList = (value: unknown): string[] =>
	(Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((id) => String(id).trim())
		.filter(Boolean);

export function orderDocument(order: IDataObject): IDataObject {
	const responsibleUsers = idList(order.responsibleUsers);
	return {
		data: {
			type: 'order',
			attributes: withoutBlanks({
				name: order.name,
				deadline: flowiiDateTime(order.deadline),
				description: order.description,
			}),
			relationships: {
				type: toOne('order-type', String(order.orderType)),
				state: toOne('order-state', String(order.orderState)),
				partner: toOne('partner', String(order.partner)),
				...(responsibleUsers.length ? { 'responsible-users': toMany('user', responsibleUsers) } : {}),
			},
		},
	};
}

export const create: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['order'], operation: ['create'] } }, [
		companyField,
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'What the order is called in FLOWii' },
		lookupField('Order Type Name or ID', 'orderType', 'getOrderTypes', 'The kind of order', { required: true }),
		lookupField('Order State Name or ID', 'orderState', 'getOrderStates', 'Where the order stands', { required: true }),
		partnerField({ required: true, description: 'The partner (customer) the order is for' }),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Deadline', name: 'deadline', type: 'dateTime', default: '', description: 'When the order is due' },
				{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 4 }, default: '' },
				{
					displayName: 'Responsible User Names or IDs',
					name: 'responsibleUsers',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['company.value'] },
					default: [],
					description:
						'The FLOWii users responsible for the order. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
		},
		simplifyField,
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		const extra = read.object(this, 'additionalFields', itemIndex);
		const order: IDataObject = {
			name: read.text(this, 'name', itemIndex),
			orderType: read.text(this, 'orderType', itemIndex),
			orderState: read.text(this, 'orderState', itemIndex),
			partner: read.text(this, 'partner', itemIndex, { extractValue: true }),
			deadline: extra.deadline,
			description: extra.description,
			responsibleUsers: extra.responsibleUsers,
		};
		assertValid(this.getNode(), 'FLOWii', orderRules, order, itemIndex, flowiiLabel({ deadline: 'Additional Fields → Deadline' }));
		const answer = await flowiiRequest.call(
			this,
			{ method: 'POST', path: '/orders', qs: { companyId: companyId.call(this, itemIndex) }, body: orderDocument(order) },
			{ itemIndex },
		);
		return await namedRecord.call(this, itemIndex, answer);
	},
};
