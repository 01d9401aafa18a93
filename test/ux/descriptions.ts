import type { ICredentialType, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { FlowiiApi } from '../../credentials/FlowiiApi.credentials';
import { PriceEdgeApi } from '../../credentials/PriceEdgeApi.credentials';
import { PruvanApi } from '../../credentials/PruvanApi.credentials';
import { PureProApi } from '../../credentials/PureProApi.credentials';
import { Flowii } from '../../nodes/Flowii/Flowii.node';
import { PriceEdge } from '../../nodes/PriceEdge/PriceEdge.node';
import { Pruvan } from '../../nodes/Pruvan/Pruvan.node';
import { PurePro } from '../../nodes/PurePro/PurePro.node';

export const nodes: INodeType[] = [new Flowii(), new PriceEdge(), new Pruvan(), new PurePro()];
export const credentials: ICredentialType[] = [new FlowiiApi(), new PriceEdgeApi(), new PruvanApi(), new PureProApi()];

/** A parameter with where it sits, for messages that say which one breaks a rule. */
export interface Found {
	where: string;
	property: INodeProperties;
}

const isProperty = (entry: unknown): entry is INodeProperties =>
	!!entry && typeof entry === 'object' && 'type' in entry && 'name' in entry && 'displayName' in entry;
const isGroup = (entry: unknown): entry is INodePropertyCollection =>
	!!entry && typeof entry === 'object' && 'values' in entry && Array.isArray((entry as INodePropertyCollection).values);

/** Every parameter, nested ones included (collection options, fixedCollection groups' values). */
export function walk(properties: INodeProperties[], where: string): Found[] {
	const found: Found[] = [];
	for (const property of properties) {
		const here = `${where} → ${property.displayName} (${property.name})`;
		found.push({ where: here, property });
		for (const option of (property.options ?? []) as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>) {
			if (isProperty(option)) found.push(...walk([option], here));
			else if (isGroup(option)) found.push(...walk(option.values, `${here} → ${option.displayName}`));
		}
	}
	return found;
}

export const everyNodeProperty = (): Found[] => nodes.flatMap((node) => walk(node.description.properties, node.description.displayName));
export const everyCredentialProperty = (): Found[] => credentials.flatMap((credential) => walk(credential.properties, credential.displayName));
export const everyProperty = (): Found[] => [...everyNodeProperty(), ...everyCredentialProperty()];

/** The parameters a node shows for one resource and operation (top level), as the editor would list them. */
export function shownFor(node: INodeType, resource: string, operation: string): INodeProperties[] {
	return node.description.properties.filter((property) => {
		const show = property.displayOptions?.show ?? {};
		return (!show.resource || show.resource.includes(resource)) && (!show.operation || show.operation.includes(operation));
	});
}
