import { workerLocator } from '../../descriptions';
import { getRecord } from '../../records';
import { WORKER } from './types';

export const get = getRecord(WORKER, workerLocator('Worker', 'The worker to retrieve: pick one from the business unit’s workers, or give its reference'));
