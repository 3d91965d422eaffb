import { GraphFake } from '../../fakes';
import { http } from './http';

const TOKEN = 'EAAG-test-token';
const PHONE_ID = '106540352242922';
const TO = '5511988887777';

describe('GraphFake', () => {
	const graph = new GraphFake({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
	const auth = { Authorization: `Bearer ${TOKEN}` };
	const send = (json: unknown, headers: Record<string, string> = auth) => http(graph.messagesUrl, { method: 'POST', json, headers });
	const text = (body: string, to = TO) => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body } });
	const errorOf = (body: unknown) => (body as { error: Record<string, unknown> }).error;

	beforeAll(() => graph.start());
	afterAll(() => graph.stop());
	beforeEach(() => graph.reset());

	it('rejects a missing or wrong bearer token with OAuthException 190', async () => {
		const attempts: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong' }];
		for (const headers of attempts) {
			const res = await send(text('hi'), headers);
			expect(res.status).toBe(401);
			expect(res.body).toEqual({
				error: {
					message: 'Invalid OAuth access token - Cannot parse access token',
					type: 'OAuthException',
					code: 190,
					fbtrace_id: expect.stringMatching(/^\w+$/),
				},
			});
		}
		expect(graph.sent()).toEqual([]);
	});

	it('answers the phone number lookup used as credential test', async () => {
		expect(graph.graphUrl).toBe(`${graph.url}/v21.0`);
		const res = await http(`${graph.graphUrl}/${PHONE_ID}`, { headers: auth });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			verified_name: 'Clinic',
			display_phone_number: '+55 11 99999-0000',
			id: PHONE_ID,
			quality_rating: 'GREEN',
		});

		const unknown = await http(`${graph.graphUrl}/999`, { headers: auth });
		expect(unknown.status).toBe(400);
		expect(errorOf(unknown.body)).toMatchObject({ code: 100, error_subcode: 33 });
	});

	it('sends text and answers with contacts and a wamid', async () => {
		const res = await send(text('Olá', `+${TO}`));
		expect(res.status).toBe(200);
		expect(res.body).toEqual({
			messaging_product: 'whatsapp',
			contacts: [{ input: `+${TO}`, wa_id: TO }],
			messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/]+$/) }],
		});
		expect(graph.sentTexts(TO)).toEqual(['Olá']);
		expect(graph.requestsTo(`/v21.0/${PHONE_ID}/messages`)[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
	});

	it.each([
		['missing messaging_product', { to: TO, type: 'text', text: { body: 'x' } }, 'The parameter messaging_product is required.'],
		['missing to', { messaging_product: 'whatsapp', type: 'text', text: { body: 'x' } }, 'The parameter to is required.'],
		['unknown type', { messaging_product: 'whatsapp', to: TO, type: 'fax' }, 'Param type must be one of'],
		[
			'image with neither link nor id',
			{ messaging_product: 'whatsapp', to: TO, type: 'image', image: { caption: 'x' } },
			"exactly one of 'id' or 'link'",
		],
		[
			'template without language',
			{ messaging_product: 'whatsapp', to: TO, type: 'template', template: { name: 'hello' } },
			"template['language']['code']",
		],
	])('rejects %s with code 100', async (_name, body, details) => {
		const res = await send(body);
		expect(res.status).toBe(400);
		const error = errorOf(res.body);
		expect(error).toMatchObject({ message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 });
		expect((error.error_data as { details: string }).details).toContain(details);
	});

	const buttons = (titles: string[]) => ({
		messaging_product: 'whatsapp',
		to: TO,
		type: 'interactive',
		interactive: {
			type: 'button',
			body: { text: 'Confirma?' },
			action: { buttons: titles.map((title, i) => ({ type: 'reply', reply: { id: `b${i}`, title } })) },
		},
	});

	it('enforces reply-button limits (max 3, title <= 20)', async () => {
		expect((await send(buttons(['Sim', 'Não', 'Remarcar']))).status).toBe(200);
		const four = await send(buttons(['a', 'b', 'c', 'd']));
		expect(errorOf(four.body).error_data).toMatchObject({ details: expect.stringContaining('at most 3') });
		const long = await send(buttons(['x'.repeat(21)]));
		expect(errorOf(long.body).error_data).toMatchObject({ details: expect.stringContaining('at most 20 characters') });
	});

	const list = (rowsPerSection: number[]) => ({
		messaging_product: 'whatsapp',
		to: TO,
		type: 'interactive',
		interactive: {
			type: 'list',
			body: { text: 'Escolha um horário' },
			action: {
				button: 'Horários',
				sections: rowsPerSection.map((n, s) => ({
					title: `Dia ${s}`,
					rows: Array.from({ length: n }, (_, r) => ({ id: `s${s}r${r}`, title: `${8 + r}:00` })),
				})),
			},
		},
	});

	it('enforces at most 10 list rows across sections', async () => {
		expect((await send(list([5, 5]))).status).toBe(200);
		const tooMany = await send(list([6, 5]));
		expect(tooMany.status).toBe(400);
		expect(errorOf(tooMany.body).error_data).toMatchObject({ details: expect.stringContaining('max allowed count: 10') });
	});

	it('accepts media by link or id, template and reaction', async () => {
		const bodies = [
			{ messaging_product: 'whatsapp', to: TO, type: 'image', image: { link: 'https://example.com/a.png', caption: 'x' } },
			{ messaging_product: 'whatsapp', to: TO, type: 'audio', audio: { id: '1234' } },
			{ messaging_product: 'whatsapp', to: TO, type: 'document', document: { link: 'https://example.com/a.pdf', filename: 'a.pdf' } },
			{ messaging_product: 'whatsapp', to: TO, type: 'template', template: { name: 'lembrete', language: { code: 'pt_BR' } } },
			{ messaging_product: 'whatsapp', to: TO, type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } },
		];
		for (const body of bodies) expect((await send(body)).status).toBe(200);
		expect(graph.sent(TO).map((s) => s.type)).toEqual(['image', 'audio', 'document', 'template', 'reaction']);
	});

	it('marks as read with a typing indicator', async () => {
		const res = await send({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN', typing_indicator: { type: 'text' } });
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ success: true });
		expect(graph.readReceipts()).toEqual([{ messageId: 'wamid.IN', typing: true }]);
		expect(graph.sent()).toEqual([]);
	});

	it('fails free-form sends outside the 24h window with 131047 but lets templates through', async () => {
		graph.outsideWindow(TO);
		const res = await send(text('Oi de novo'));
		expect(res.status).toBe(400);
		expect(errorOf(res.body)).toMatchObject({
			message: '(#131047) Re-engagement message',
			code: 131047,
			error_data: {
				messaging_product: 'whatsapp',
				details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
			},
		});
		const template = await send({
			messaging_product: 'whatsapp',
			to: TO,
			type: 'template',
			template: { name: 'reabrir', language: { code: 'pt_BR' } },
		});
		expect(template.status).toBe(200);
		expect((template.body as { messages: Array<{ message_status: string }> }).messages[0].message_status).toBe('accepted');
		expect((await send(text('outro número', '5511000000000'))).status).toBe(200);
	});

	it('rate limits with 429 / 130429 and Retry-After, then succeeds', async () => {
		graph.rateLimit({ retryAfter: 5 });
		const limited = await send(text('1'));
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('5');
		expect(errorOf(limited.body)).toMatchObject({ code: 130429, message: '(#130429) Rate limit hit' });
		expect((await send(text('1'))).status).toBe(200);
		expect(graph.sentTexts()).toEqual(['1']);
	});

	it('serves media metadata and bearer-protected bytes', async () => {
		const bytes = Buffer.from('OggS fake voice note');
		const id = graph.addMedia({ bytes, mimeType: 'audio/ogg' });
		const meta = await http(`${graph.graphUrl}/${id}`, { headers: auth });
		expect(meta.body).toMatchObject({ id, mime_type: 'audio/ogg', file_size: bytes.length, messaging_product: 'whatsapp' });
		const { url, sha256 } = meta.body as { url: string; sha256: string };
		expect(sha256).toMatch(/^[0-9a-f]{64}$/);

		expect((await http(url)).status).toBe(401);
		const download = await fetch(url, { headers: auth });
		expect(download.headers.get('content-type')).toBe('audio/ogg');
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
	});
});
