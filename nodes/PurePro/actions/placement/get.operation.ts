import { getRecord } from '../../records';
import { PLACEMENT } from './types';

export const get = getRecord(PLACEMENT);
