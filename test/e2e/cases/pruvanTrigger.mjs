// E2E case for the Pruvan Trigger: the workflow pruvan-trigger.json, activated on a running n8n, is called
// as Pruvan calls an integration web service, and every answer is checked field by field.
import { createRequire } from 'node:module';

import { WEB_SERVICE } from '../credentials/pruvan.mjs';

const require = createRequire(import.meta.url);
const { createCaller, readWorkOrdersAnswer } = require('../../simulators/pruvanCaller.js');

const WEBHOOK_ID = 'b7c1e2d3-7000-4000-8000-00000000e2e1';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

const WO_2001 = {
	workOrderNumber: 'WO-2001',
	address1: '12 Oak Street',
	city: 'Austin',
	state: 'TX',
	zip: '78701',
	services: [{ serviceName: 'Grass Cut' }, { serviceName: 'Debris Removal' }],
	status: 'RUSH',
	clientStatus: 'Ordered',
	assignedTo: '~all~',
};
const WO_2003 = {
	workOrderNumber: 'WO-2003',
	address1: '3 Elm Road',
	city: 'Houston',
	state: 'TX',
	zip: '77002',
	services: [{ serviceName: 'Lock Change' }],
	clientStatus: 'Approved',
	assignedTo: '~all~',
};
const LEFT_OUT =
	"1 of 3 work orders were left out because Pruvan would refuse them — item 2 (WO-2002): Address Line 1: Enter the first line of the address: Pruvan needs it to create a work order. Fix them in n8n's workflow, then import again.";

/** n8n registers an activated workflow's webhooks while it starts: retry while it answers 404. */
async function ready(call) {
	const until = Date.now() + 30_000;
	for (;;) {
		const answer = await call();
		if (answer.status !== 404 || Date.now() > until) return answer;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

export default [
	{
		workflow: 'pruvanTrigger',
		title: 'Pruvan calls the workflow as its integration web service',
		server: true,
		async verify({ baseUrl, assert }) {
			const url = `${baseUrl}/webhook/${WEBHOOK_ID}`;
			const pruvan = createCaller({ url, extension: 'php', ...WEB_SERVICE, pushKey: 'demo-push-key' });
			const ok200 = (answer, what) => {
				assert.equal(answer.status, 200, `${what}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
				assert.match(answer.contentType, /application\/json/, `${what}: JSON answer`);
			};

			// Full Refresh, url-encoded: every order, the one Pruvan would refuse left out and named.
			const full = await ready(() => pruvan.getWorkOrders({ since: null }));
			ok200(full, 'full refresh');
			assert.deepEqual(Object.keys(full.json).sort(), ['error', 'workOrders']);
			assert.deepEqual(full.json.workOrders, [WO_2001, WO_2003]);
			assert.equal(full.json.error, LEFT_OUT);
			const asPruvan = readWorkOrdersAnswer(full.json);
			assert.deepEqual(asPruvan.problems, []);
			assert.equal(asPruvan.refused.length, 0, 'Pruvan would import every order it was sent');
			assert.equal(asPruvan.imported.length, 2);

			// Import Orders (incremental): only what changed since Pruvan's timestamp.
			const incremental = await pruvan.getWorkOrders({ since: new Date('2026-11-15T00:00:00Z') });
			ok200(incremental, 'incremental import');
			assert.deepEqual(incremental.json, { workOrders: [WO_2001], error: '' });

			// Nothing changed since: an empty list, not an n8n error.
			const nothing = await pruvan.getWorkOrders({ since: new Date('2026-12-31T00:00:00Z') });
			ok200(nothing, 'incremental import with nothing changed');
			assert.deepEqual(nothing.json, { workOrders: [], error: '' });

			// SHA-1 password in a multipart body: the same full answer.
			const sha1 = await pruvan.getWorkOrders({ since: null, encoding: 'multipart', passwordAs: 'sha1' });
			ok200(sha1, 'multipart, SHA-1 password');
			assert.deepEqual(sha1.json, full.json);

			// Wrong password: HTTP 200 with the reason Pruvan shows, no work orders.
			const wrong = await pruvan.getWorkOrders({ since: null, password: 'guess' });
			ok200(wrong, 'wrong password');
			assert.deepEqual(wrong.json.workOrders, []);
			assert.match(wrong.json.error, /username or password Pruvan sent does not match/);
			const wrongToken = await pruvan.getWorkOrders({ since: null, token: 'not-the-token' });
			assert.deepEqual(wrongToken.json, { workOrders: [], error: 'The token Pruvan sent does not match the token in the Pruvan Web Service credential in n8n' });

			// Validate button.
			const validated = await pruvan.validate();
			ok200(validated, 'validate');
			assert.deepEqual(validated.json, { validated: true, error: '' });
			const notValidated = await pruvan.validate({ password: 'guess' });
			assert.equal(notValidated.json.validated, false);
			assert.match(notValidated.json.error, /does not match/);

			// Status changes: handed to the workflow (which checks them), answered once it finished.
			const status = await pruvan.status([
				{ workOrderNumber: 'WO-2001', status: 'Complete' },
				{ workOrderNumber: 'WO-2003', status: 'Assigned' },
			]);
			ok200(status, 'status');
			assert.deepEqual(status.json, { status: true, error: '' });

			// A published photo, multipart with its picture: the workflow checks name, type and bytes.
			const upload = await pruvan.uploadPictures(
				{ uuid: 'c0ffee00-1111-4222-8333-444455556666', workOrderNumber: 'WO-2001', serial: 1 },
				{ name: 'front-door.jpg', type: 'image/jpeg', bytes: JPEG },
			);
			ok200(upload, 'uploadPictures');
			assert.deepEqual(upload.json, { status: true, error: '' });
			// Without its picture the workflow fails: Pruvan must not read that as handled.
			const noPicture = await pruvan.uploadPictures({ uuid: 'c0ffee00-2222-4222-8333-444455556666', workOrderNumber: 'WO-2001' });
			assert.notEqual(noPicture.json?.status, true, `a failed run was answered ${noPicture.status} ${noPicture.text}`);

			// Another extension, or a call the trigger does not know: refused in words.
			const aspx = await createCaller({ url, extension: 'aspx', ...WEB_SERVICE }).getWorkOrders({ since: null });
			ok200(aspx, 'wrong extension');
			assert.deepEqual(aspx.json.workOrders, []);
			assert.match(aspx.json.error, /getWorkOrders\.aspx, but the n8n Pruvan Trigger expects getWorkOrders\.php/);
		},
	},
];
