/**
 * Calls a trigger node's webhook() as n8n's webhook server does after it has found the webhook and parsed
 * the body: inside n8n-core's real WebhookContext, with the request's path parameters, headers and body
 * (a url-encoded body as an object; a multipart one as `{ data, files }` with files on disk), and
 * credentials from the test store.
 */
import { mock } from 'jest-mock-extended';
import { WebhookContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IWebhookData,
	type IWebhookResponseData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import type { CredentialStore } from './n8n';

export interface WebhookCall {
	node: INodeType;
	parameters: INodeParameters;
	credentials: CredentialStore;
	/** The path parameters n8n read from the URL (for a `:call` path: `{ call: 'getWorkOrders.php' }`). */
	params: IDataObject;
	body: IDataObject;
	headers?: IDataObject;
}

export async function callWebhook({ node, parameters, credentials, params, body, headers = {} }: WebhookCall): Promise<IWebhookResponseData> {
	const description = node.description;
	const name = String(description.defaults.name ?? description.displayName);
	const credentialType = description.credentials?.[0]?.name;
	const nodeTypes: INodeTypes = {
		getByName: () => node,
		getByNameAndVersion: () => node,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'test',
		nodes: [
			{
				id: '1',
				name,
				type: description.name,
				typeVersion: 1,
				position: [0, 0],
				parameters,
				webhookId: '5f1b7a9e-0000-4000-8000-000000000001',
				...(credentialType ? { credentials: { [credentialType]: { id: '1', name: 'test' } } } : {}),
			},
		],
		connections: {},
		nodeTypes,
		active: true,
	});
	const additionalData = mock<IWorkflowExecuteAdditionalData>() as IWorkflowExecuteAdditionalData;
	Object.assign(additionalData, {
		credentialsHelper: credentials,
		executionId: '1',
		httpRequest: { body, headers, params, query: {} },
		httpResponse: undefined,
		currentNodeParameters: undefined,
		encryptedRunnerIdentity: undefined,
		parentExecution: undefined,
	});
	const webhookDescription = description.webhooks![0];
	const webhookData = {
		httpMethod: webhookDescription.httpMethod,
		node: name,
		path: String(webhookDescription.path),
		webhookDescription,
		workflowId: 'test',
	} as IWebhookData;
	const context = new WebhookContext(workflow, workflow.getNode(name)!, additionalData, 'webhook', webhookData, [], null);
	return await node.webhook!.call(context);
}
