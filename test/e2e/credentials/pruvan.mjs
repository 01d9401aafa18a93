// The e2e and demo credentials for Pruvan: the push key from Pruvan's help page, at the simulator; and the
// values a Pruvan integration set-up would hold for the web service the Pruvan Trigger answers.
import { DOCS_KEY } from '../../simulators/pruvan.js';

export const WEB_SERVICE = {
	username: 'acme-integration',
	password: 'Correct-Horse-42',
	token: '3f2c1e9a-4b7d-4c1e-9f00-5a6b7c8d9e0f',
};

export const credentials = (urls) => [
	{
		id: 'pruvanDemoCred01',
		name: 'Pruvan (simulator)',
		type: 'pruvanApi',
		data: { pushApiKey: `${urls.pruvan}/api/?apiKey=${DOCS_KEY}`, baseUrl: `${urls.pruvan}/api/` },
	},
	{
		id: 'pruvanWebSvcDemo',
		name: 'Pruvan web service (demo)',
		type: 'pruvanWebServiceApi',
		data: WEB_SERVICE,
	},
];

export const secrets = [DOCS_KEY, WEB_SERVICE.password, WEB_SERVICE.token];
