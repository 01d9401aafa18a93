import { getRecord } from '../../records';
import { TIMESHEET } from './types';

export const get = getRecord(TIMESHEET);
