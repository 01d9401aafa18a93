/**
 * Runs our nodes inside n8n's real execution engine (n8n-core's WorkflowExecute), so tests exercise n8n's
 * own parameter resolution, Continue On Fail, pairing and httpRequestWithAuthentication (with its 401 →
 * preAuthentication → retry). The credential store below does what n8n's CredentialsHelper does: it fills
 * defaults, calls preAuthentication when the expirable property is empty or a request was answered 401,
 * and keeps what it returns for the next run.
 */
import { mock } from 'jest-mock-extended';

import { forgetPace } from '../../nodes/shared/pace';
import { forgetRenewals } from '../../nodes/shared/tokens';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentials,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

/** Credentials as n8n keeps them between runs: one record per credential type. */
export class CredentialStore extends ICredentialsHelper {
	readonly data = new Map<string, ICredentialDataDecryptedObject>();
	/** How often n8n would have called preAuthentication, and saved its result. */
	preAuthentications = 0;

	/** A new store stands for a new n8n process: no token renewals are remembered from earlier ones. */
	constructor(private readonly types: ICredentialType[]) {
		super();
		forgetRenewals();
		forgetPace();
	}

	set(type: string, values: ICredentialDataDecryptedObject) {
		this.data.set(type, { ...values });
		return this;
	}

	private type(name: string): ICredentialType {
		const found = this.types.find((t) => t.name === name);
		if (!found) throw new Error(`unknown credential type ${name}`);
		return found;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string) {
		return this.type(type).properties;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const type = this.type(typeName);
		if (typeof type.authenticate !== 'function') throw new Error(`${typeName}: authenticate must be a function`);
		return await type.authenticate(credentials, requestOptions);
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		this.preAuthentications++;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.data.set(typeName, { ...this.data.get(typeName), ...output } as ICredentialDataDecryptedObject);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject, typeName: string) {
		const type = this.type(typeName);
		return typeof type.preAuthentication === 'function'
			? ((await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject)
			: undefined;
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		const stored = this.data.get(type);
		if (!stored) throw new Error(`no ${type} credential in the test store`);
		return NodeHelpers.getNodeParameters(this.type(type).properties, stored as INodeParameters, true, false, null, null) as ICredentialDataDecryptedObject;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async updateCredentials(_n: unknown, type: string, data: ICredentialDataDecryptedObject) {
		this.data.set(type, { ...data });
	}

	async updateCredentialsOauthTokenData() {}
}

/** A start node that emits the test's input items. */
class InputItems implements INodeType {
	description = {
		displayName: 'Input Items',
		name: 'inputItems',
		group: ['input'],
		version: 1,
		description: 'Emits items for tests',
		defaults: { name: 'Input' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

export interface RunOptions {
	node: INodeType;
	parameters: INodeParameters;
	credentials: CredentialStore;
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** n8n's own Retry On Fail (3 tries, 10 ms apart here). */
	retryOnFail?: boolean;
	/** Run the node's AI-tool variant (type `<name>Tool`), as an agent would. */
	asTool?: boolean;
}

export interface RunResult {
	run: IRun;
	/** The node's output items (first output), with pairing. */
	items: INodeExecutionData[];
	/** The error that stopped the node, if one did. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string | null };
}

export async function runNode({ node, parameters, credentials, items = [{}], continueOnFail = false, retryOnFail = false, asTool = false }: RunOptions): Promise<RunResult> {
	const source = new InputItems();
	const nodeName = String(node.description.defaults.name ?? node.description.displayName);
	const credentialType = node.description.credentials?.[0]?.name;
	const nodeTypes: INodeTypes = {
		getByName: (name) => (name === 'inputItems' ? source : node),
		getByNameAndVersion: (name) => (name === 'inputItems' ? source : node),
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'test',
		nodes: [
			{ id: '1', name: 'Input', type: 'inputItems', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items) } },
			{
				id: '2',
				name: nodeName,
				type: asTool ? `${node.description.name}Tool` : node.description.name,
				typeVersion: Array.isArray(node.description.version) ? node.description.version.at(-1)! : node.description.version,
				position: [200, 0],
				parameters,
				...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				...(retryOnFail ? { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 } : {}),
				...(credentialType ? { credentials: { [credentialType]: { id: '1', name: 'test' } } } : {}),
			},
		],
		connections: { Input: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
		nodeTypes,
		active: false,
	});

	const hooks = new ExecutionLifecycleHooks('manual', '1', mock());
	let resolveRun: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
	const additionalData = mock<IWorkflowExecuteAdditionalData>() as IWorkflowExecuteAdditionalData;
	Object.assign(additionalData, {
		hooks,
		credentialsHelper: credentials,
		executionId: '1',
		currentNodeParameters: undefined,
		encryptedRunnerIdentity: undefined,
		parentExecution: undefined,
		evalLlmMockHandler: undefined,
	});

	const runData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: workflow.getNode('Input')!, data: { main: [[{ json: {} }]] }, source: null }],
		},
	} as unknown as IRunExecutionData;
	await new WorkflowExecute(additionalData, 'manual', runData).processRunExecutionData(workflow);
	const run = await finished;
	const task = run.data.resultData.runData[nodeName]?.[0];
	return {
		run,
		items: (task?.data?.main?.[0] ?? []) as INodeExecutionData[],
		error: (task?.error ?? undefined) as RunResult['error'],
	};
}
