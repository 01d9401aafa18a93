import type { RecordForm } from '../../form';

const INFERRED = 'Inferred from common UK payroll use: PurePro’s docs do not list worker fields.';

/** A PAYE worker or a contractor (PurePro's worker appendix has one sample of each). */
export const workerForm: RecordForm = {
	label: 'Worker',
	address: true,
	bank: true,
	fields: [
		{
			key: 'type',
			required: true,
			property: {
				displayName: 'Worker Type',
				name: 'workerType',
				type: 'options',
				default: 'PAYE',
				options: [
					{ name: 'PAYE', value: 'PAYE', description: 'Employed: paid through payroll, with tax and National Insurance deducted' },
					{ name: 'Contractor', value: 'Contractor', description: 'Self-employed or through a supplier company' },
				],
				description: 'Whether PurePro pays the worker through PAYE payroll or as a contractor',
			},
		},
		{ key: 'firstName', required: true, property: { displayName: 'First Name', name: 'firstName', type: 'string', default: '' } },
		{ key: 'lastName', required: true, property: { displayName: 'Last Name', name: 'lastName', type: 'string', default: '' } },
		{
			key: 'email',
			property: { displayName: 'Email', name: 'email', type: 'string', default: '', placeholder: 'e.g. name@email.com', description: 'Where payslips go' },
		},
		{ key: 'reference', property: { displayName: 'Worker Reference', name: 'reference', type: 'string', default: '', description: 'Leave empty for PurePro to make one' } },
		{
			key: 'title',
			property: {
				displayName: 'Title',
				name: 'title',
				type: 'options',
				default: 'Mr',
				options: ['Dr', 'Miss', 'Mr', 'Mrs', 'Ms', 'Mx'].map((value) => ({ name: value, value })),
				description: INFERRED,
			},
		},
		{ key: 'dateOfBirth', property: { displayName: 'Date of Birth', name: 'dateOfBirth', type: 'dateTime', default: '', description: 'Sent as YYYY-MM-DD' } },
		{ key: 'startDate', property: { displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'Sent as YYYY-MM-DD' } },
		{
			key: 'niNumber',
			property: {
				displayName: 'National Insurance Number',
				name: 'niNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. QQ123456C',
				description: 'PAYE workers',
			},
		},
		{ key: 'taxCode', property: { displayName: 'Tax Code', name: 'taxCode', type: 'string', default: '', placeholder: 'e.g. 1257L', description: 'PAYE workers' } },
		{ key: 'mobile', property: { displayName: 'Mobile', name: 'mobile', type: 'string', default: '', placeholder: 'e.g. 07700 900123', description: INFERRED } },
		{
			key: 'supplierReference',
			property: {
				displayName: 'Supplier Reference',
				name: 'supplierReference',
				type: 'string',
				default: '',
				description: 'Contractors: the supplier (their company or umbrella) they work through',
			},
		},
	],
};
