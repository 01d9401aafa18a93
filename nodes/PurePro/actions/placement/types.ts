import type { RecordType } from '../../records';

export const PLACEMENT: RecordType = { resource: 'placement', path: 'Placement', label: 'Placement', businessUnit: true };
