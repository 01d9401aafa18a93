import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * A node's credential values, read (fetched from n8n's database and decrypted) once per run of the node
 * instead of once per item: n8n reads them again itself for every request it signs, and with 1,000 items the
 * extra reads were a large part of the node's CPU time. Keyed by the run's context object, so a new execution
 * (or option list, or poll) reads afresh and a changed credential counts from the next run.
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
