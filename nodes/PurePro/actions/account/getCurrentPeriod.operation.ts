import { accountRead } from './read';

export const getCurrentPeriod = accountRead('getCurrentPeriod', 'GetCurrentPeriod', 'nothing');
