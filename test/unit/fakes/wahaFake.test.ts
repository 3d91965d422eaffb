import { WahaFake } from '../../fakes';
import { http } from './http';

const KEY = 'waha-secret';
const CHAT = '5511988887777@c.us';

describe('WahaFake', () => {
	const waha = new WahaFake({ apiKey: KEY });
	const post = (path: string, json: unknown, key = KEY) =>
		http(`${waha.url}${path}`, { method: 'POST', json, headers: { 'X-Api-Key': key } });

	beforeAll(() => waha.start());
	afterAll(() => waha.stop());
	beforeEach(() => waha.reset());

	it('rejects a missing or wrong X-Api-Key with the NestJS 401 body', async () => {
		const missing = await http(`${waha.url}/api/sessions`);
		const wrong = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'hi' }, 'nope');
		for (const res of [missing, wrong]) {
			expect(res.status).toBe(401);
			expect(res.body).toEqual({ statusCode: 401, message: 'Unauthorized' });
		}
		expect(waha.sentTexts()).toEqual([]);
		expect(waha.requests).toHaveLength(2);
	});

	it('lists sessions for the credential test', async () => {
		const res = await http(`${waha.url}/api/sessions`, { headers: { 'X-Api-Key': KEY } });
		expect(res.status).toBe(200);
		expect(res.body).toEqual([{ name: 'default', status: 'WORKING', config: {}, me: { id: '5511999990000@c.us', pushName: 'Clinic' } }]);
	});

	it('sends text, returns a fresh WAHA message id and records it', async () => {
		const a = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'Olá!' });
		const b = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'Tudo bem?' });
		await post('/api/sendText', { session: 'default', chatId: '5511000000000@c.us', text: 'other' });

		expect(a.status).toBe(201);
		const id = (a.body as { id: string }).id;
		expect(id).toMatch(new RegExp(`^true_${CHAT}_[0-9A-F]{20}$`));
		expect((b.body as { id: string }).id).not.toBe(id);
		expect(a.body).toMatchObject({ fromMe: true, to: CHAT, body: 'Olá!', hasMedia: false, ack: 1 });
		expect(waha.sentTexts(CHAT)).toEqual(['Olá!', 'Tudo bem?']);
		expect(waha.sentTexts()).toHaveLength(3);
		expect(waha.requestsTo('/api/sendText')[0].body).toEqual({ session: 'default', chatId: CHAT, text: 'Olá!' });
	});

	it('answers 400 with the missing fields', async () => {
		const res = await post('/api/sendText', { chatId: CHAT });
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			statusCode: 400,
			message: ['session should not be empty', 'text should not be empty'],
			error: 'Bad Request',
		});
		expect(waha.sent()).toEqual([]);
	});

	it('validates media sends and accepts url or data', async () => {
		const bad = await post('/api/sendImage', { session: 'default', chatId: CHAT, file: { mimetype: 'image/png' } });
		expect(bad.status).toBe(400);
		expect((bad.body as { message: string[] }).message).toContain('file.url or file.data should not be empty');

		const voice = await post('/api/sendVoice', {
			session: 'default',
			chatId: CHAT,
			file: { mimetype: 'audio/ogg; codecs=opus', data: 'T2dnUw==' },
			convert: true,
		});
		expect(voice.status).toBe(201);
		expect(voice.body).toMatchObject({ hasMedia: true, media: { mimetype: 'audio/ogg; codecs=opus' } });
		expect(waha.sent(CHAT).map((s) => s.endpoint)).toEqual(['sendVoice']);
	});

	it('answers sendSeen and typing with an empty body, like real WAHA', async () => {
		for (const path of ['/api/sendSeen', '/api/startTyping', '/api/stopTyping']) {
			const res = await post(path, { session: 'default', chatId: CHAT });
			expect(res.status).toBe(201);
			expect(res.text).toBe('');
		}
		expect((await post('/api/startTyping', { session: 'default' })).status).toBe(400);
	});

	it('can answer acks with {} instead', async () => {
		const fake = new WahaFake({ ackBody: 'object' });
		await fake.start();
		try {
			const res = await http(`${fake.url}/api/sendSeen`, { method: 'POST', json: { session: 'default', chatId: CHAT } });
			expect(res.body).toEqual({});
		} finally {
			await fake.stop();
		}
	});

	it('takes reactions as PUT /api/reaction', async () => {
		const ok = await http(`${waha.url}/api/reaction`, {
			method: 'PUT',
			headers: { 'X-Api-Key': KEY },
			json: { session: 'default', messageId: `false_${CHAT}_ABC`, reaction: '👍' },
		});
		expect(ok.status).toBe(200);
		const wrongVerb = await post('/api/reaction', { session: 'default', messageId: 'x', reaction: '👍' });
		expect(wrongVerb.status).toBe(404);
		expect(wrongVerb.body).toEqual({ statusCode: 404, message: 'Cannot POST /api/reaction', error: 'Not Found' });
	});

	it('validates sendList sections and rows', async () => {
		const rows: Array<Record<string, string>> = [{ title: 'Consulta' }];
		const message = { title: 'Menu', description: 'Escolha', button: 'Ver', sections: [{ title: 'A', rows }] };
		const bad = await post('/api/sendList', { session: 'default', chatId: CHAT, message });
		expect(bad.status).toBe(400);
		expect(bad.body).toMatchObject({ message: ['message.sections.0.rows.0.rowId should not be empty'] });

		rows[0].rowId = 'consulta';
		expect((await post('/api/sendList', { session: 'default', chatId: CHAT, message })).status).toBe(201);
	});

	it('rejects unknown sessions', async () => {
		const res = await post('/api/sendText', { session: 'other', chatId: CHAT, text: 'x' });
		expect(res.status).toBe(404);
		expect((res.body as { message: string }).message).toContain("session with name 'other'");
	});

	it('scripts a 429 with Retry-After, then succeeds', async () => {
		waha.fail({ status: 429, retryAfter: 2, match: '/api/sendText' });
		const first = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'x' });
		expect(first.status).toBe(429);
		expect(first.headers.get('retry-after')).toBe('2');
		expect(first.body).toEqual({ statusCode: 429, message: 'ThrottlerException: Too Many Requests', error: 'Too Many Requests' });

		const second = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'x' });
		expect(second.status).toBe(201);
		expect(waha.sentTexts(CHAT)).toEqual(['x']);
	});

	it('answers a scripted 500 like NestJS does', async () => {
		waha.fail({ status: 500 });
		const res = await post('/api/sendText', { session: 'default', chatId: CHAT, text: 'x' });
		expect(res.body).toEqual({ statusCode: 500, message: 'Internal server error' });
	});

	it('checks auth before scripted faults', async () => {
		waha.fail({ status: 500 });
		expect((await post('/api/sendText', {}, 'wrong')).status).toBe(401);
		expect(waha.pendingFaults).toBe(1);
	});
});
