import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { redirectRules } from '../nodes/shared/credentialTest';
import { assertSecureRequest } from '../nodes/shared/urls';

export class PureProApi implements ICredentialType {
	name = 'pureProApi';

	displayName = 'PurePro API';

	icon = { light: 'file:../nodes/PurePro/purepro.svg', dark: 'file:../nodes/PurePro/purepro.dark.svg' } as const;

	documentationUrl = 'https://github.com/business-connectors/n8n-nodes-business-connectors#purepro';

	properties: INodeProperties[] = [
		{
			displayName: 'Public API URL',
			name: 'publicApiUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://yourcompany.example.com/publicapi',
			description: 'The PublicURL your PurePro tenant uses for the API. PurePro Support gives it to you.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'In PurePro open Account → API Tokens, create a token, select the accounts and the user role (permissions) it needs, save, then click the token and copy its API key. The key is visible for 1 day only after it was created; after that, ask PurePro Support for it.',
		},
		{
			displayName: 'Default Account Reference',
			name: 'accountReference',
			type: 'string',
			default: '',
			description: 'Used when a node leaves Account empty',
		},
		{
			displayName: 'Default Business Unit Reference',
			name: 'businessUnitReference',
			type: 'string',
			default: '',
			description: 'Used when a node leaves Business Unit empty',
		},
		{
			displayName: 'Custom Token Header',
			name: 'useCustomHeader',
			type: 'boolean',
			default: false,
			description:
				'Whether to send the token in another header than "Authorization: Bearer …". Turn on only if PurePro Support tells you to.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Authorization',
			displayOptions: { show: { useCustomHeader: [true] } },
		},
		{
			displayName: 'Value Prefix',
			name: 'headerPrefix',
			type: 'string',
			default: 'Bearer',
			description: 'Text before the token (a space is added). Leave empty to send the token alone.',
			displayOptions: { show: { useCustomHeader: [true] } },
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		assertSecureRequest(requestOptions, 'Public API URL in the PurePro credential');
		const custom = credentials.useCustomHeader === true;
		const name = custom ? String(credentials.headerName ?? '').trim() || 'Authorization' : 'Authorization';
		const prefix = custom ? String(credentials.headerPrefix ?? '').trim() : 'Bearer';
		const token = String(credentials.apiToken ?? '').trim();
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), [name]: prefix ? `${prefix} ${token}` : token },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			baseURL: '={{$credentials.publicApiUrl}}',
			url: '/Account/GetAllAccounts',
			json: true,
			disableFollowRedirect: true,
		},
		rules: [
			...redirectRules('PurePro', 'Public API URL'),
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'PurePro refused the API token (HTTP 401). Copy it again from Account → API Tokens (it is visible for 1 day after creation; after that ask PurePro Support).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: "PurePro accepted the token but its user role may not list accounts (HTTP 403). Check the token's accounts and role.",
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'PurePro has no Account/GetAllAccounts at this address (HTTP 404). Check the Public API URL PurePro Support gave you.',
				},
			},
		],
	};
}
