import { updateDisplayOptions, type IDataObject } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { assertValid } from '../../../shared/validation';
import type { Rule } from '../../../shared/validation';
import { companyField, flowiiLabel, simplifyField } from '../../fields';
import { resourcesOf, simplify } from '../../jsonApi';
import { apiUrl } from '../../../../credentials/flowii/signIn';
import { flowiiRequest } from '../../request';
import { asObject, asText, parameterError, read } from '../../../shared/parameters';
import { credentialsOnce } from '../../../shared/credentials';

const WITH_BODY = ['POST', 'PUT', 'PATCH'];
const METHODS = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'] as const;

function parseJson(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	if (!value.trim()) return undefined;
	try {
		return JSON.parse(value);
	} catch {
		return Symbol.for('invalid');
	}
}

const callRules: Rule[] = [
	{
		field: 'path',
		message: "The path goes after the API URL, such as /businesscases. Full URLs of other hosts are refused: they would receive your FLOWii token.",
		valid: (path) => typeof path === 'string' && /^\/[^/]/.test(path),
	},
	{
		field: 'body',
		message: 'The body must be a JSON object, such as {"data": {"type": "…", "attributes": {…}}}',
		valid: (body) => body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body)),
	},
];

/** `/x`, `x` or the full URL on the credential's own API host, as a path under the API URL. */
function pathUnder(base: string, value: string): string {
	const text = value.trim();
	if (text.toLowerCase().startsWith(base.toLowerCase())) return text.slice(base.length) || '/';
	if (/^[a-z]+:\/\//i.test(text)) return text;
	return text.startsWith('/') ? text : `/${text}`;
}

export const call: ItemOperation = {
	kind: 'write',
	description: updateDisplayOptions({ show: { resource: ['customApiCall'], operation: ['call'] } }, [
		{
			displayName:
				'For the FLOWii modules without their own operation yet (Business cases, Goods and services, Finances, Attendance). See FLOWii\'s API documentation: Settings → Extensions → API → API documentation.',
			name: 'customApiCallNotice',
			type: 'notice',
			default: '',
		},
		{ ...companyField, required: false, description: 'Sent as companyId when chosen; most FLOWii calls need it' },
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			default: 'GET',
			options: METHODS.map((m) => ({ name: m, value: m })),
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. /businesscases',
			description: 'The path after the API URL',
		},
		{
			displayName: 'Query Parameters',
			name: 'query',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Parameter',
			default: {},
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. filter[search-text]' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Body (JSON)',
			name: 'body',
			type: 'json',
			default: '{}',
			displayOptions: { show: { method: WITH_BODY } },
			description: 'A JSON:API document, sent with the JSON:API media type',
		},
		{ ...simplifyField, default: false },
		writeRequestOptions,
	]),
	async execute(itemIndex) {
		const method = read.choice(this, 'method', itemIndex, METHODS, 'GET');
		// An AI agent may only read: it must not change or delete FLOWii records through a free-form call.
		if (this.getNode().type.endsWith('Tool') && method !== 'GET') {
			throw parameterError(this.getNode(), itemIndex, `As a tool for an AI agent, Custom API Call only reads (GET), not ${method}`, 'Use the FLOWii node\'s own Create operations for changes, or run this call outside the agent.');
		}
		const base = apiUrl((await credentialsOnce(this, 'flowiiApi')).url);
		const path = pathUnder(base, read.text(this, 'path', itemIndex, { required: true }));
		if (path.split(/[/?#]/).some((part) => part === '..' || part === '.')) {
			throw parameterError(this.getNode(), itemIndex, 'Path may not hold "." or ".." parts: they would move the call to another address');
		}
		const body = WITH_BODY.includes(method) ? parseJson(this.getNodeParameter('body', itemIndex, '{}')) : undefined;
		assertValid(this.getNode(), 'FLOWii', callRules, { path, body } as IDataObject, itemIndex, flowiiLabel());
		const qs: IDataObject = {};
		const company = read.text(this, 'company', itemIndex, { extractValue: true });
		if (company) qs.companyId = company;
		const query = this.getNodeParameter('query.parameter', itemIndex, []) as unknown;
		for (const [n, entry] of (Array.isArray(query) ? query : []).entries()) {
			const parameter = asObject(this.getNode(), itemIndex, `Query Parameters ${n + 1}`, entry);
			const name = asText(this.getNode(), itemIndex, `Query Parameters ${n + 1} → Name`, parameter.name);
			if (name) qs[name] = asText(this.getNode(), itemIndex, `Query Parameters ${n + 1} → Value`, parameter.value, { keepSpaces: true });
		}
		const answer = await flowiiRequest.call(
			this,
			{ method, path, qs, ...(body ? { body: body as IDataObject } : {}) },
			{ itemIndex },
		);
		if (!this.getNodeParameter('simplify', itemIndex, false)) return answer;
		if (Array.isArray(answer.data)) return resourcesOf(answer).map(simplify);
		const [resource] = resourcesOf(answer);
		return resource ? simplify(resource) : answer;
	},
};
