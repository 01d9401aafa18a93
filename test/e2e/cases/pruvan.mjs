// E2E cases for Pruvan: each runs a workflow from ../../../examples in a real n8n and checks what it returned
// and what the simulator received.
export default [
	{
		workflow: 'pruvanRefresh',
		verify({ items, sim, assert }) {
			assert.deepEqual(items('Refresh Work Orders'), [{ refreshStarted: true, status: 'success' }]);
			const calls = sim('pruvan').filter((r) => r.method === 'GET');
			assert.equal(calls.length, 1, 'one refresh call');
			assert.ok(calls[0].query.apiKey, 'push key sent as apiKey');
		},
	},
	{
		workflow: 'pruvanUpsert',
		verify({ items, sim, assert }) {
			const out = items('Create or Update Work Orders');
			assert.equal(out.length, 3);
			assert.equal(out[0].workOrderNumber, 'WO-1001');
			assert.match(out[1].error, /^Address Line 1: /, 'the item without an address is an error item');
			assert.equal(out[2].workOrderNumber, 'WO-1003');
			const posts = sim('pruvan').filter((r) => r.method === 'POST');
			assert.equal(posts.length, 1, 'both valid orders in one POST');
			const sent = JSON.parse(posts[0].body.workOrders).workOrders;
			assert.deepEqual(sent.map((o) => o.workOrderNumber), ['WO-1001', 'WO-1003']);
			assert.equal(sent[0].assignedTo, '~all~');
			assert.deepEqual(sent[0].services, [{ serviceName: 'Grass Cut' }, { serviceName: 'Debris Removal' }]);
		},
	},
];
