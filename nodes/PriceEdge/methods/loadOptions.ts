import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { currentTableName, tablePath } from '../actions/table/tableLocator';
import { credentialHelp } from '../../../credentials/priceEdge/signIn';
import { papiRequest } from '../request';
import { pickerList } from '../../shared/pickerErrors';

/** The chosen table's columns, from its metadata (`GET /api/tables/{table}`). */
export async function getColumns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const table = currentTableName.call(this);
	if (!table) return [];
	const refused = `PriceEdge refused the PriceEdge credential. ${credentialHelp(await this.getCredentials('priceEdgeApi'))}`;
	const answer = await pickerList(this, refused, async () => await papiRequest.call(this, 'GET', tablePath(table)));
	const columns = Array.isArray(answer.Data) ? (answer.Data as IDataObject[]) : [];
	return columns
		.map((column) => ({
			name: String(column.name),
			value: String(column.name),
			description: [column.typeName_display ?? column.typeName, column.IsKey ? 'key' : ''].filter(Boolean).join(', '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
