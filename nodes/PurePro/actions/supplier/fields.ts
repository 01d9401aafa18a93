import type { RecordForm } from '../../form';
import { currency, payMethod } from '../customer/fields';

const INFERRED = 'Inferred from common PurePro use: PurePro’s docs do not list supplier fields.';

/**
 * A supplier (the limited company or umbrella a contractor works through). Name and email are required: the
 * customer docs' slips ("You must enter a Supplier Name", "… Supplier Email Address") show PurePro's supplier rules.
 */
export const supplierForm: RecordForm = {
	label: 'Supplier',
	address: true,
	bank: true,
	fields: [
		{ key: 'name', required: true, property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The supplier’s company name' } },
		{
			key: 'email',
			required: true,
			property: { displayName: 'Email', name: 'email', type: 'string', default: '', placeholder: 'e.g. name@email.com', description: 'Where PurePro sends the supplier’s remittances' },
		},
		{ key: 'reference', property: { displayName: 'Supplier Reference', name: 'reference', type: 'string', default: '', description: 'Leave empty for PurePro to make one' } },
		{ key: 'payMethod', property: { ...payMethod, description: `How the supplier is paid. ${INFERRED}` } },
		{ key: 'currency', property: { ...currency, description: INFERRED } },
		{ key: 'vatNumber', property: { displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '', description: INFERRED } },
		{
			key: 'companiesHouseNumber',
			property: { displayName: 'Companies House Number', name: 'companiesHouseNumber', type: 'string', default: '', placeholder: 'e.g. 01234567', description: INFERRED },
		},
		{ key: 'phone', property: { displayName: 'Phone', name: 'phone', type: 'string', default: '', description: INFERRED } },
	],
};
