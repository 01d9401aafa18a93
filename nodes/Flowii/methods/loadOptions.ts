import { NodeOperationError, type ILoadOptionsFunctions, type INodePropertyOptions } from 'n8n-workflow';

import { resourcesOf } from '../jsonApi';
import { pickerRequest } from './listSearch';

/** One of FLOWii's lists (order types, states, countries …) for the chosen company, sorted by name. */
async function lookup(this: ILoadOptionsFunctions, path: string): Promise<INodePropertyOptions[]> {
	const companyId = String(this.getCurrentNodeParameter('company', { extractValue: true }) ?? '').trim();
	if (!companyId) throw new NodeOperationError(this.getNode(), 'Choose a Company first: this list depends on it');
	const answer = await pickerRequest.call(this, { path, qs: { companyId } });
	return resourcesOf(answer)
		.map((r) => {
			const a = r.attributes ?? {};
			const label = String(a.name ?? a.caption ?? a['full-name'] ?? a.email ?? r.id);
			return { name: label, value: String(r.id) };
		})
		.sort((x, y) => x.name.localeCompare(y.name));
}

export async function getOrderTypes(this: ILoadOptionsFunctions) {
	return await lookup.call(this, '/ordertypes');
}

export async function getOrderStates(this: ILoadOptionsFunctions) {
	return await lookup.call(this, '/orderstates');
}

export async function getCountries(this: ILoadOptionsFunctions) {
	return await lookup.call(this, '/countries');
}

export async function getActivityTypes(this: ILoadOptionsFunctions) {
	return await lookup.call(this, '/activitytypes');
}

export async function getUsers(this: ILoadOptionsFunctions) {
	return await lookup.call(this, '/users');
}
