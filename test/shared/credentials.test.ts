import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { credentialsOnce } from '../../nodes/shared/credentials';
import { CredentialStore, runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { byId, create, credentials, node } from '../purePro/helpers';

const sim = useSimulator(() => create());

/** A node run's context (it has input items) whose credential reads are counted. */
function context(read: () => Promise<ICredentialDataDecryptedObject>) {
	const ctx = { reads: 0, getInputData: () => [], getCredentials: async () => (ctx.reads++, await read()) };
	return ctx;
}

describe('credentials read once per run', () => {
	test('one read per context and type, whatever the number of calls', async () => {
		const run = context(async () => ({ url: 'https://example.com' }));
		const all = await Promise.all(Array.from({ length: 20 }, () => credentialsOnce(run, 'someApi')));
		expect(all.every((c) => c.url === 'https://example.com')).toBe(true);
		expect(run.reads).toBe(1);
		const nextRun = context(async () => ({ url: 'https://changed.example.com' }));
		expect((await credentialsOnce(nextRun, 'someApi')).url).toBe('https://changed.example.com');
	});

	test("a polling trigger's context (kept while the workflow is active) reads every time", async () => {
		let url = 'https://example.com';
		const poll = { reads: 0, getCredentials: async () => (poll.reads++, { url }) };
		expect((await credentialsOnce(poll, 'someApi')).url).toBe('https://example.com');
		url = 'https://edited.example.com';
		expect((await credentialsOnce(poll, 'someApi')).url).toBe('https://edited.example.com');
		expect(poll.reads).toBe(2);
	});

	test('a failed read is not kept: the next call reads again', async () => {
		let fail = true;
		const run = context(async () => {
			if (fail) throw new Error('Node does not have any credentials set');
			return { url: 'https://example.com' };
		});
		await expect(credentialsOnce(run, 'someApi')).rejects.toThrow('credentials');
		fail = false;
		await expect(credentialsOnce(run, 'someApi')).resolves.toEqual({ url: 'https://example.com' });
		expect(run.reads).toBe(2);
	});

	test('PurePro Customer → Get for 50 items: n8n reads the credential once per request it signs, the node once in all', async () => {
		const store = credentials(sim.url) as CredentialStore;
		const reads = jest.spyOn(store, 'getDecrypted');
		const result = await runNode({
			node,
			credentials: store,
			parameters: { resource: 'customer', operation: 'get', account: byId('ACC001'), businessUnit: byId('BU001'), reference: 'CU0001' },
			items: Array.from({ length: 50 }, () => ({})),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(50);
		expect(reads.mock.calls.length).toBeLessThanOrEqual(50 + 1);
	});
});
