import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { resourcesOf, type Document, type Resource } from './jsonApi';
import { companyId } from './company';
import { listOutput, recordOutput } from './lists';
import { flowiiRequest } from './request';

/** FLOWii's fixed codes, as its UI names them. */
const PARTNER_TYPES: Record<string, string> = { 1: 'Company', 2: 'Person' };
const DOCUMENT_TYPES: Record<string, string> = { 4: 'Invoice' };

/** Codes whose names come from one of FLOWii's lookups (per company): the code's key, the name's key, the lookup. */
const LOOKED_UP = [
	{ code: 'typeId', name: 'typeName', path: '/ordertypes' },
	{ code: 'stateId', name: 'stateName', path: '/orderstates' },
] as const;

/**
 * Lookups fetched in this run of the node, by company and path. One context serves every item of a run,
 * so a list of 500 orders costs one request per lookup; the promise is kept so that items read in parallel
 * share it. A lookup that fails leaves the names empty: the codes are still there, and the records were read.
 */
const lookups = new WeakMap<object, Map<string, Promise<Map<string, string>>>>();

function lookup(this: IExecuteFunctions, company: string, path: string): Promise<Map<string, string>> {
	let cache = lookups.get(this);
	if (!cache) lookups.set(this, (cache = new Map()));
	const key = `${company} ${path}`;
	let names = cache.get(key);
	if (!names) {
		names = flowiiRequest.call(this, { path, qs: { companyId: company } }).then(
			(answer) => new Map(resourcesOf(answer).map((r) => [String(r.id), String(r.attributes?.name ?? r.attributes?.caption ?? r.id)])),
			() => new Map<string, string>(),
		);
		cache.set(key, names);
	}
	return names;
}

/** A copy of the record with `name` placed right after `code`, so the two read together. */
function besides(record: IDataObject, code: string, name: string, value: string | null): IDataObject {
	const out: IDataObject = {};
	for (const [key, v] of Object.entries(record)) {
		out[key] = v;
		if (key === code) out[name] = value;
	}
	return out;
}

const known = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Simplified records with the name of each code beside it: partner and document types, order types and states. */
export async function withNames(this: IExecuteFunctions, itemIndex: number, records: IDataObject[]): Promise<IDataObject[]> {
	const needed = LOOKED_UP.filter(({ code }) => records.some((record) => record.type === 'order' && known(record[code])));
	const tables = new Map<string, Map<string, string>>();
	if (needed.length) {
		const company = companyId.call(this, itemIndex);
		for (const { path } of needed) tables.set(path, await lookup.call(this, company, path));
	}
	return records.map((original) => {
		let record = original;
		if (known(record.partnerType)) record = besides(record, 'partnerType', 'partnerTypeName', PARTNER_TYPES[String(record.partnerType)] ?? null);
		if (known(record.documentType)) record = besides(record, 'documentType', 'documentTypeName', DOCUMENT_TYPES[String(record.documentType)] ?? null);
		if (record.type === 'order') {
			for (const { code, name, path } of needed) {
				if (known(record[code])) record = besides(record, code, name, tables.get(path)?.get(String(record[code])) ?? null);
			}
		}
		return record;
	});
}

const simplifying = (context: IExecuteFunctions, itemIndex: number) => context.getNodeParameter('simplify', itemIndex, true) as boolean;

/** listOutput, with names beside the codes when Simplify is on. */
export async function namedList(this: IExecuteFunctions, itemIndex: number, resources: Resource[]): Promise<IDataObject[]> {
	const records = listOutput.call(this, itemIndex, resources);
	return simplifying(this, itemIndex) ? await withNames.call(this, itemIndex, records) : records;
}

/** recordOutput, with names beside the codes when Simplify is on. */
export async function namedRecord(this: IExecuteFunctions, itemIndex: number, document: Document): Promise<IDataObject> {
	const record = recordOutput.call(this, itemIndex, document);
	return simplifying(this, itemIndex) ? (await withNames.call(this, itemIndex, [record]))[0] : record;
}
