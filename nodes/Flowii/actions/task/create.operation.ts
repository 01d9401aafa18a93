import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid, present, type Rule } from '../../../shared/validation';
import { DATE_HELP, flowiiDateTime } from '../../dates';
import { companyField, flowiiLabel, lookupField, orderField, partnerField, pickedId, simplifyField } from '../../fields';
import { toOne, withoutBlanks } from '../../jsonApi';
import { companyId } from '../../company';
import { recordOutput } from '../../lists';
import { flowiiRequest } from '../../request';
import { read } from '../../../shared/parameters';

export const taskRules: Rule[] = [
	present('caption', 'A task needs a caption'),
	present('activityType', 'Choose the activity type'),
	{ field: 'deadline', message: `Deadline is not a date. ${DATE_HELP}`, valid: (v) => !v || flowiiDateTime(v) !== undefined },
];

/** A task carries its activity (type, deadline, who does it) and may be linked to an order and a partner. */
export function taskDocument(task: IDataObject): IDataObject {
	const deadline = flowiiDateTime(task.deadline);
	const str = (name: string) => String(task[name] ?? '').trim();
	return {
		data: {
			type: 'task',
			attributes: withoutBlanks({ caption: task.caption, description: task.description, deadline }),
			relationships: {
				activities: {
					data: [
						{
							type: 'activity',
							attributes: withoutBlanks({ deadline }),
							relationships: {
								'activity-type': toOne('activity-type', str('activityType')),
								...(str('user') ? { user: toOne('user', str('user')) } : {}),
							},
						},
					],
				},
				...(str('order') ? { order: toOne('order', str('order')) } : {}),
				...(str('partner') ? { partner: toOne('partner', str('partner')) } : {}),
			},
		},
	};
}

export const create: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['task'], operation: ['create'] } }, [
		companyField,
		{ displayName: 'Caption', name: 'caption', type: 'string', required: true, default: '', description: 'The title of the task' },
		lookupField('Activity Type Name or ID', 'activityType', 'getActivityTypes', 'What kind of work the task is', { required: true }),
		{ displayName: 'Deadline', name: 'deadline', type: 'dateTime', default: '', description: 'When the task is due' },
		{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 4 }, default: '' },
		{
			displayName: 'Link To',
			name: 'linkTo',
			type: 'collection',
			placeholder: 'Add Link',
			default: {},
			options: [
				orderField(false, { name: 'order', description: 'The order the task belongs to' }),
				partnerField({ name: 'partner', description: 'The partner the task is about' }),
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [lookupField('Assigned User Name or ID', 'user', 'getUsers', 'The FLOWii user who does the task')],
		},
		simplifyField,
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		const links = read.object(this, 'linkTo', itemIndex);
		const extra = read.object(this, 'additionalFields', itemIndex);
		const task: IDataObject = {
			caption: read.text(this, 'caption', itemIndex),
			activityType: read.text(this, 'activityType', itemIndex),
			deadline: this.getNodeParameter('deadline', itemIndex, ''),
			description: this.getNodeParameter('description', itemIndex, ''),
			order: pickedId(links.order),
			partner: pickedId(links.partner),
			user: extra.user,
		};
		assertValid(this.getNode(), 'FLOWii', taskRules, task, itemIndex, flowiiLabel());
		const answer = await flowiiRequest.call(
			this,
			{ method: 'POST', path: '/tasks', qs: { companyId: companyId.call(this, itemIndex) }, body: taskDocument(task) },
			{ itemIndex },
		);
		return recordOutput.call(this, itemIndex, answer);
	},
};
