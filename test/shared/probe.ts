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
import { collectNumberedPages, returnAllOrLimit, wanted } from '../../nodes/shared/pagination';
import { read } from '../../nodes/shared/parameters';
import { requestToken } from '../../nodes/shared/signIn';
import { renewOnce, SignInError } from '../../nodes/shared/tokens';
import { vendorRequest } from '../../nodes/shared/transport';
import type { Vendor } from '../../nodes/shared/vendor';

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
			const password = String(credentials.password);
			const answer = await requestToken(this, { name: 'Probe', urlField: 'URL' }, `${String(credentials.url)}/token`, { password }, {}, [password]);
			if (answer.status >= 300) throw new SignInError(`Probe refused the sign-in (${answer.said ?? answer.status})`);
			return { data: { token: String(answer.body.access_token) }, lifetimeSeconds: Number(answer.body.expires_in) };
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
	urlField: 'URL',
	tokenField: 'token',
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
		const url = `/things/${encodeURIComponent(read.pathSegment(this, 'id', i))}`;
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
		const body = { name: read.text(this, 'name', i, { required: true }) };
		return (await vendorRequest.call(this, probeVendor, { method: 'POST', url: '/things', body }, { itemIndex: i })) as IDataObject;
	},
};

const getAll: ItemOperation = {
	kind: 'read',
	description: updateDisplayOptions(show('getAll'), [
		...returnAllOrLimit(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			default: {},
			options: [{ displayName: 'Page Size', name: 'pageSize', type: 'number', default: 5 }],
		},
		readRequestOptions,
	]),
	async execute(i) {
		const pageSize = read.wholeNumber(this, 'options.pageSize', i, { min: 1, max: 100, fallback: 5 });
		return await collectNumberedPages<IDataObject>(this, { vendor: 'Probe', limit: wanted.call(this, i), pageSize, itemIndex: i }, async (page, size) =>
			(await vendorRequest.call(this, probeVendor, { url: '/things', qs: { page, size } }, { itemIndex: i })) as IDataObject[],
		);
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
					{ name: 'Get Many', value: 'getAll', action: 'Get many things' },
				],
				default: 'get',
			},
			...get.description,
			...create.description,
			...getAll.description,
		],
	};

	async execute(this: IExecuteFunctions) {
		return await route.call(this, { thing: { get, create, getAll } });
	}
}
