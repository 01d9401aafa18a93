import { getRecord } from '../../records';
import { WORKER } from './types';

export const get = getRecord(WORKER);
