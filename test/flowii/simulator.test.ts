/** The FLOWii simulator is as strict as FLOWii's docs: these answers are what the node is tested against. */
import { useSimulator } from '../harness/simulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { create, DEMO, MEDIA_TYPE } = require('../simulators/flowii');

const sim = useSimulator(() => create());
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

async function token(headers: Record<string, string>, body: string) {
	const response = await fetch(`${sim.url}/token`, { method: 'POST', headers, body });
	return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function signedIn(): Promise<string> {
	const answer = await token({ 'Api-Key': DEMO.apiKey, 'Content-Type': FORM }, form({ grant_type: 'password', username: DEMO.email, password: DEMO.password }));
	return answer.body.access_token;
}

describe('FLOWii simulator', () => {
	test('the token answer: access_token, type bearer, expires_in', async () => {
		const answer = await token({ 'Api-Key': DEMO.apiKey, 'Content-Type': FORM }, form({ grant_type: 'password', username: DEMO.email, password: DEMO.password }));
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 300 });
	});

	test.each([
		['no Api-Key header', { 'Content-Type': FORM }, form({ grant_type: 'password', username: DEMO.email, password: DEMO.password }), 'invalid_client'],
		['a JSON body instead of a form', { 'Api-Key': DEMO.apiKey, 'Content-Type': 'application/json' }, JSON.stringify({ grant_type: 'password' }), 'invalid_request'],
		['another grant type', { 'Api-Key': DEMO.apiKey, 'Content-Type': FORM }, form({ grant_type: 'client_credentials' }), 'unsupported_grant_type'],
		['a wrong password', { 'Api-Key': DEMO.apiKey, 'Content-Type': FORM }, form({ grant_type: 'password', username: DEMO.email, password: 'x' }), 'invalid_grant'],
	])('the token request with %s is refused OAuth style', async (_label, headers, body, error) => {
		const answer = await token(headers, body);
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({ error, error_description: expect.any(String) });
	});

	test('a call without the Api-Key header is refused even with a valid token', async () => {
		const response = await fetch(`${sim.url}/companies`, { headers: { Authorization: `Bearer ${await signedIn()}` } });
		expect(response.status).toBe(401);
		expect(response.headers.get('content-type')).toBe(MEDIA_TYPE);
	});

	test('a business call without companyId is refused', async () => {
		const response = await fetch(`${sim.url}/partners`, { headers: { Authorization: `Bearer ${await signedIn()}`, 'Api-Key': DEMO.apiKey } });
		expect(response.status).toBe(400);
		expect(((await response.json()) as { errors: Array<{ detail: string }> }).errors[0].detail).toBe('The companyId parameter is required.');
	});

	test('a create sent as application/json instead of the JSON:API media type is refused', async () => {
		const response = await fetch(`${sim.url}/partners?companyId=101`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${await signedIn()}`, 'Api-Key': DEMO.apiKey, 'Content-Type': 'application/json' },
			body: JSON.stringify({ data: { type: 'partner', attributes: { name: 'X', type: 1 } } }),
		});
		expect(response.status).toBe(415);
	});

	test('an expired token answers 401', async () => {
		const bearer = await signedIn();
		sim.state.tokens.expireAll();
		const response = await fetch(`${sim.url}/companies`, { headers: { Authorization: `Bearer ${bearer}`, 'Api-Key': DEMO.apiKey } });
		expect(response.status).toBe(401);
		expect(((await response.json()) as { errors: Array<{ detail: string }> }).errors[0].detail).toBe('The access token has expired.');
	});
});
