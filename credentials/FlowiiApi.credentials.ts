import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { redirectRules } from '../nodes/shared/credentialTest';
import { assertSecureRequest } from '../nodes/shared/urls';
import { FLOWII, signIn } from './flowii/signIn';

export class FlowiiApi implements ICredentialType {
	name = 'flowiiApi';

	displayName = 'FLOWii API';

	icon = { light: 'file:../nodes/Flowii/flowii.svg', dark: 'file:../nodes/Flowii/flowii.dark.svg' } as const;

	documentationUrl = 'https://github.com/business-connectors/n8n-nodes-business-connectors#flowii';

	properties: INodeProperties[] = [
		{
			displayName: 'Login E-Mail',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. name@example.com',
			required: true,
			default: '',
			description: 'The e-mail address you sign in to FLOWii with',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Your FLOWii password',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: "Your account's unique API key: in FLOWii, Settings → Extensions (Bővítmények) → API",
		},
		{
			displayName: 'API URL',
			name: 'url',
			type: 'string',
			default: 'https://api.flowii.com',
			description: "Where FLOWii's REST API answers. Change it only if FLOWii tells you to.",
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * FLOWii's token lives a few minutes. n8n calls this when the credential has no token and once more
	 * after a 401, so an expired token is replaced without the user noticing.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await signIn(this, credentials);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Every request that carries the token and key, the Test button's included: never over plain http.
		assertSecureRequest(requestOptions, FLOWII.urlField);
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(credentials.token)}`,
				'Api-Key': String(credentials.apiKey ?? '').trim(),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '={{ String($credentials.url || "https://api.flowii.com").trim().replace(/\\/+$/, "") + "/companies" }}',
			headers: { Accept: 'application/vnd.api+json' },
			disableFollowRedirect: true,
		},
		rules: redirectRules('FLOWii', 'API URL'),
	};
}
