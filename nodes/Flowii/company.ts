import type { IExecuteFunctions } from 'n8n-workflow';

import { read } from '../shared/parameters';

/** The Company picker's value: every business call names the company it works in (`companyId`). */
export function companyId(this: IExecuteFunctions, itemIndex: number): string {
	return read.text(this, 'company', itemIndex, { extractValue: true, required: true });
}
