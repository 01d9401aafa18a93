import { saveRecord } from '../../records';
import { workerForm } from './fields';
import { WORKER } from './types';

export const update = saveRecord(
	WORKER,
	'update',
	'The worker record as in PurePro’s worker appendix; its Reference says which worker to update',
	workerForm,
);
