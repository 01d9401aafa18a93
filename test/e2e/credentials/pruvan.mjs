// The e2e and demo credential for Pruvan: the push key from Pruvan's help page, at the simulator.
import { DOCS_KEY } from '../../simulators/pruvan.js';

export const credentials = (urls) => [
	{
		id: 'pruvanDemoCred01',
		name: 'Pruvan (simulator)',
		type: 'pruvanApi',
		data: { pushApiKey: `${urls.pruvan}/api/?apiKey=${DOCS_KEY}`, baseUrl: `${urls.pruvan}/api/` },
	},
];

export const secrets = [DOCS_KEY];
