import { accountRead } from './read';

export const getProcessingStatus = accountRead('getProcessingStatus', 'ProcessingStatus', 'businessUnit');
