import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * A node's credential values, read (fetched from n8n's database and decrypted) once per run of the node
 * instead of once per item: the read was most of a request's CPU time, and n8n would otherwise make it again
 * for every request it signs. Requests are signed with these values (transport.ts), and a token renewed
 * during the run is written back into them. Keyed by the run's context object, so a new execution reads
 * afresh and a changed credential counts from the next run. Only a node run's context (one that has input
 * items) is cached: n8n keeps a polling trigger's context for as long as the workflow is active, and a
 * credential edited meanwhile must count from the next poll.
 *
 * Error messages read afresh (errors.ts), so a token renewed during the run is still hidden from them.
 */
const cache = new WeakMap<object, Map<string, Promise<ICredentialDataDecryptedObject>>>();

interface CredentialReader {
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject>;
}

export async function credentialsOnce(context: CredentialReader, type: string): Promise<ICredentialDataDecryptedObject> {
	if (!('getInputData' in context)) return await context.getCredentials(type);
	let byType = cache.get(context);
	if (!byType) cache.set(context, (byType = new Map()));
	let values = byType.get(type);
	if (!values) {
		values = context.getCredentials(type);
		byType.set(type, values);
		// A failed read (no credential chosen yet) is not kept: the next item tries again and says why.
		values.catch(() => byType?.delete(type));
	}
	return await values;
}
