import {
	NodeConnectionTypes,
	type IBinaryData,
	type ICredentialTestFunctions,
	type ICredentialsDecrypted,
	type IDataObject,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	callFileName,
	importWindow,
	knownCall,
	normaliseExtension,
	parseCallPath,
	readPayload,
	refusal,
	senderProblem,
	withoutSecrets,
	type PruvanCall,
} from './webService';

/** A file part of a multipart call, as n8n's form parser hands it over. */
interface UploadedFile {
	filepath: string;
	originalFilename?: string | null;
	newFilename?: string;
	mimetype?: string | null;
}

const isUploadedFile = (value: unknown): value is UploadedFile =>
	!!value && typeof value === 'object' && typeof (value as UploadedFile).filepath === 'string';

export class PruvanTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pruvan Trigger',
		name: 'pruvanTrigger',
		icon: { light: 'file:pruvan.svg', dark: 'file:pruvan.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Extension: " + ($parameter["extension"] || "none")}}',
		description: 'Be the web service Pruvan calls: Pruvan imports its work orders from this workflow',
		defaults: { name: 'Pruvan Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pruvanWebServiceApi', required: true, testedBy: 'pruvanWebServiceCheck' }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: '={{$parameter["responseMode"]}}',
				responseData: 'firstEntryJson',
				// One segment for every call: Pruvan adds `/getWorkOrders.{ext}`, `/status.{ext}`… to the URL it was given.
				// n8n puts the node's webhook id before a path with a parameter; "full path" keeps it from being
				// counted twice when n8n matches the call to the stored path (as for n8n's own Webhook node).
				path: ':call',
				isFullPath: true,
			},
		],
		properties: [
			{
				displayName:
					"In Pruvan (Integrations → your integration → Edit), paste the Production URL below <b>without the ending /:call</b> as the Web Service URL, and type the Extension below as the Web Service Extension. Pruvan then calls …/getWorkOrders.{extension}, …/validate.{extension}, …/status.{extension} and …/uploadPictures.{extension}. Validate is answered here, from the credential.",
				name: 'urlNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Calls That Run the Workflow',
				name: 'calls',
				type: 'multiOptions',
				options: [
					{
						name: 'Get Work Orders',
						value: 'getWorkOrders',
						description: 'Pruvan imports work orders ("Import Orders" or "Full Refresh"); end with Pruvan → Build Work Order Answer',
					},
					{
						name: 'Status',
						value: 'status',
						description: 'Pruvan reports status changes, one item per work order; end with Pruvan → Build Status Answer',
					},
					{
						name: 'Upload Pictures',
						value: 'uploadPictures',
						description: 'Pruvan sends a published photo or survey with its file; end with Pruvan → Build Status Answer',
					},
				],
				default: ['getWorkOrders', 'status', 'uploadPictures'],
				description:
					'Calls left out are answered without running the workflow: Get Work Orders with an error, Status and Upload Pictures as received',
			},
			{
				displayName: 'Extension',
				name: 'extension',
				type: 'string',
				default: '',
				placeholder: 'e.g. php',
				description:
					"The Web Service Extension typed into Pruvan's set-up, without the dot. Leave empty when Pruvan's is empty.",
			},
			{
				displayName: 'Respond',
				name: 'responseMode',
				type: 'options',
				options: [
					{
						name: 'When Last Node Finishes',
						value: 'lastNode',
						description: 'Pruvan gets the first item of the last node that ran (a Build … Answer node)',
					},
					{
						name: "Using 'Respond to Webhook' Node",
						value: 'responseNode',
						description: 'Pruvan gets what a Respond to Webhook node sends',
					},
				],
				default: 'lastNode',
			},
		],
	};

	methods = {
		credentialTest: {
			// Nothing can be asked of Pruvan with these values: they are what Pruvan sends. Check what can be checked here.
			async pruvanWebServiceCheck(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const data = credential.data ?? {};
				if (!String(data.username ?? '').trim() || !String(data.password ?? '')) {
					return { status: 'Error', message: "Type the username and password from Pruvan's integration set-up" };
				}
				return {
					status: 'OK',
					message: "Saved. To check the connection, click Validate in Pruvan's integration set-up while the workflow is active.",
				};
			},
		},
	};

	// Pruvan has no API to register a web service: the user pastes the URL into Pruvan, so nothing is created or removed there.
	webhookMethods = {
		default: {
			async checkExists(): Promise<boolean> {
				return true;
			},
			async create(): Promise<boolean> {
				return true;
			},
			async delete(): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { name, extension } = parseCallPath(String((this.getParamsData() as IDataObject).call ?? ''));
		const call = knownCall(name);
		const refuse = (error: string): IWebhookResponseData => ({ webhookResponse: refusal(call ?? name, error) });
		if (!call) {
			return refuse(`The n8n Pruvan Trigger does not know the call "${name}"; it answers getWorkOrders, validate, status and uploadPictures`);
		}
		const expected = normaliseExtension(this.getNodeParameter('extension', ''));
		if (normaliseExtension(extension) !== expected) {
			return refuse(
				`Pruvan called ${callFileName(name, extension)}, but the n8n Pruvan Trigger expects ${callFileName(name, expected)}: make the Web Service Extension in Pruvan and the trigger's Extension the same`,
			);
		}
		const body = this.getBodyData();
		const payload = readPayload(body);
		if (!payload.ok) return refuse(payload.problem);
		const problem = senderProblem(payload.value, await this.getCredentials('pruvanWebServiceApi'), call);
		if (problem) return refuse(problem);
		if (call === 'validate') return { webhookResponse: { validated: true, error: '' } };

		const username = String(payload.value.username ?? '').trim();
		const calls = this.getNodeParameter('calls', []) as string[];
		if (!calls.includes(call)) {
			return {
				webhookResponse:
					call === 'getWorkOrders'
						? refusal(call, 'Get Work Orders is turned off in the n8n Pruvan Trigger (Calls That Run the Workflow)')
						: { status: true, error: '' },
			};
		}
		const items = await callItems.call(this, call, payload.value, username, body);
		if ('refused' in items) return refuse(items.refused);
		// A run with no items would answer nothing Pruvan can read: there is nothing to hand over.
		if (!items.length) return { webhookResponse: { status: true, error: '' } };
		return { workflowData: [items] };
	}
}

async function callItems(
	this: IWebhookFunctions,
	call: Exclude<PruvanCall, 'validate'>,
	payload: IDataObject,
	username: string,
	body: IDataObject,
): Promise<INodeExecutionData[] | { refused: string }> {
	if (call === 'getWorkOrders') {
		const window = importWindow(payload.timestamp);
		if (!window.ok) return { refused: window.problem };
		return [{ json: { call, ...window.value, username } }];
	}
	if (call === 'status') {
		// One order sent without the workOrders list (I) is read as a list of one.
		const orders = Array.isArray(payload.workOrders) ? payload.workOrders : payload.workOrderNumber !== undefined ? [payload] : [];
		return orders
			.filter((order): order is IDataObject => !!order && typeof order === 'object')
			.map((order) => ({ json: { ...withoutSecrets(order), call, username } }));
	}
	const binary: Record<string, IBinaryData> = {};
	const files = (body.files && typeof body.files === 'object' ? Object.values(body.files) : []).flat().filter(isUploadedFile);
	for (const [index, file] of files.entries()) {
		binary[index === 0 ? 'data' : `data${index}`] = await this.nodeHelpers.copyBinaryFile(
			file.filepath,
			file.originalFilename ?? file.newFilename ?? `picture${index + 1}`,
			file.mimetype ?? undefined,
		);
	}
	return [{ json: { ...withoutSecrets(payload), call, username }, ...(files.length ? { binary } : {}) }];
}
