import type { IDataObject } from 'n8n-workflow';

/** FLOWii speaks JSON:API: every answer is `{ data, included?, links?, meta? }`. */
export const MEDIA_TYPE = 'application/vnd.api+json';

export interface Resource {
	id?: string | number;
	type?: string;
	attributes?: IDataObject;
	relationships?: Record<string, { data?: unknown } | undefined>;
}

export interface Document extends IDataObject {
	data?: IDataObject | IDataObject[] | null;
	links?: IDataObject;
}

/** `responsible-users` → `responsibleUsers`: keys a person can map with a plain expression. */
function camelCase(name: string): string {
	return name.replace(/[-_ ]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

function related(data: unknown): string | number | null {
	if (data && typeof data === 'object' && 'id' in data) return (data as Resource).id ?? null;
	return null;
}

/**
 * `{ id, type, …attributes, <relationship>Id }`: one flat record per resource. An attribute named like
 * `id` or `type` is prefixed with the resource type (`partnerType`). To-many relationships
 * become `<relationship>Ids`; a related record sent inline without an id (an address) keeps its fields.
 */
export function simplify(resource: Resource): IDataObject {
	const record: IDataObject = { id: resource.id ?? null, type: resource.type ?? null };
	for (const [name, value] of Object.entries(resource.attributes ?? {})) {
		// A partner's `type` (1 company, 2 person) would hide the resource type: it becomes `partnerType`.
		const clash = name === 'id' || name === 'type';
		record[clash ? camelCase(`${resource.type ?? 'record'}-${name}`) : name] = value;
	}
	for (const [name, relationship] of Object.entries(resource.relationships ?? {})) {
		const data = relationship?.data;
		if (data === undefined) continue;
		const key = camelCase(name);
		if (Array.isArray(data)) record[`${key}Ids`] = data.map(related);
		else if (data && typeof data === 'object' && !('id' in data) && (data as Resource).attributes) {
			record[key] = simplify(data as Resource);
		} else record[`${key}Id`] = related(data);
	}
	return record;
}

/** The resources of an answer: `data` as a list (one record for a single-resource answer). */
export function resourcesOf(document: Document): Resource[] {
	const { data } = document;
	if (Array.isArray(data)) return data as Resource[];
	return data && typeof data === 'object' ? [data as Resource] : [];
}

/** A relationship to one record, as JSON:API writes it. */
export const toOne = (type: string, id: string) => ({ data: { type, id } });

export const toMany = (type: string, ids: string[]) => ({ data: ids.map((id) => ({ type, id })) });

/** Leaves out fields the user left empty, so FLOWii keeps its own defaults for them. */
export function withoutBlanks(fields: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')),
	);
}
