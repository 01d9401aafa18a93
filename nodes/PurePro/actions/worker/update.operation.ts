import { saveRecord } from '../../records';
import { WORKER } from './types';

export const update = saveRecord(
	WORKER,
	'update',
	'The worker record as in PurePro’s worker appendix; its Reference says which worker to update',
);
