import { accountRead } from './read';

export const getControlJobs = accountRead('getControlJobs', 'GetControlJobs', 'periodId');
