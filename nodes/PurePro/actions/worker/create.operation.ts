import { saveRecord } from '../../records';
import { workerForm } from './fields';
import { WORKER } from './types';

export const create = saveRecord(
	WORKER,
	'create',
	'A PAYE worker or a contractor, as in PurePro’s worker appendix samples (keys in any case)',
	workerForm,
);
