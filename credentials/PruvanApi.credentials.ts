import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { assertSecureRequest } from '../nodes/shared/urls';
import { parsePushKey, PUSH_KEY_HELP } from './pruvan/pushKey';

export class PruvanApi implements ICredentialType {
	name = 'pruvanApi';

	displayName = 'Pruvan Push Key API';

	icon = { light: 'file:../nodes/Pruvan/pruvan.svg', dark: 'file:../nodes/Pruvan/pruvan.dark.svg' } as const;

	documentationUrl = 'https://github.com/business-connectors/n8n-nodes-business-connectors#pruvan';

	properties: INodeProperties[] = [
		{
			displayName: 'Push Key',
			name: 'pushApiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'e.g. https://direct.pruvan.com/api/?apiKey=…',
			description:
				'Paste the whole push key URL exactly as copied from Pruvan (Integrations → your integration → Edit → Next until the Push Key shows), or just the key after apiKey=',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://direct.pruvan.com/api/',
			description: 'Where Pruvan takes push-key calls. Change it only if Pruvan tells you to.',
		},
		{
			displayName:
				'The Test button sends Pruvan an empty list of work orders: it checks the key without starting a work-order refresh and without changing any order.',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const pushKey = parsePushKey(credentials.pushApiKey);
		if (!pushKey.ok) throw new Error(`${pushKey.problem} ${PUSH_KEY_HELP}`);
		assertSecureRequest(requestOptions, 'Base URL in the Pruvan credential');
		return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), apiKey: pushKey.key } };
	}

	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: '={{$credentials.baseUrl}}',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'workOrders=%7B%22workOrders%22%3A%5B%5D%7D',
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'invalid clientCode',
					message: `Pruvan does not know this push key (invalid clientCode). ${PUSH_KEY_HELP}`,
				},
			},
		],
	};
}
