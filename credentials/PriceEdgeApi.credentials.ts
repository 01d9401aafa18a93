import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { redirectRules } from '../nodes/shared/credentialTest';
import { assertSecureRequest } from '../nodes/shared/urls';
import { PRICEEDGE, signIn } from './priceEdge/signIn';

/** The Test button's words serve both modes: a wrong Client ID already fails the Bearer Token sign-in before the test. */
const TEST_HELP = 'Check the username and password in the PriceEdge credential.';

export class PriceEdgeApi implements ICredentialType {
	name = 'priceEdgeApi';

	displayName = 'PriceEdge API';

	icon = { light: 'file:../nodes/PriceEdge/priceEdge.svg', dark: 'file:../nodes/PriceEdge/priceEdge.dark.svg' } as const;

	documentationUrl = 'https://github.com/business-connectors/n8n-nodes-business-connectors#priceedge';

	properties: INodeProperties[] = [
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://yourdomain.priceedge.eu/papi',
			description: 'Your company address followed by /papi. PriceEdge works only over HTTPS.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			default: 'bearerToken',
			options: [
				{
					name: 'Bearer Token',
					value: 'bearerToken',
					description: 'Signs in with the username and password once, then uses and renews a token',
				},
				{
					name: 'API Key',
					value: 'apiKey',
					description: 'Sends the username and password with every request (Authorization: ApiKey username:password)',
				},
			],
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pricing@example.com',
			description: 'The username the PriceEdge team or your system owner gave you',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Set through the link in the e-mail PriceEdge sent you',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { authentication: ['bearerToken'] } },
			description: 'The unique client ID PriceEdge gave your application. It is sent with the sign-in and with every request.',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Signed In As',
			name: 'signedInAs',
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		return await signIn(this, credentials);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Never send a password or token over plain http, whatever URL the request was given.
		assertSecureRequest(requestOptions, PRICEEDGE.urlField);
		const headers = { ...(requestOptions.headers ?? {}) };
		if (credentials.authentication === 'apiKey') {
			headers.Authorization = `ApiKey ${String(credentials.username).trim()}:${String(credentials.password)}`;
		} else {
			headers.Authorization = `Bearer ${String(credentials.token)}`;
			headers.client_id = String(credentials.clientId).trim();
		}
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			baseURL: '={{$credentials.apiUrl}}',
			url: '/api/tables/item',
			headers: { 'Content-Type': 'application/json' },
			disableFollowRedirect: true,
		},
		rules: [
			...redirectRules('PriceEdge', 'API URL'),
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: `PriceEdge: Authorization has been denied for this request. ${TEST_HELP}`,
				},
			},
			{
				type: 'responseCode',
				properties: { value: 403, message: `PriceEdge refused the sign-in: invalid username or password. ${TEST_HELP}` },
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'PriceEdge has no API at this address: the API URL is your company address followed by /papi',
				},
			},
		],
	};
}
