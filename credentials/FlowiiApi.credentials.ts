import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { apiUrl, signInError } from '../nodes/Flowii/signIn';
import { formBody, renewOnce, SignInError } from '../nodes/shared/tokens';
import { withRetries } from '../nodes/shared/transport';

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
		const url = apiUrl(credentials.url);
		const email = String(credentials.email ?? '').trim();
		const password = String(credentials.password ?? '');
		const apiKey = String(credentials.apiKey ?? '').trim();
		return await renewOnce([url, email, password, apiKey], credentials.token, async () => {
			let answer: { access_token?: unknown; expires_in?: unknown };
			try {
				answer = (await withRetries(
					async () =>
						await this.helpers.httpRequest({
							method: 'POST',
							url: `${url}/token`,
							headers: {
								'Api-Key': apiKey,
								'Content-Type': 'application/x-www-form-urlencoded',
								Accept: 'application/json',
							},
							body: formBody({ grant_type: 'password', username: email, password }),
							json: true,
						}),
					true,
				)) as typeof answer;
			} catch (error) {
				// The raw error holds the form body, password included: only a clean message leaves here.
				throw signInError(error, [password, apiKey]);
			}
			if (!answer || typeof answer !== 'object' || typeof answer.access_token !== 'string' || !answer.access_token) {
				throw new SignInError(
					`FLOWii answered the sign-in at ${url}/token without an access token. Check the API URL in the credential.`,
				);
			}
			return { data: { token: answer.access_token }, lifetimeSeconds: Number(answer.expires_in) || undefined };
		});
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
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
		},
	};
}
