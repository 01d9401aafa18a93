import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { tableLocator } from './actions/table/tableLocator';
import { getColumns } from './methods/loadOptions';
import { searchTables } from './methods/listSearch';
import { queryProperties } from './query/fields';
import { MODIFIED_COLUMN, pollRows, readWatch } from './triggerRows';

/** Filters and columns exactly as Table → Get Many shows them. */
const rowsChoice = queryProperties(true).filter((p) => p.name === 'filters' || p.name === 'fields');

const options: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Modified Date Column',
			name: 'modifiedColumn',
			type: 'string',
			default: MODIFIED_COLUMN,
			placeholder: `e.g. ${MODIFIED_COLUMN}`,
			description: 'The column PriceEdge sets to the date and time a row was last changed',
		},
	],
};

export class PriceEdgeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PriceEdge Trigger',
		name: 'priceEdgeTrigger',
		icon: { light: 'file:priceEdge.svg', dark: 'file:priceEdge.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"New or changed rows: " + $parameter["table"]}}',
		description: 'Starts the workflow when rows of a PriceEdge table are added or changed',
		defaults: { name: 'PriceEdge Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'priceEdgeApi', required: true }],
		properties: [
			{
				displayName: 'Each new or changed row of the table starts the workflow once, oldest change first',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			tableLocator,
			...rowsChoice,
			options,
		],
	};

	methods = {
		listSearch: { searchTables },
		loadOptions: { getColumns },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const rows = await pollRows.call(this, readWatch.call(this));
		return rows.length ? [this.helpers.returnJsonArray(rows)] : null;
	}
}
