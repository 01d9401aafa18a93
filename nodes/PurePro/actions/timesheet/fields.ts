import type { RecordForm } from '../../form';

const INFERRED = 'Inferred from common PurePro use: PurePro’s docs do not list timesheet fields.';

/** A timesheet, created from a placement: the week it covers and the time worked. */
export const timesheetForm: RecordForm = {
	label: 'Timesheet',
	fields: [
		{
			key: 'placementReference',
			required: true,
			property: { displayName: 'Placement Reference', name: 'placementReference', type: 'string', default: '', placeholder: 'e.g. PL0001', description: 'The placement the time was worked on' },
		},
		{ key: 'weekEnding', required: true, property: { displayName: 'Week Ending', name: 'weekEnding', type: 'dateTime', default: '', description: 'The last day of the week worked; sent as YYYY-MM-DD' } },
		{ key: 'hours', required: true, property: { displayName: 'Hours', name: 'hours', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Hours worked in the week' } },
		{ key: 'reference', property: { displayName: 'Timesheet Reference', name: 'reference', type: 'string', default: '', description: 'Leave empty for PurePro to make one' } },
		{ key: 'days', property: { displayName: 'Days', name: 'days', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Days worked, for day rates' } },
		{ key: 'overtimeHours', property: { displayName: 'Overtime Hours', name: 'overtimeHours', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: INFERRED } },
		{ key: 'notes', property: { displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: INFERRED } },
	],
};
