import { NodeHelpers, type INode, type INodeParameters, type INodeType } from 'n8n-workflow';

import { credentials, nodes } from './descriptions';

const node = (name: string) => nodes.find((n) => n.description.name === name) as INodeType;

/** The problems the editor shows for a node with these parameters (what n8n marks red before a run). */
function editorIssues(nodeType: INodeType, parameters: INodeParameters): string[] {
	const { properties } = nodeType.description;
	const values = NodeHelpers.getNodeParameters(properties, parameters, true, false, null, nodeType.description) ?? {};
	const instance: INode = { id: '1', name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: values };
	const issues = NodeHelpers.getNodeParametersIssues(properties, instance, nodeType.description);
	return Object.keys(issues?.parameters ?? {});
}

/** The parameter (by name) the editor shows for these values, as the editor resolves duplicates by displayOptions. */
function shown(nodeType: INodeType, parameters: INodeParameters, name: string) {
	const { properties } = nodeType.description;
	const values = NodeHelpers.getNodeParameters(properties, parameters, true, false, null, nodeType.description) ?? {};
	return properties.find(
		(p) => p.name === name && NodeHelpers.displayParameter(values, p, { name: 'n', typeVersion: 1 } as INode, nodeType.description),
	);
}

describe('Required means required: the editor marks what a run needs', () => {
	const purePro = node('purePro');
	const customerAdd = { resource: 'customer', operation: 'create' };

	test('Customer Create marks Address required and opens it with the lines a UK address needs', () => {
		const address = shown(purePro, customerAdd, 'address');
		expect(address?.required).toBe(true);
		expect(Object.keys(address?.default as object)).toEqual(['address1', 'address2', 'postcode']);
	});

	test('Customer Create says, above Address and Bank, why both are needed', () => {
		const notice = shown(purePro, customerAdd, 'requiredRecordsNotice');
		expect(notice?.type).toBe('notice');
		expect(notice?.displayName).toMatch(/needs an Address and, unless Pay Method is Cheque, Bank details/);
	});

	test('Customer Create marks Bank required unless Pay Method is Cheque', () => {
		const bank = shown(purePro, { ...customerAdd, payMethod: 'BACS' }, 'bank');
		expect(bank?.required).toBe(true);
		expect(Object.keys(bank?.default as object)).toEqual(['accountName', 'accountNumber', 'sortCode']);
		expect(shown(purePro, { ...customerAdd, payMethod: 'Cheque' }, 'bank')?.required).toBeFalsy();
	});

	test('Customer Update keeps Address and Bank optional (it changes only what is sent)', () => {
		const update = { resource: 'customer', operation: 'update' };
		expect(shown(purePro, update, 'address')?.required).toBeFalsy();
		expect(shown(purePro, update, 'bank')?.required).toBeFalsy();
	});

	const pruvan = node('pruvan');
	const upsert = { resource: 'workOrder', operation: 'upsert' };

	test("Pruvan's create-required fields show as required while the create check is on", () => {
		expect(editorIssues(pruvan, upsert).sort()).toEqual(['address1', 'city', 'services', 'state', 'workOrderNumber', 'zip']);
		const filled = { ...upsert, workOrderNumber: 'WO-1', address1: '1 Main St', city: 'Austin', state: 'TX', zip: '78701', services: 'Grass Cut' };
		expect(editorIssues(pruvan, filled)).toEqual([]);
	});

	test('With "Check Fields Needed to Create" off, only the work order number is required', () => {
		expect(editorIssues(pruvan, { ...upsert, options: { checkCreateFields: false } })).toEqual(['workOrderNumber']);
	});

	test("PriceEdge's Client ID is required for the bearer sign-in, and not shown for API key", () => {
		const priceEdge = credentials.find((c) => c.name === 'priceEdgeApi');
		const clientId = priceEdge?.properties.find((p) => p.name === 'clientId');
		expect(clientId?.required).toBe(true);
		expect(clientId?.displayOptions?.show?.authentication).toEqual(['bearerToken']);
	});
});
