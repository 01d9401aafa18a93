// The e2e and demo credential for PurePro: the simulator's API token and its demo account and business unit.
import { TOKEN } from '../../simulators/purePro.js';

export const credentials = (urls) => [
	{
		id: 'pureProDemoCred1',
		name: 'PurePro (simulator)',
		type: 'pureProApi',
		data: { publicApiUrl: urls.purePro, apiToken: TOKEN, accountReference: 'ACC001', businessUnitReference: 'BU001' },
	},
];

export const secrets = [TOKEN];
