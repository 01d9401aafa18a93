// Credentials for the e2e run and `npm run dev`, pointing at the local simulators.
// Each vendor adds its entry; `urls` maps a simulator name to its base URL.
import { DOCS_KEY } from '../simulators/pruvan.js';

export function credentials(urls) {
	return [
		{
			id: 'pruvanDemoCred01',
			name: 'Pruvan (simulator)',
			type: 'pruvanApi',
			data: { pushApiKey: `${urls.pruvan}/api/?apiKey=${DOCS_KEY}`, baseUrl: `${urls.pruvan}/api/` },
		},
	];
}

/** Every secret above: none may appear in any run's output or log. */
export function secrets() {
	return [DOCS_KEY];
}
