import { saveRecord } from '../../records';
import { placementForm } from './fields';
import { PLACEMENT } from './types';

export const create = saveRecord(PLACEMENT, 'create', 'The placement record as in PurePro’s placement appendix (keys in any case)', placementForm);
