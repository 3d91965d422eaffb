import { WebhookPayloadError } from '../../../nodes/WhatsAppAiTrigger/providers';
import { evolutionProvider } from '../../../nodes/WhatsAppAiTrigger/providers/evolution';
import { CONTEXT, fixture, NOW, onlyParsedMessage, parseFixture } from './fixtures';

// What every direct message from the fixture customer shares.
const fromCustomer = {
	event: 'message',
	provider: 'evolution',
	tenant: 'clinic-a',
	session: 'clinica-vida',
	conversationKey: 'clinic-a:evolution:clinica-vida:5511999990000',
	chatId: '5511999990000@s.whatsapp.net',
	phone: '5511999990000',
	contactName: 'Ana Paula',
	timestamp: '2025-06-15T15:06:40.000Z',
	isGroup: false,
} as const;
const { contactName: _unnamed, ...addressedToCustomer } = fromCustomer;

const onlyMessage = (name: string) => onlyParsedMessage('evolution', name);

describe('Evolution API messages (messages.upsert)', () => {
	it('text (conversation)', () => {
		expect(onlyMessage('text')).toStrictEqual({
			fromMe: false,
			message: {
				...fromCustomer,
				messageId: '3EB0C767D26A1D4A6F1A',
				type: 'text',
				text: 'Olá, gostaria de marcar uma consulta',
			},
		});
	});

	it('quoted reply, v2 shape (contextInfo lifted to data)', () => {
		expect(onlyMessage('reply').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60709',
			type: 'text',
			text: 'Pode ser às 15h?',
			replyToId: '3EB05F1E2D3C4B5A6978',
		});
	});

	it('quoted reply, extendedTextMessage shape', () => {
		expect(onlyMessage('reply_extended').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60715',
			type: 'text',
			text: 'Obrigada! Até amanhã',
			replyToId: '3EB05F1E2D3C4B5A6979',
		});
	});

	it('image: media id is the message id (WhatsApp CDN url is encrypted, not exposed)', () => {
		expect(onlyMessage('image').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60701',
			type: 'image',
			text: 'Foto do exame',
			media: { id: '3EB0A1B2C3D4E5F60701', mimetype: 'image/jpeg' },
		});
	});

	it('image stored on S3: mediaUrl becomes media.url', () => {
		expect(onlyMessage('image_s3').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60716',
			type: 'image',
			text: '',
			media: {
				id: '3EB0A1B2C3D4E5F60716',
				url:
					'https://s3.clinicavida.com.br/evolution-api/7c8b8f6e/5511999990000@s.whatsapp.net/imageMessage/' +
					'1750000000000_3EB0A1B2C3D4E5F60716.jpeg',
				mimetype: 'image/jpeg',
			},
		});
	});

	it('audio file (ptt false)', () => {
		expect(onlyMessage('audio').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60702',
			type: 'audio',
			text: '',
			media: { id: '3EB0A1B2C3D4E5F60702', mimetype: 'audio/mpeg' },
		});
	});

	it('voice note (ptt true)', () => {
		expect(onlyMessage('voice').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60703',
			type: 'voice',
			text: '',
			media: { id: '3EB0A1B2C3D4E5F60703', mimetype: 'audio/ogg; codecs=opus' },
		});
	});

	it('video', () => {
		expect(onlyMessage('video').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60704',
			type: 'video',
			text: 'Veja como está mancando',
			media: { id: '3EB0A1B2C3D4E5F60704', mimetype: 'video/mp4' },
		});
	});

	it('document with fileName', () => {
		expect(onlyMessage('document').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60705',
			type: 'document',
			text: '',
			media: { id: '3EB0A1B2C3D4E5F60705', mimetype: 'application/pdf', filename: 'pedido-medico.pdf' },
		});
	});

	it('captioned document (documentWithCaptionMessage wrapper)', () => {
		expect(onlyMessage('document_with_caption').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60717',
			type: 'document',
			text: 'Laudo do raio-x',
			media: { id: '3EB0A1B2C3D4E5F60717', mimetype: 'application/pdf', filename: 'laudo.pdf' },
		});
	});

	it('sticker', () => {
		expect(onlyMessage('sticker').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60706',
			type: 'sticker',
			text: '',
			media: { id: '3EB0A1B2C3D4E5F60706', mimetype: 'image/webp' },
		});
	});

	it('location', () => {
		expect(onlyMessage('location').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60707',
			type: 'location',
			text: '',
			location: {
				latitude: -23.5613991,
				longitude: -46.6565712,
				name: 'Clínica Vida',
				address: 'Av. Paulista, 1000 - Bela Vista, São Paulo',
			},
		});
	});

	it('contact card', () => {
		expect(onlyMessage('contacts').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60708',
			type: 'contacts',
			text: 'Maria Souza: +55 11 98888-7777',
		});
	});

	it('reaction', () => {
		expect(onlyMessage('reaction').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0REACT000000000001',
			type: 'reaction',
			text: '🙏',
			replyToId: '3EB05F1E2D3C4B5A6978',
		});
	});

	it('buttonsResponseMessage', () => {
		expect(onlyMessage('buttons_response').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60710',
			type: 'button',
			text: 'Confirmar',
			button: { id: 'confirm_appt_981', title: 'Confirmar' },
			replyToId: '3EB0BUTTONS000000001',
		});
	});

	it('listResponseMessage', () => {
		expect(onlyMessage('list_response').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60711',
			type: 'list',
			text: 'Terça 14:00',
			button: { id: 'slot_2025-06-17T14:00', title: 'Terça 14:00' },
			replyToId: '3EB0LIST0000000000001',
		});
	});

	it('templateButtonReplyMessage', () => {
		expect(onlyMessage('template_button_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60718',
			type: 'button',
			text: 'Remarcar',
			button: { id: 'reschedule', title: 'Remarcar' },
			replyToId: '3EB0TEMPLATE00000001',
		});
	});

	it('native-flow button reply (interactiveResponseMessage)', () => {
		expect(onlyMessage('native_flow_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60719',
			type: 'button',
			text: 'Sim, confirmo',
			button: { id: 'confirm_yes', title: 'Sim, confirmo' },
			replyToId: '3EB0NATIVEFLOW000001',
		});
	});

	it('unknown type keeps the raw data', () => {
		expect(onlyMessage('unknown').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0A1B2C3D4E5F60714',
			type: 'unknown',
			text: '',
			raw: fixture('evolution', 'unknown').data,
		});
	});

	it('group: chat is the group, phone the participant, conversation keyed by group', () => {
		expect(onlyMessage('group').message).toStrictEqual({
			...fromCustomer,
			conversationKey: 'clinic-a:evolution:clinica-vida:120363041967849074',
			chatId: '120363041967849074@g.us',
			phone: '5511977776666',
			contactName: 'Bruno Lima',
			isGroup: true,
			messageId: '3EB0A1B2C3D4E5F60713',
			type: 'text',
			text: 'Alguém sabe o horário de sábado?',
		});
	});

	it('hidden user id (@lid) takes the phone from remoteJidAlt', () => {
		expect(onlyMessage('lid').message).toStrictEqual({
			...fromCustomer,
			chatId: '112233445566778@lid',
			messageId: '3EB0A1B2C3D4E5F60712',
			type: 'text',
			text: 'Oi, é da clínica?',
		});
	});

	it('send.message is our own: fromMe, without the "Você" push name', () => {
		expect(onlyMessage('send_message')).toStrictEqual({
			fromMe: true,
			message: {
				...addressedToCustomer,
				messageId: '3EB0ECHO00000000000001',
				type: 'text',
				text: 'Sua consulta está confirmada.',
				timestamp: '2025-06-15T15:06:45.000Z',
			},
		});
	});

	it('accepts the upper-case event spelling (MESSAGES_UPSERT)', () => {
		expect(onlyMessage('uppercase_event').message).toStrictEqual({
			...fromCustomer,
			messageId: '3EB0UPPERCASE0000001',
			type: 'text',
			text: 'Bom dia',
		});
	});

	it('a list of messages in data yields one item each', () => {
		const body = fixture('evolution', 'text');
		const second = { ...body.data, key: { ...body.data.key, id: '3EB0SECOND0000000001' } };
		body.data = [body.data, second];
		expect(evolutionProvider.parse(body, CONTEXT).messages.map(({ message }) => message.messageId)).toStrictEqual([
			'3EB0C767D26A1D4A6F1A',
			'3EB0SECOND0000000001',
		]);
	});

	it('protocol messages (revokes) are ignored, not answered', () => {
		expect(parseFixture('evolution', 'protocol')).toStrictEqual({
			sentAt: 1_750_000_000_000,
			messages: [],
			sessionEvents: [],
			ignored: [{ reason: 'protocolMessage is not a user message' }],
		});
	});
});

describe('Evolution API statuses (messages.update)', () => {
	const status = {
		...addressedToCustomer,
		event: 'status',
		messageId: '3EB0SENT0000000000001',
		type: 'unknown',
		text: '',
		timestamp: '2025-06-15T15:07:40.000Z',
	};

	it.each(['sent', 'delivered', 'read', 'played', 'failed'])('%s', (name) => {
		expect(onlyMessage(`status_${name}`)).toStrictEqual({ fromMe: false, message: { ...status, status: name } });
	});

	it('read marks on inbound messages are ignored', () => {
		expect(parseFixture('evolution', 'status_inbound_read').ignored).toStrictEqual([{ reason: 'status of an inbound message' }]);
	});

	it('v1 shape (key spread into data, numeric status, dateTime) is read too', () => {
		const body = {
			event: 'messages.update',
			instance: 'clinica-vida',
			data: {
				id: '3EB0SENT0000000000001',
				remoteJid: '5511999990000@s.whatsapp.net',
				fromMe: true,
				status: 3,
				dateTime: '2025-06-15T15:07:41.000Z',
			},
		};
		expect(evolutionProvider.parse(body, CONTEXT).messages).toStrictEqual([
			{ fromMe: false, message: { ...status, status: 'delivered', timestamp: '2025-06-15T15:07:41.000Z' } },
		]);
	});
});

describe('Evolution API session events', () => {
	const base = {
		provider: 'evolution',
		tenant: 'clinic-a',
		session: 'clinica-vida',
		timestamp: '2025-06-15T15:06:41.123Z',
	};

	it.each([
		['connection_open', { event: 'connection.update', status: 'connected', providerStatus: 'open' }],
		['connection_close', { event: 'connection.update', status: 'disconnected', providerStatus: 'close' }],
		['qrcode_updated', { event: 'qrcode.updated', status: 'pairing', providerStatus: 'qrcode' }],
	])('%s', (name, expected) => {
		expect(parseFixture('evolution', name)).toStrictEqual({
			messages: [],
			ignored: [],
			sessionEvents: [{ ...base, ...expected }],
		});
	});
});

describe('Evolution API envelope', () => {
	it.each([
		[null, 'body is not a JSON object'],
		[42, 'body is not a JSON object'],
		[{ instance: 'clinica-vida', data: {} }, 'missing event or instance'],
		[{ event: 'messages.upsert', data: {} }, 'missing event or instance'],
	])('%j is rejected as a payload error', (body, reason) => {
		expect(() => evolutionProvider.parse(body, CONTEXT)).toThrow(WebhookPayloadError);
		expect(() => evolutionProvider.parse(body, CONTEXT)).toThrow(reason);
	});

	it('other events, empty data, status stories and bad keys are ignored with reasons', () => {
		expect(parseFixture('evolution', 'contacts_upsert').ignored).toStrictEqual([{ reason: 'event contacts.upsert not handled' }]);
		const empty = { event: 'messages.upsert', instance: 'clinica-vida', data: null };
		expect(evolutionProvider.parse(empty, CONTEXT).ignored).toStrictEqual([{ reason: 'messages.upsert without data' }]);
		const story = fixture('evolution', 'text');
		story.data.key.remoteJid = 'status@broadcast';
		expect(evolutionProvider.parse(story, CONTEXT).ignored).toStrictEqual([{ reason: 'status broadcast, not a chat' }]);
		const keyless = fixture('evolution', 'text');
		delete keyless.data.key;
		expect(evolutionProvider.parse(keyless, CONTEXT).ignored).toStrictEqual([{ reason: 'message without key.remoteJid or key.id' }]);
		const contentless = fixture('evolution', 'text');
		contentless.data.message = { messageContextInfo: {} };
		expect(evolutionProvider.parse(contentless, CONTEXT).ignored).toStrictEqual([{ reason: 'message without content' }]);
	});

	it('without messageTimestamp a message takes date_time, then the clock', () => {
		const body = fixture('evolution', 'text');
		delete body.data.messageTimestamp;
		expect(evolutionProvider.parse(body, CONTEXT).messages[0].message.timestamp).toBe('2025-06-15T15:06:41.123Z');
		delete body.date_time;
		expect(evolutionProvider.parse(body, CONTEXT).messages[0].message.timestamp).toBe(NOW.toISOString());
	});
});
