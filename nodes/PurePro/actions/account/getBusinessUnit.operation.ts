import { accountRead } from './read';

export const getBusinessUnit = accountRead('getBusinessUnit', 'GetBusinessUnit', 'businessUnit');
