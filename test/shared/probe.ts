/**
 * A test-only vendor ("Probe") built on the shared code the way every real vendor is: a token credential
 * with preAuthentication + renewOnce, a node whose operations go through the router and vendorRequest.
 * It lets the shared behaviours be tested once, apart from any vendor's rules.
 */
import {
	NodeConnectionTypes,
	updateDisplayOptions,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { readRequestOptions, route, writeRequestOptions, type ItemOperation } from '../../nodes/shared/router';
import { formBody, renewOnce } from '../../nodes/shared/tokens';
import { vendorRequest, type Vendor } from '../../nodes/shared/transport';

export class ProbeApi implements ICredentialType {
	name = 'probeApi';
	displayName = 'Probe API';
	properties: ICredentialType['properties'] = [
		{ displayName: 'URL', name: 'url', type: 'string', default: '' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Token', name: 'token', type: 'hidden', typeOptions: { expirable: true, password: true }, default: '' },
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await renewOnce([credentials.url, credentials.password], credentials.token, async () => {
			const answer = (await this.helpers.httpRequest({
				method: 'POST',
				url: `${credentials.url}/token`,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: formBody({ password: String(credentials.password) }),
				json: true,
			})) as { access_token: string; expires_in: number };
			return { data: { token: answer.access_token }, lifetimeSeconds: answer.expires_in };
		});
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) {
		return {
			...options,
			baseURL: String(credentials.url),
			headers: { ...options.headers, Authorization: `Bearer ${String(credentials.token)}` },
		};
	}
}

export const probeVendor: Vendor = {
	name: 'Probe',
	credentialType: 'probeApi',
	errorMessage: (body) => (body && typeof body === 'object' ? ((body as { message?: string }).message ?? undefined) : undefined),
	hint: (status) => (status === 404 ? 'Check the thing id.' : undefined),
};

const show = (operation: string) => ({ show: { resource: ['thing'], operation: [operation] } });

const get: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions(show('get'), [
		{ displayName: 'ID', name: 'id', type: 'string', default: '' },
		readRequestOptions,
	]),
	async execute(i) {
		const url = `/things/${this.getNodeParameter('id', i) as string}`;
		return (await vendorRequest.call(this, probeVendor, { url }, { itemIndex: i })) as IDataObject;
	},
};

const create: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions(show('create'), [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		writeRequestOptions,
	]),
	async execute(i) {
		const body = { name: this.getNodeParameter('name', i) };
		return (await vendorRequest.call(this, probeVendor, { method: 'POST', url: '/things', body }, { itemIndex: i })) as IDataObject;
	},
};

export class Probe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Probe',
		name: 'probe',
		group: ['transform'],
		version: 1,
		description: 'Test vendor',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'probeApi', required: true }],
		properties: [
			{ displayName: 'Resource', name: 'resource', type: 'options', noDataExpression: true, options: [{ name: 'Thing', value: 'thing' }], default: 'thing' },
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Create', value: 'create', action: 'Create a thing' },
					{ name: 'Get', value: 'get', action: 'Get a thing' },
				],
				default: 'get',
			},
			...get.description,
			...create.description,
		],
	};

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { thing: { get, create } });
	}
}
