import { getRecord } from '../../records';
import { SUPPLIER } from './types';

export const get = getRecord(SUPPLIER);
