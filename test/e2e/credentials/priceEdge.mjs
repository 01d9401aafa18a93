// The e2e and demo credentials for PriceEdge: the user of PriceEdge's docs example, at the simulator, once with
// bearer tokens and once with the API key header.
import { DOCS_CLIENT_ID, DOCS_USER } from '../../simulators/priceEdge.js';

export const credentials = (urls) => [
	{
		id: 'priceEdgeDemoC01',
		name: 'PriceEdge (simulator, bearer token)',
		type: 'priceEdgeApi',
		data: { apiUrl: `${urls.priceEdge}/papi`, authentication: 'bearerToken', ...DOCS_USER, clientId: DOCS_CLIENT_ID },
	},
	{
		id: 'priceEdgeDemoC02',
		name: 'PriceEdge (simulator, API key)',
		type: 'priceEdgeApi',
		data: { apiUrl: `${urls.priceEdge}/papi/`, authentication: 'apiKey', ...DOCS_USER },
	},
];

export const secrets = [DOCS_USER.password];
