import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { everyCredentialProperty, everyNodeProperty, everyProperty, nodes, shownFor } from './descriptions';

/**
 * n8n's UX guidelines for community nodes, checked over every parameter of every node and credential
 * (nested ones too), so that a new field cannot break them unnoticed.
 */

const list = (found: string[]) => (found.length ? found.join('\n') : '');

/** Collections' and fixedCollections' placeholders are the "Add …" button's text, not an example value. */
const buttonPlaceholder = (property: INodeProperties) => property.type === 'collection' || property.type === 'fixedCollection';

describe('UX guidelines', () => {
	test('every placeholder of a value begins with "e.g."', () => {
		const wrong: string[] = [];
		for (const { where, property } of everyProperty()) {
			if (property.placeholder !== undefined && !buttonPlaceholder(property) && !String(property.placeholder).startsWith('e.g. ')) {
				wrong.push(`${where}: "${String(property.placeholder)}"`);
			}
			for (const mode of property.modes ?? []) {
				if (mode.placeholder !== undefined && !mode.placeholder.startsWith('e.g. ')) wrong.push(`${where} → ${mode.displayName}: "${mode.placeholder}"`);
			}
		}
		expect(list(wrong)).toBe('');
	});

	test('every boolean has a description that begins with "Whether"', () => {
		const wrong = everyProperty()
			.filter(({ property }) => property.type === 'boolean' && !/^Whether /.test(property.description ?? ''))
			.map(({ where, property }) => `${where}: "${property.description ?? '(none)'}"`);
		expect(list(wrong)).toBe('');
	});

	test('labels are English: the vendor term, where users need it, is in the description', () => {
		const label = /^[A-Za-z0-9 ().,:'/&?–-]+$/;
		const wrong: string[] = [];
		for (const { where, property } of everyProperty()) {
			// A notice's "label" is its text.
			if (property.type !== 'notice' && !label.test(property.displayName)) wrong.push(where);
			if (property.type === 'options' || property.type === 'multiOptions') {
				for (const option of (property.options ?? []) as INodePropertyOptions[]) {
					if (!label.test(option.name)) wrong.push(`${where} → option "${option.name}"`);
				}
			}
		}
		expect(list(wrong)).toBe('');
	});

	/** n8n's standard words for an operation's value; other operations are named for what they do. */
	const STANDARD: Record<string, string> = {
		create: 'Create',
		delete: 'Delete',
		get: 'Get',
		getAll: 'Get Many',
		update: 'Update',
		upsert: 'Create or Update',
	};
	const NOT_STANDARD = /^(Add|Insert|List|Retrieve|Fetch|Get All|Upsert|Remove|Read)\b/;

	test('operations use the standard words (Create, Get, Get Many, Update, Delete), in name and action', () => {
		const wrong: string[] = [];
		for (const { where, property } of everyNodeProperty()) {
			if (property.name !== 'operation' || property.type !== 'options') continue;
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				const value = String(option.value);
				if (STANDARD[value] && option.name !== STANDARD[value]) wrong.push(`${where}: ${value} is named "${option.name}"`);
				if (NOT_STANDARD.test(option.name)) wrong.push(`${where}: "${option.name}"`);
				if (option.action && NOT_STANDARD.test(option.action)) wrong.push(`${where}: action "${option.action}"`);
			}
		}
		expect(list(wrong)).toBe('');
	});

	test('saved operation values did not change (display names only)', () => {
		const purePro = nodes.find((node) => node.description.name === 'purePro');
		const values = (purePro?.description.properties ?? [])
			.filter((property) => property.name === 'operation')
			.flatMap((property) => (property.options as INodePropertyOptions[]).map((option) => `${String(property.displayOptions?.show?.resource)}:${String(option.value)}`));
		for (const kept of ['customer:create', 'supplier:create', 'worker:create', 'placement:create', 'timesheet:create']) expect(values).toContain(kept);
	});

	test('every PurePro Get and Get Many of a record with more than 10 fields offers Simplify, on by default', () => {
		const purePro = nodes.find((node) => node.description.name === 'purePro');
		if (!purePro) throw new Error('PurePro node not found');
		const records: Array<[string, string]> = [
			['customer', 'get'],
			['supplier', 'get'],
			['worker', 'get'],
			['worker', 'getAll'],
			['placement', 'get'],
			['timesheet', 'get'],
			['payslip', 'getAll'],
		];
		const missing = records.filter(([resource, operation]) => {
			const simplify = shownFor(purePro, resource, operation).find((property) => property.name === 'simplify');
			return !simplify || simplify.type !== 'boolean' || simplify.default !== true;
		});
		expect(missing).toEqual([]);
	});

	test('the walk reaches nested parameters (so the rules above see them)', () => {
		const names = everyNodeProperty().map(({ where }) => where);
		expect(names.some((where) => where.includes('Contacts (contacts) → Contact → Last Name'))).toBe(true);
		expect(everyCredentialProperty().length).toBeGreaterThan(10);
	});
});
