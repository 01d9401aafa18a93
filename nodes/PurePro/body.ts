import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

/** A JSON parameter as one object, or an error naming the field and the item. */
export function jsonObject(this: IExecuteFunctions, parameter: string, label: string, itemIndex: number): IDataObject {
	const raw = this.getNodeParameter(parameter, itemIndex, '{}');
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw.trim() || '{}');
		} catch (error) {
			throw new NodeOperationError(this.getNode(), `${label} is not valid JSON: ${(error as Error).message}`, { itemIndex });
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(this.getNode(), `${label} must be one JSON object`, { itemIndex });
	}
	return value as IDataObject;
}
