import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import { forgetRenewals, renewOnce, SignInError, wasRenewedElsewhere } from '../../nodes/shared/tokens';

/** A token request that counts its calls and answers as told. */
function tokenEndpoint(answer: () => Promise<{ data: { token: string } }>) {
	const endpoint = { calls: 0, fetch: async () => (endpoint.calls++, await answer()) };
	return endpoint;
}

describe('renewOnce', () => {
	beforeEach(() => forgetRenewals());

	it('answers a refused sign-in from memory for the same credential values, and asks again for changed ones', async () => {
		const refused = tokenEndpoint(async () => {
			throw new SignInError('The vendor refused the sign-in', undefined, true);
		});
		await expect(renewOnce(['url', 'user', 'old password'], 'stale', refused.fetch)).rejects.toThrow('refused');
		// Later executions (one after another, not in flight together) get the same refusal without a request.
		await expect(renewOnce(['url', 'user', 'old password'], 'stale', refused.fetch)).rejects.toThrow('refused');
		await expect(renewOnce(['url', 'user', 'old password'], 'stale', refused.fetch)).rejects.toThrow('refused');
		expect(refused.calls).toBe(1);

		const accepted = tokenEndpoint(async () => ({ data: { token: 'new' } }));
		await expect(renewOnce(['url', 'user', 'corrected password'], 'stale', accepted.fetch)).resolves.toEqual({ token: 'new' });
		expect(accepted.calls).toBe(1);
	});

	it('asks again after a failure that is not a refusal (network, server error)', async () => {
		const down = tokenEndpoint(async () => {
			throw new SignInError('Could not reach the vendor');
		});
		await expect(renewOnce(['url', 'user', 'password'], 'stale', down.fetch)).rejects.toThrow('Could not reach');
		await expect(renewOnce(['url', 'user', 'password'], 'stale', down.fetch)).rejects.toThrow('Could not reach');
		expect(down.calls).toBe(2);
	});

	it('shares one request among callers in flight together', async () => {
		const slow = tokenEndpoint(async () => {
			await Promise.resolve();
			return { data: { token: 'fresh' } };
		});
		const all = await Promise.all(Array.from({ length: 5 }, () => renewOnce(['url', 'user', 'password'], 'stale', slow.fetch)));
		expect(all.every((d) => d.token === 'fresh')).toBe(true);
		expect(slow.calls).toBe(1);
	});
});

describe('wasRenewedElsewhere', () => {
	const node = { id: '1', name: 'Vendor', type: 'vendor', typeVersion: 1, position: [0, 0], parameters: {} } as INode;
	const elsewhere = () => new SignInError('The saved refresh token was just used by another n8n process', undefined, false, true);

	it('finds the sign-in error as n8n 2.x hands it over (wrapped, as the cause)', () => {
		expect(wasRenewedElsewhere(elsewhere())).toBe(true);
		expect(wasRenewedElsewhere(new NodeApiError(node, elsewhere() as unknown as JsonObject))).toBe(true);
	});

	it('finds it as n8n 1.x hands it over: its own error with only our message, no cause', () => {
		const wrapped = { name: 'NodeApiError', message: elsewhere().message, description: 'anything', cause: undefined };
		expect(wasRenewedElsewhere(wrapped)).toBe(true);
	});

	it('is false for any other failure, a refusal included', () => {
		expect(wasRenewedElsewhere(new SignInError('The vendor refused the sign-in', undefined, true))).toBe(false);
		expect(wasRenewedElsewhere(new NodeApiError(node, new Error('Could not reach the vendor') as unknown as JsonObject))).toBe(false);
		expect(wasRenewedElsewhere({ name: 'NodeApiError', message: 'The vendor refused the sign-in' })).toBe(false);
		expect(wasRenewedElsewhere(undefined)).toBe(false);
	});
});
