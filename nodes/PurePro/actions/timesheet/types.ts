import type { RecordType } from '../../records';

export const TIMESHEET: RecordType = { resource: 'timesheet', path: 'Timesheet', label: 'Timesheet', businessUnit: true };
