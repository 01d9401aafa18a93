import type { RecordType } from '../../records';

export const SUPPLIER: RecordType = { resource: 'supplier', path: 'Supplier', label: 'Supplier', businessUnit: false };
