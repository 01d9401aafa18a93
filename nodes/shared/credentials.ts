import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * A node's credential values, read (fetched from n8n's database and decrypted) once per run of the node
 * instead of once per item: n8n reads them again itself for every request it signs, and with 1,000 items the
 * extra reads were a large part of the node's CPU time. Keyed by the run's context object, so a new execution
 * reads afresh and a changed credential counts from the next run. Only a node run's context (one that has
 * input items) is cached: n8n keeps a polling trigger's context for as long as the workflow is active, and a
 * credential edited meanwhile must count from the next poll.
 *
 * Only for the values a node builds requests from (URLs, account settings): the token is applied by n8n from
 * its own, fresh read. Error messages read afresh too (errors.ts), so a token renewed during the run is still
 * hidden from them.
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
