import type { IDataObject } from 'n8n-workflow';

import { jsonBody } from '../shared/response';
import type { Vendor } from '../shared/vendor';

/** JSON:API errors: `{"errors":[{"status","title","detail","source":{"pointer"}}]}`. */
function jsonApiErrors(body: IDataObject): string | undefined {
	if (!Array.isArray(body.errors)) return undefined;
	const texts = (body.errors as IDataObject[])
		.map((e) => {
			const text = String(e?.detail ?? e?.title ?? '').trim();
			const pointer = String((e?.source as IDataObject | undefined)?.pointer ?? '').split('/').pop();
			return text && pointer && !text.toLowerCase().includes(pointer.toLowerCase()) ? `${text} (${pointer})` : text;
		})
		.filter(Boolean);
	return texts.length ? texts.join('; ') : undefined;
}

export const flowii: Vendor = {
	name: 'FLOWii',
	credentialType: 'flowiiApi',
	urlField: 'API URL',
	tokenField: 'token',
	errorMessage(body) {
		const answer = jsonBody(body);
		if (!answer) return undefined;
		const said =
			jsonApiErrors(answer) ??
			(typeof answer.error_description === 'string' ? answer.error_description : undefined) ??
			(typeof answer.message === 'string' ? answer.message : undefined) ??
			(typeof answer.Message === 'string' ? answer.Message : undefined);
		return said ? `FLOWii: ${said}` : undefined;
	},
	hint(status) {
		if (status === 401) return 'FLOWii did not accept the sign-in. Check the e-mail, password and API key in the FLOWii credential.';
		if (status === 403) return 'This FLOWii user may not do this in the chosen company. Pick another company or ask your FLOWii administrator.';
		if (status === 404) return 'FLOWii has no such record in the chosen company. Check the ID and the Company.';
		if (status === 400 || status === 422) return 'FLOWii did not accept the data. Fix the field it names and run again.';
		if (status === 429) return 'FLOWii is limiting requests. Lower Request Options → Parallel Requests, or run again later.';
		return undefined;
	},
};
