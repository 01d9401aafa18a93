import { runNode } from '../harness/n8n';
import { useSimulator } from '../harness/simulator';
import { SIMPLIFIED_FIELDS, USEFUL } from '../../nodes/PurePro/simplify';
import { create, credentials, node } from './helpers';

const sim = useSimulator(() => create());

/** A worker as a full PurePro record might come: more than 10 fields. */
const fullWorker = {
	reference: 'WK7001',
	title: 'Ms',
	firstName: 'Sam',
	lastName: 'Jones',
	email: 'sam@example.com',
	mobile: '07700 900123',
	type: 'PAYE',
	niNumber: 'QQ123456C',
	taxCode: '1257L',
	startDate: '2026-01-05',
	dateOfBirth: '1990-04-01',
	address: { address1: '1 High Street', postcode: 'LS1 6DT' },
};

async function getWorker(simplify?: boolean) {
	await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'create', bodyMode: 'json', jsonBody: JSON.stringify(fullWorker) } });
	const parameters = { resource: 'worker', operation: 'get', reference: 'WK7001', ...(simplify === undefined ? {} : { simplify }) };
	return (await runNode({ node, credentials: credentials(sim.url), parameters })).items[0].json;
}

describe('Simplify (PurePro records of more than 10 fields)', () => {
	test('each record type keeps at most 10 fields, so a field added to a record never pushes another out', () => {
		for (const fields of Object.values(USEFUL)) expect(fields.length).toBeLessThanOrEqual(SIMPLIFIED_FIELDS);
	});

	test('on by default: at most 10 fields, the most useful ones, in PurePro’s own keys', async () => {
		const worker = await getWorker();
		expect(Object.keys(worker).length).toBeLessThanOrEqual(10);
		expect(worker).toEqual({ reference: 'WK7001', firstName: 'Sam', lastName: 'Jones', email: 'sam@example.com', type: 'PAYE', startDate: '2026-01-05', mobile: '07700 900123' });
	});

	test('off: the record as PurePro sent it', async () => {
		expect(await getWorker(false)).toEqual(fullWorker);
	});

	test('a short record keeps the same fields as a long one: its shape does not change when an update adds a field', async () => {
		const got = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'get', reference: 'WK0002' } });
		expect(got.items[0].json).toEqual({ reference: 'WK0002', firstName: 'Worker', lastName: 'Number 2', type: 'Contractor' });
		const short = { reference: 'WK7002', firstName: 'Al', lastName: 'Lee', type: 'PAYE', niNumber: 'QQ123456D' };
		await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'create', bodyMode: 'json', jsonBody: JSON.stringify(short) } });
		const simple = await runNode({ node, credentials: credentials(sim.url), parameters: { resource: 'worker', operation: 'get', reference: 'WK7002' } });
		expect(simple.items[0].json).toEqual({ reference: 'WK7002', firstName: 'Al', lastName: 'Lee', type: 'PAYE' });
	});
});
