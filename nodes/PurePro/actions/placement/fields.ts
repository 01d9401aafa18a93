import { workerLocator } from '../../descriptions';
import type { RecordForm } from '../../form';

const INFERRED = 'Inferred from common PurePro use: PurePro’s docs do not list placement fields.';

/** A placement: a worker placed with a customer, at a pay rate and a charge rate. */
export const placementForm: RecordForm = {
	label: 'Placement',
	fields: [
		{ key: 'workerReference', required: true, property: workerLocator('Worker', 'The worker being placed: pick one from the business unit’s workers, or give the reference', 'workerReference') },
		{
			key: 'customerReference',
			required: true,
			property: { displayName: 'Customer Reference', name: 'customerReference', type: 'string', default: '', placeholder: 'e.g. CU0001', description: 'The customer the worker is placed with' },
		},
		{ key: 'startDate', required: true, property: { displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'Sent as YYYY-MM-DD' } },
		{ key: 'payRate', required: true, property: { displayName: 'Pay Rate', name: 'payRate', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'What the worker is paid per unit' } },
		{ key: 'chargeRate', required: true, property: { displayName: 'Charge Rate', name: 'chargeRate', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'What the customer is charged per unit' } },
		{ key: 'reference', property: { displayName: 'Placement Reference', name: 'reference', type: 'string', default: '', description: 'Leave empty for PurePro to make one' } },
		{
			key: 'rateUnit',
			property: {
				displayName: 'Rate Unit',
				name: 'rateUnit',
				type: 'options',
				default: 'Hour',
				options: ['Hour', 'Day', 'Week', 'Month'].map((value) => ({ name: value, value })),
				description: 'What the rates are per',
			},
		},
		{ key: 'endDate', property: { displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'Sent as YYYY-MM-DD' } },
		{ key: 'jobTitle', property: { displayName: 'Job Title', name: 'jobTitle', type: 'string', default: '', description: INFERRED } },
		{ key: 'supplierReference', property: { displayName: 'Supplier Reference', name: 'supplierReference', type: 'string', default: '', description: 'Contractors: the supplier they work through' } },
		{ key: 'purchaseOrder', property: { displayName: 'Purchase Order', name: 'purchaseOrder', type: 'string', default: '', description: INFERRED } },
		{ key: 'costCentre', property: { displayName: 'Cost Centre', name: 'costCentre', type: 'string', default: '', description: INFERRED } },
		{ key: 'consultantReference', property: { displayName: 'Consultant Reference', name: 'consultantReference', type: 'string', default: '', placeholder: 'e.g. CS1000002', description: INFERRED } },
	],
};
