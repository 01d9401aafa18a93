import { saveRecord } from '../../records';
import { timesheetForm } from './fields';
import { TIMESHEET } from './types';

export const create = saveRecord(
	TIMESHEET,
	'create',
	'The timesheet record as in PurePro’s timesheet appendix (keys in any case); a timesheet is added from a placement',
	timesheetForm,
);
