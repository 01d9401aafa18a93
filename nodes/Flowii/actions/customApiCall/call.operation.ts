import { updateDisplayOptions, type IDataObject, type IHttpRequestMethods } from 'n8n-workflow';

import { writeRequestOptions, type ItemOperation } from '../../../shared/router';
import { refuse } from '../../../shared/refusal';
import type { Rule } from '../../../shared/validation';
import { companyField, flowiiLabel, simplifyField } from '../../fields';
import { resourcesOf, simplify } from '../../jsonApi';
import { apiUrl } from '../../signIn';
import { flowiiRequest } from '../../transport';

const WITH_BODY = ['POST', 'PUT', 'PATCH'];

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
			options: ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'].map((m) => ({ name: m, value: m })),
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
		const method = this.getNodeParameter('method', itemIndex, 'GET') as IHttpRequestMethods;
		const base = apiUrl((await this.getCredentials('flowiiApi')).url);
		const path = pathUnder(base, String(this.getNodeParameter('path', itemIndex, '')));
		const body = WITH_BODY.includes(method) ? parseJson(this.getNodeParameter('body', itemIndex, '{}')) : undefined;
		refuse(this.getNode(), 'FLOWii', callRules, { path, body } as IDataObject, itemIndex, flowiiLabel());
		const qs: IDataObject = {};
		const company = String(this.getNodeParameter('company', itemIndex, '', { extractValue: true }) ?? '').trim();
		if (company) qs.companyId = company;
		const query = this.getNodeParameter('query.parameter', itemIndex, []) as Array<{ name: string; value: string }>;
		for (const { name, value } of query) if (name.trim()) qs[name.trim()] = value;
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
