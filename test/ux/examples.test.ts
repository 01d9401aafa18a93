import { NodeHelpers, type INode, type INodeType } from 'n8n-workflow';

import { nodes } from './descriptions';

/**
 * The shipped examples open and run step by step in the editor: each has `pinData` (without it "Execute
 * step" on a second node fails with "Cannot read properties of null"), its vendor nodes are known with
 * no parameter the editor would mark, and every connection joins nodes that exist.
 */
interface WorkflowFile {
	file: string;
	workflow: { id: string; name: string; pinData?: unknown; nodes: INode[]; connections: Record<string, { main: Array<Array<{ node: string }>> }> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { examples, testOnly, caseWorkflows } = require('./workflowFiles') as { examples: WorkflowFile[]; testOnly: WorkflowFile[]; caseWorkflows: string[] };

/** A node's type as the vendor package that ships it names it: `n8n-nodes-purepro.purePro`. */
const typeOf = (node: INodeType) => `n8n-nodes-${node.description.name.replace(/Trigger$/, '').toLowerCase()}.${node.description.name}`;
const nodeType = (type: string) => nodes.find((node) => typeOf(node) === type) as INodeType;
const isVendorType = (type: string) => nodes.some((node) => typeOf(node) === type);

describe('Shipped example workflows', () => {
	test('there is at least one example for every vendor node', () => {
		const used = new Set(examples.flatMap(({ workflow }) => workflow.nodes.map((node) => node.type)));
		for (const node of nodes) expect(used).toContain(typeOf(node));
	});

	describe.each(examples)('$file', ({ workflow }) => {
		test('has "pinData": {} so that each node can be run with Execute step', () => {
			expect(workflow.pinData).toEqual({});
		});

		test('its vendor nodes are known, of an existing version, with nothing the editor would mark', () => {
			for (const node of workflow.nodes.filter((n) => isVendorType(n.type))) {
				const type = nodeType(node.type);
				expect(type).toBeDefined();
				expect(([] as number[]).concat(type.description.version)).toContain(node.typeVersion);
				const { properties } = type.description;
				const resolved = { ...node, parameters: NodeHelpers.getNodeParameters(properties, node.parameters, true, false, node, type.description) ?? {} };
				expect([node.name, NodeHelpers.getNodeParametersIssues(properties, resolved, type.description)]).toEqual([node.name, null]);
			}
		});

		test('its connections join nodes that exist', () => {
			const names = new Set(workflow.nodes.map((n) => n.name));
			for (const [from, outputs] of Object.entries(workflow.connections)) {
				expect(names).toContain(from);
				for (const target of outputs.main.flat()) expect(names).toContain(target.node);
			}
		});
	});

	test('every e2e case runs a workflow that exists (an example, or a test-only one)', () => {
		const ids = new Set([...examples, ...testOnly].map(({ workflow }) => workflow.id));
		const wanted = caseWorkflows;
		expect(wanted.length).toBeGreaterThan(20);
		expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
	});
});
