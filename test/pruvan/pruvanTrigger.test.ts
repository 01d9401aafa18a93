import { createHash, randomUUID } from 'node:crypto';

import { NodeHelpers, type IDataObject, type INode, type INodeParameters } from 'n8n-workflow';

import { PruvanWebServiceApi } from '../../credentials/PruvanWebServiceApi.credentials';
import { PruvanTrigger } from '../../nodes/Pruvan/PruvanTrigger.node';
import { CredentialStore } from '../harness/n8n';
import { expectNoSecrets } from '../harness/simulator';
import { wrongSecret } from '../harness/secrets';
import { callWebhook } from '../harness/webhook';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withTempFile } = require('../harness/tempFile') as { withTempFile: <T>(bytes: Buffer, use: (file: string) => Promise<T>) => Promise<T> };

const node = new PruvanTrigger();
const USERNAME = 'acme-integration';
// Made at run time: n8n's lint refuses secret-shaped text in source, tests included.
const PASSWORD = wrongSecret('Correct-Horse');
const TOKEN = randomUUID();
const SECRETS = [PASSWORD, TOKEN, createHash('sha1').update(PASSWORD).digest('hex')];

function credentials(values: IDataObject = {}) {
	return new CredentialStore([new PruvanWebServiceApi()]).set('pruvanWebServiceApi', {
		username: USERNAME,
		password: PASSWORD,
		token: '',
		...values,
	});
}

const payload = (extra: IDataObject = {}) => ({ username: USERNAME, password: PASSWORD, token: TOKEN, ...extra });
/** A url-encoded body, as n8n hands it to the node: one field `payload` holding JSON text. */
const urlEncoded = (value: unknown) => ({ payload: JSON.stringify(value) });

async function call(
	file: string,
	body: IDataObject,
	{ parameters = {}, store = credentials() }: { parameters?: INodeParameters; store?: CredentialStore } = {},
) {
	return await callWebhook({
		node,
		parameters: { extension: 'php', ...parameters },
		credentials: store,
		params: { call: file },
		body,
	});
}

describe('Pruvan Trigger → the URL Pruvan calls', () => {
	const [webhook] = node.description.webhooks!;
	const trigger = { name: 'Pruvan Trigger', webhookId: 'abc-123' } as INode;

	test('the editor shows {base}/webhook/{id}/:call; Pruvan is given the part before /:call', () => {
		expect(NodeHelpers.getNodeWebhookUrl('https://n8n.example.com/webhook', 'wf', trigger, String(webhook.path), webhook.isFullPath)).toBe(
			'https://n8n.example.com/webhook/abc-123/:call',
		);
	});

	test('the stored path is the one segment :call (a full path, as n8n\'s Webhook node stores user/:id), so {id}/getWorkOrders.php matches it', () => {
		// n8n matches a call by its id segment plus as many segments as the stored path has: one here.
		expect(NodeHelpers.getNodeWebhookPath('wf', trigger, String(webhook.path), webhook.isFullPath)).toBe(':call');
		expect(webhook).toMatchObject({ httpMethod: 'POST', responseData: 'firstEntryJson' });
	});
});

describe('Pruvan Trigger → getWorkOrders', () => {
	test('"Import Orders" (incremental): the item has mode, since as an ISO date, the raw timestamp and the username', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ timestamp: 1764547200 })));
		expect(result.webhookResponse).toBeUndefined();
		expect(result.workflowData?.[0].map((item) => item.json)).toEqual([
			{ call: 'getWorkOrders', mode: 'incremental', since: '2025-12-01T00:00:00.000Z', timestamp: 1764547200, username: USERNAME },
		]);
		expectNoSecrets(result, SECRETS);
	});

	test('"Full Refresh" (timestamp null): mode full, no since', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ timestamp: null })));
		expect(result.workflowData?.[0][0].json).toEqual({ call: 'getWorkOrders', mode: 'full', username: USERNAME });
	});

	test('a timestamp in milliseconds or as numeric text gives the same date', async () => {
		for (const timestamp of [1764547200000, '1764547200']) {
			const result = await call('getWorkOrders.php', urlEncoded(payload({ timestamp })));
			expect(result.workflowData?.[0][0].json.since).toBe('2025-12-01T00:00:00.000Z');
		}
	});

	test('a timestamp that is no date is refused without starting the workflow', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ timestamp: 'yesterday' })));
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ workOrders: [], error: expect.stringContaining('cannot read as a date') });
	});

	test('the password may come as its SHA-1 hex (the docs\' example password is 40 hex characters)', async () => {
		const sha1 = createHash('sha1').update(PASSWORD).digest('hex');
		const result = await call('getWorkOrders.php', urlEncoded(payload({ password: sha1, timestamp: null })));
		expect(result.workflowData?.[0][0].json.mode).toBe('full');
		expectNoSecrets(result, SECRETS);
	});

	test('a wrong password is answered {"workOrders":[],"error":…} and never starts the workflow', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ password: 'guess', timestamp: null })));
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ workOrders: [], error: expect.stringMatching(/username or password .* does not match/) });
		expectNoSecrets(result, [...SECRETS, 'guess']);
	});

	test('a wrong username is refused the same way', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ username: 'someone-else', timestamp: null })));
		expect(result.workflowData).toBeUndefined();
		expect((result.webhookResponse as IDataObject).error).toMatch(/does not match/);
	});

	test('with a token in the credential, a call with another token is refused; without one, the token is not checked', async () => {
		const refused = await call('getWorkOrders.php', urlEncoded(payload({ token: 'other', timestamp: null })), {
			store: credentials({ token: TOKEN }),
		});
		expect(refused.webhookResponse).toEqual({ workOrders: [], error: expect.stringContaining('token') });
		const accepted = await call('getWorkOrders.php', urlEncoded(payload({ token: TOKEN, timestamp: null })), {
			store: credentials({ token: TOKEN }),
		});
		expect(accepted.workflowData).toHaveLength(1);
		const unchecked = await call('getWorkOrders.php', urlEncoded(payload({ token: 'anything', timestamp: null })));
		expect(unchecked.workflowData).toHaveLength(1);
	});

	test('a multipart body (n8n hands it over as {data, files}) is read like a url-encoded one', async () => {
		const result = await call('getWorkOrders.php', { data: urlEncoded(payload({ timestamp: null })), files: {} });
		expect(result.workflowData?.[0][0].json).toEqual({ call: 'getWorkOrders', mode: 'full', username: USERNAME });
	});

	test.each([
		['no payload variable', {}, /no "payload" variable/],
		['a payload that is not JSON', { payload: '{username:' }, /not valid JSON/],
		['a payload that is a JSON list', { payload: '[1]' }, /not a JSON object/],
	])('%s is refused in words Pruvan shows', async (_label, body, message) => {
		const result = await call('getWorkOrders.php', body);
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ workOrders: [], error: expect.stringMatching(message) });
	});

	test('turned off in Calls That Run the Workflow: answered with an error, the workflow does not run', async () => {
		const result = await call('getWorkOrders.php', urlEncoded(payload({ timestamp: null })), { parameters: { calls: ['status'] } });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ workOrders: [], error: expect.stringContaining('turned off') });
	});
});

describe('Pruvan Trigger → call names and the extension', () => {
	test('the extension must be the one set on the trigger; the error names both', async () => {
		const result = await call('getWorkOrders.aspx', urlEncoded(payload({ timestamp: null })));
		expect(result.workflowData).toBeUndefined();
		expect((result.webhookResponse as IDataObject).error).toMatch(/getWorkOrders\.aspx.*getWorkOrders\.php/);
	});

	test('an extension typed with a dot or capitals is the same extension', async () => {
		const result = await call('getWorkOrders.PHP', urlEncoded(payload({ timestamp: null })), { parameters: { extension: '.php' } });
		expect(result.workflowData).toHaveLength(1);
	});

	test('an empty extension accepts {url}/getWorkOrders and {url}/getWorkOrders.', async () => {
		for (const file of ['getWorkOrders', 'getWorkOrders.']) {
			const result = await call(file, urlEncoded(payload({ timestamp: null })), { parameters: { extension: '' } });
			expect(result.workflowData).toHaveLength(1);
		}
	});

	test('an unknown call is answered {"status":false,…} without starting the workflow', async () => {
		const result = await call('deleteEverything.php', urlEncoded(payload()));
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ status: false, error: expect.stringContaining('deleteEverything') });
	});
});

describe('Pruvan Trigger → validate', () => {
	test('matching credential: {"validated":true,"error":""}, answered without running the workflow', async () => {
		const result = await call('validate.php', urlEncoded({ username: USERNAME, password: PASSWORD, pushkey: 'PK-123' }));
		expect(result).toEqual({ webhookResponse: { validated: true, error: '' } });
	});

	test('a token in the credential does not fail Validate, which sends the push key instead', async () => {
		const result = await call('validate.php', urlEncoded({ username: USERNAME, password: PASSWORD, pushkey: 'PK-123' }), {
			store: credentials({ token: TOKEN }),
		});
		expect(result.webhookResponse).toEqual({ validated: true, error: '' });
	});

	test('wrong password: {"validated":false,"error":…}', async () => {
		const result = await call('validate.php', urlEncoded({ username: USERNAME, password: 'nope', pushkey: 'PK-123' }));
		expect(result.webhookResponse).toEqual({ validated: false, error: expect.stringContaining('does not match') });
	});
});

describe('Pruvan Trigger → status', () => {
	test('one item per work order, with the call and username, without the password or token', async () => {
		const result = await call(
			'status.php',
			urlEncoded(payload({ workOrders: [{ workOrderNumber: 'WO-1', status: 'Complete' }, { workOrderNumber: 'WO-2', status: 'Assigned' }] })),
		);
		expect(result.workflowData?.[0].map((item) => item.json)).toEqual([
			{ workOrderNumber: 'WO-1', status: 'Complete', call: 'status', username: USERNAME },
			{ workOrderNumber: 'WO-2', status: 'Assigned', call: 'status', username: USERNAME },
		]);
		expectNoSecrets(result, SECRETS);
	});

	test('a status call with no work orders is answered as received, without an empty run', async () => {
		const result = await call('status.php', urlEncoded(payload({ workOrders: [] })));
		expect(result).toEqual({ webhookResponse: { status: true, error: '' } });
	});

	test('a refused status call is answered {"status":false,…}', async () => {
		const result = await call('status.php', urlEncoded(payload({ password: 'x', workOrders: [{ workOrderNumber: 'WO-1' }] })));
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ status: false, error: expect.stringContaining('does not match') });
	});

	test('turned off: answered as received, the workflow does not run', async () => {
		const result = await call('status.php', urlEncoded(payload({ workOrders: [{ workOrderNumber: 'WO-1' }] })), {
			parameters: { calls: ['getWorkOrders'] },
		});
		expect(result).toEqual({ webhookResponse: { status: true, error: '' } });
	});
});

describe('Pruvan Trigger → uploadPictures', () => {
	test('multipart: the metadata is the item, the picture is binary data "data"', async () => {
		const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
		await withTempFile(jpeg, async (picture) => {
			const metadata = { uuid: 'c0ffee00-1111-4222-8333-444455556666', workOrderNumber: 'WO-7', serial: 3, survey: { q1: 'yes' } };
			const result = await call('uploadPictures.php', {
				data: urlEncoded(payload(metadata)),
				files: { file: { filepath: picture, originalFilename: 'front-door.jpg', mimetype: 'image/jpeg', size: jpeg.length } },
			});
			const [item] = result.workflowData![0];
			expect(item.json).toEqual({ ...metadata, call: 'uploadPictures', username: USERNAME });
			expect(item.binary?.data).toMatchObject({ fileName: 'front-door.jpg', mimeType: 'image/jpeg', fileExtension: 'jpg' });
			expect(Buffer.from(item.binary!.data.data, 'base64')).toEqual(jpeg);
			expectNoSecrets(result, SECRETS);
		});
	});

	test('a refused upload never reads the file and answers {"status":false,…}', async () => {
		const result = await call('uploadPictures.php', {
			data: urlEncoded(payload({ password: 'wrong' })),
			files: { file: { filepath: '/nonexistent/file', originalFilename: 'x.jpg', mimetype: 'image/jpeg' } },
		});
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ status: false, error: expect.stringContaining('does not match') });
	});
});

describe('Pruvan Web Service credential', () => {
	test('the Test button checks what can be checked here and says how to test with Pruvan', async () => {
		const check = node.methods.credentialTest.pruvanWebServiceCheck;
		const ok = await check.call({} as never, { id: '1', name: 'c', type: 'pruvanWebServiceApi', data: { username: 'u', password: 'p' } });
		expect(ok).toEqual({ status: 'OK', message: expect.stringContaining('Validate') });
		const empty = await check.call({} as never, { id: '1', name: 'c', type: 'pruvanWebServiceApi', data: { username: 'u', password: '' } });
		expect(empty.status).toBe('Error');
	});

	test('a credential without a password refuses every call', async () => {
		const result = await call('validate.php', urlEncoded({ username: USERNAME, password: '' }), { store: credentials({ password: '' }) });
		expect(result.webhookResponse).toEqual({ validated: false, error: expect.stringContaining('no username or password') });
	});
});
