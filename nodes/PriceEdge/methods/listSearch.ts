import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

/**
 * Tables most integrations read. PriceEdge documents no call that lists tables, so this list is fixed;
 * "By Name" takes any other table.
 */
const COMMON_TABLES = [
	{ name: 'Item', value: 'item' },
	{ name: 'Price Group', value: 'pricegroup' },
	{ name: 'Customer', value: 'customer' },
	{ name: 'Customer Group', value: 'customergroup' },
	{ name: 'Currency', value: 'currency' },
];

export async function searchTables(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wanted = String(filter ?? '').trim().toLowerCase();
	const results = COMMON_TABLES.filter(
		(t) => !wanted || t.name.toLowerCase().includes(wanted) || t.value.includes(wanted),
	);
	// What the user typed is a table name too, even if it is not a common one.
	if (wanted && !results.some((t) => t.value === wanted)) results.push({ name: wanted, value: wanted });
	return { results };
}
