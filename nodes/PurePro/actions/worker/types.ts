import type { RecordType } from '../../records';

export const WORKER: RecordType = { resource: 'worker', path: 'Worker', label: 'Worker', businessUnit: true };
