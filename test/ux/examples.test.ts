import fs from 'node:fs';
import path from 'node:path';

import { NodeHelpers, type INode, type INodeType } from 'n8n-workflow';

import { nodes } from './descriptions';

/**
 * The shipped examples open and run step by step in the editor: each has `pinData` (without it "Execute
 * step" on a second node fails with "Cannot read properties of null"), its vendor nodes are known with
 * no parameter the editor would mark, and every connection joins nodes that exist.
 */
const root = path.join(__dirname, '../..');
const folder = path.join(root, 'examples');
const examples = fs
	.readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as { id: string; name: string; pinData?: unknown; nodes: INode[]; connections: Record<string, { main: Array<Array<{ node: string }>> }> } }));

const PACKAGE = 'n8n-nodes-business-connectors.';
const nodeType = (type: string) => nodes.find((node) => `${PACKAGE}${node.description.name}` === type) as INodeType;

describe('Shipped example workflows', () => {
	test('there is at least one example for every vendor node', () => {
		const used = new Set(examples.flatMap(({ workflow }) => workflow.nodes.map((node) => node.type)));
		for (const node of nodes) expect(used).toContain(`${PACKAGE}${node.description.name}`);
	});

	describe.each(examples)('$file', ({ workflow }) => {
		test('has "pinData": {} so that each node can be run with Execute step', () => {
			expect(workflow.pinData).toEqual({});
		});

		test('its vendor nodes are known, of an existing version, with nothing the editor would mark', () => {
			for (const node of workflow.nodes.filter((n) => n.type.startsWith(PACKAGE))) {
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
		const ids = new Set(examples.map(({ workflow }) => workflow.id));
		const testOnly = path.join(root, 'test/e2e/workflows');
		for (const file of fs.readdirSync(testOnly)) ids.add((JSON.parse(fs.readFileSync(path.join(testOnly, file), 'utf8')) as { id: string }).id);
		const cases = fs.readdirSync(path.join(root, 'test/e2e/cases')).map((file) => fs.readFileSync(path.join(root, 'test/e2e/cases', file), 'utf8'));
		const wanted = cases.flatMap((text) => [...text.matchAll(/workflow: '([^']+)'/g)].map((m) => m[1]));
		expect(wanted.length).toBeGreaterThan(20);
		expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
	});
});
