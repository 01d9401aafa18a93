import { saveRecord } from '../../records';
import { supplierForm } from './fields';
import { SUPPLIER } from './types';

export const create = saveRecord(
	SUPPLIER,
	'create',
	'The supplier record as in PurePro’s supplier appendix (keys in any case). Suppliers belong to the account: no business unit.',
	supplierForm,
);
