/**
 * Polls a trigger node the way n8n does: n8n-core's own PollContext (real getNodeParameter, static data and
 * httpRequestWithAuthentication with the test CredentialStore), on one Workflow object kept between polls as
 * an active workflow is. `restart()` stands for an n8n restart: the static data goes through JSON, as it does
 * when n8n saves it with the workflow and loads it again.
 */
import { mock } from 'jest-mock-extended';
import { PollContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import type { CredentialStore } from './n8n';

export class Poller {
	private workflow: Workflow;
	/** Polls run, and how many of them emitted. */
	polls = 0;

	constructor(
		private readonly node: INodeType,
		private parameters: INodeParameters,
		private readonly credentials: CredentialStore,
	) {
		this.workflow = this.build({});
	}

	private get name(): string {
		return String(this.node.description.defaults.name ?? this.node.description.displayName);
	}

	private build(staticData: IDataObject): Workflow {
		const nodeTypes: INodeTypes = {
			getByName: () => this.node,
			getByNameAndVersion: () => this.node,
			getKnownTypes: () => ({}),
		};
		const credentialType = this.node.description.credentials?.[0]?.name;
		return new Workflow({
			id: 'poll-test',
			nodes: [
				{
					id: '1',
					name: this.name,
					type: this.node.description.name,
					typeVersion: Array.isArray(this.node.description.version) ? this.node.description.version.at(-1)! : this.node.description.version,
					position: [0, 0],
					parameters: this.parameters,
					...(credentialType ? { credentials: { [credentialType]: { id: '1', name: 'test' } } } : {}),
				},
			],
			connections: {},
			nodeTypes,
			active: true,
			staticData,
		});
	}

	/** What the trigger keeps in static data now. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.workflow.getNode(this.name)!);
	}

	/** An n8n restart: static data saved and loaded again, nothing else kept. */
	restart(): void {
		this.workflow = this.build(JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject);
	}

	/** The user changed the node's settings (n8n keeps the static data). */
	configure(parameters: INodeParameters): void {
		this.parameters = parameters;
		this.workflow = this.build(this.workflow.staticData);
	}

	/** One poll; the emitted items' JSON (empty when the trigger emitted nothing). Vendor errors are thrown. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<IDataObject[]> {
		const additionalData = mock<IWorkflowExecuteAdditionalData>() as IWorkflowExecuteAdditionalData;
		Object.assign(additionalData, { credentialsHelper: this.credentials, executionId: undefined, executionContext: undefined });
		const context = new PollContext(this.workflow, this.workflow.getNode(this.name)!, additionalData, mode, mode === 'manual' ? 'manual' : 'activate');
		this.polls++;
		const output = await this.node.poll!.call(context);
		return (output?.[0] ?? []).map((item) => item.json);
	}
}
