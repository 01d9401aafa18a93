// The e2e and demo credential for FLOWii: the simulator's demo login, password and API key.
import { DEMO } from '../../simulators/flowii.js';

export const credentials = (urls) => [
	{
		id: 'flowiiDemoCred01',
		name: 'FLOWii (simulator)',
		type: 'flowiiApi',
		data: { email: DEMO.email, password: DEMO.password, apiKey: DEMO.apiKey, url: urls.flowii },
	},
];

export const secrets = [DEMO.password, DEMO.apiKey];
