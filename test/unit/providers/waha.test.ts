import type { InboundMessage } from '../../../nodes/shared/message';
import { WebhookPayloadError } from '../../../nodes/WhatsAppAiTrigger/providers';
import { wahaProvider } from '../../../nodes/WhatsAppAiTrigger/providers/waha';
import { CONTEXT, fixture, NOW, onlyParsedMessage, parseFixture } from './fixtures';

const FILES = 'http://localhost:3000/api/files/default/false_5511999990000@c.us_';

// What every direct message from the fixture customer shares.
const fromCustomer = {
	event: 'message',
	provider: 'waha',
	tenant: 'clinic-a',
	session: 'default',
	conversationKey: 'clinic-a:waha:default:5511999990000',
	chatId: '5511999990000@c.us',
	phone: '5511999990000',
	contactName: 'Ana Paula',
	timestamp: '2025-06-15T15:06:40.000Z',
	isGroup: false,
} as const;
// Events that carry no push name (reactions, receipts, our own messages).
const { contactName: _unnamed, ...addressedToCustomer } = fromCustomer;

const onlyMessage = (name: string) => onlyParsedMessage('waha', name);

describe('WAHA messages', () => {
	it('text', () => {
		expect(onlyMessage('text')).toStrictEqual({
			fromMe: false,
			message: {
				...fromCustomer,
				messageId: 'false_5511999990000@c.us_3EB0C767D26A1D4A6F1A',
				type: 'text',
				text: 'Olá, gostaria de marcar uma consulta',
			},
		});
	});

	it('image with caption', () => {
		expect(onlyMessage('image').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60701',
			type: 'image',
			text: 'Foto do exame',
			media: { url: `${FILES}3EB0A1B2C3D4E5F60701.jpeg`, mimetype: 'image/jpeg' },
		});
	});

	it("a NOWEB image whose raw protobuf lists an empty text first is still an image (WAHA's documented fields win)", () => {
		// A real NOWEB capture came out as type 'text': `_data.message` starts with conversation: ''.
		expect(onlyMessage('noweb_image').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0C0FFEE00112233',
			timestamp: '2025-06-15T15:08:20.000Z',
			type: 'image',
			text: 'Foto da ferida',
			media: { url: `${FILES}3EB0C0FFEE00112233.jpeg`, mimetype: 'image/jpeg' },
		});
	});

	it('audio file (not a voice note)', () => {
		expect(onlyMessage('audio').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60702',
			type: 'audio',
			text: '',
			media: { url: `${FILES}3EB0A1B2C3D4E5F60702.mpga`, mimetype: 'audio/mpeg', filename: 'resultado.mp3' },
		});
	});

	it('voice note', () => {
		expect(onlyMessage('voice').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60703',
			type: 'voice',
			text: '',
			media: { url: `${FILES}3EB0A1B2C3D4E5F60703.oga`, mimetype: 'audio/ogg; codecs=opus' },
		});
	});

	it('video with caption', () => {
		expect(onlyMessage('video').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60704',
			type: 'video',
			text: 'Veja como está mancando',
			media: { url: `${FILES}3EB0A1B2C3D4E5F60704.mp4`, mimetype: 'video/mp4' },
		});
	});

	it('document keeps its file name', () => {
		expect(onlyMessage('document').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60705',
			type: 'document',
			text: 'Pedido médico',
			media: {
				url: `${FILES}3EB0A1B2C3D4E5F60705.pdf`,
				mimetype: 'application/pdf',
				filename: 'pedido-medico.pdf',
			},
		});
	});

	it('sticker', () => {
		expect(onlyMessage('sticker').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60706',
			type: 'sticker',
			text: '',
			media: { url: `${FILES}3EB0A1B2C3D4E5F60706.webp`, mimetype: 'image/webp' },
		});
	});

	it('location: string coordinates become numbers, the thumbnail body is not text', () => {
		expect(onlyMessage('location').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60707',
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
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60708',
			type: 'contacts',
			text: 'Maria Souza: +55 11 98888-7777',
		});
	});

	it('quoted reply', () => {
		expect(onlyMessage('reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60709',
			type: 'text',
			text: 'Pode ser às 15h?',
			replyToId: 'true_5511999990000@c.us_3EB05F1E2D3C4B5A6978',
		});
	});

	it('button reply (WEBJS): id from raw data, title from the body', () => {
		expect(onlyMessage('button_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60710',
			type: 'button',
			text: 'Confirmar',
			button: { id: 'confirm_appt_981', title: 'Confirmar' },
			replyToId: 'true_5511999990000@c.us_3EB0BUTTONS000000001',
		});
	});

	it('list reply (NOWEB protobuf)', () => {
		expect(onlyMessage('list_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60711',
			type: 'list',
			text: 'Terça 14:00',
			button: { id: 'slot_2025-06-17T14:00', title: 'Terça 14:00' },
			replyToId: '3EB0LIST0000000000001',
		});
	});

	it('reaction: emoji as text, reacted message as replyToId, fractional seconds kept', () => {
		expect(onlyMessage('reaction')).toStrictEqual({
			fromMe: false,
			message: {
				...addressedToCustomer,
				messageId: 'false_5511999990000@c.us_3EB0REACT000000000001',
				type: 'reaction',
				text: '🙏',
				replyToId: 'true_5511999990000@c.us_3EB05F1E2D3C4B5A6978',
				timestamp: '2025-06-15T15:06:40.853Z',
			},
		});
	});

	it('hidden user id (@lid) takes the phone from the alternate JID', () => {
		expect(onlyMessage('lid').message).toStrictEqual({
			...fromCustomer,
			chatId: '112233445566778@lid',
			messageId: 'false_112233445566778@lid_3EB0A1B2C3D4E5F60712',
			type: 'text',
			text: 'Oi, é da clínica?',
		});
	});

	it('group: chat is the group, phone is the sender, conversation keyed by group', () => {
		expect(onlyMessage('group').message).toStrictEqual({
			...fromCustomer,
			conversationKey: 'clinic-a:waha:default:120363041967849074',
			chatId: '120363041967849074@g.us',
			phone: '5511977776666',
			contactName: 'Bruno Lima',
			isGroup: true,
			messageId: 'false_120363041967849074@g.us_3EB0A1B2C3D4E5F60713_5511977776666@c.us',
			type: 'text',
			text: 'Alguém sabe o horário de sábado?',
		});
	});

	it('own message (message.any) is flagged fromMe, addressed to the customer, without our push name', () => {
		expect(onlyMessage('echo')).toStrictEqual({
			fromMe: true,
			message: {
				...addressedToCustomer,
				messageId: 'true_5511999990000@c.us_3EB0ECHO00000000000001',
				type: 'text',
				text: 'Sua consulta está confirmada.',
				timestamp: '2025-06-15T15:06:45.000Z',
			},
		});
	});

	it('unknown type keeps the raw payload', () => {
		expect(onlyMessage('unknown').message).toStrictEqual({
			...fromCustomer,
			messageId: 'false_5511999990000@c.us_3EB0A1B2C3D4E5F60714',
			type: 'unknown',
			text: '',
			raw: fixture('waha', 'unknown').payload,
		});
	});
});

describe('WAHA statuses (message.ack)', () => {
	it.each([
		['ack_sent', 'sent'],
		['ack_delivered', 'delivered'],
		['ack_read', 'read'],
		['ack_played', 'played'],
		['ack_failed', 'failed'],
	])('%s → %s, timed by the envelope', (name, status) => {
		expect(onlyMessage(name)).toStrictEqual({
			fromMe: false,
			message: {
				...addressedToCustomer,
				event: 'status',
				messageId: 'true_5511999990000@c.us_3EB0SENT0000000000001',
				type: 'unknown',
				text: '',
				status,
				timestamp: '2025-06-15T15:07:40.000Z',
			},
		});
	});

	it('pending acks and acks of inbound messages are ignored with a reason', () => {
		const pending = fixture('waha', 'ack_sent');
		pending.payload.ack = 0;
		pending.payload.ackName = 'PENDING';
		expect(wahaProvider.parse(pending, CONTEXT)).toStrictEqual({
			sentAt: 1_750_000_060_000,
			messages: [],
			sessionEvents: [],
			ignored: [{ reason: 'ack PENDING not reported' }],
		});
		const inbound = fixture('waha', 'ack_read');
		inbound.payload.fromMe = false;
		expect(wahaProvider.parse(inbound, CONTEXT).ignored).toStrictEqual([{ reason: 'ack for an inbound message' }]);
	});
});

describe('WAHA session events', () => {
	it('session.status WORKING → connected', () => {
		expect(parseFixture('waha', 'session_status')).toStrictEqual({
			sentAt: 1_750_000_000_000,
			messages: [],
			ignored: [],
			sessionEvents: [
				{
					provider: 'waha',
					tenant: 'clinic-a',
					session: 'default',
					event: 'session.status',
					status: 'connected',
					providerStatus: 'WORKING',
					timestamp: '2025-06-15T15:06:40.000Z',
				},
			],
		});
	});

	it('SCAN_QR_CODE → pairing', () => {
		expect(parseFixture('waha', 'session_scan_qr').sessionEvents).toStrictEqual([
			expect.objectContaining({ status: 'pairing', providerStatus: 'SCAN_QR_CODE' }),
		]);
	});
});

describe('WAHA without engine hints', () => {
	// GOWS without `_data`, or a future engine: WAHA's own fields must be enough.
	function bare(payload: Record<string, unknown>): InboundMessage {
		const body = {
			event: 'message',
			session: 'default',
			payload: { id: 'false_5511999990000@c.us_X1', timestamp: 1750000000, from: '5511999990000@c.us', ...payload },
		};
		return wahaProvider.parse(body, CONTEXT).messages[0].message;
	}

	it.each([
		[{ hasMedia: true, media: { url: 'http://w/x.oga', mimetype: 'audio/ogg; codecs=opus' } }, 'voice'],
		[{ hasMedia: true, media: { url: 'http://w/x.oga', mimetype: null } }, 'voice'],
		[{ hasMedia: true, media: { url: 'http://w/x.mp3', mimetype: 'audio/mpeg' } }, 'audio'],
		[{ hasMedia: true, media: { url: 'http://w/x.webp', mimetype: 'image/webp' } }, 'sticker'],
		[{ hasMedia: true, media: { url: 'http://w/x.jpg', mimetype: 'image/jpeg' } }, 'image'],
		[{ hasMedia: true, media: { url: 'http://w/x.mp4', mimetype: 'video/mp4' } }, 'video'],
		[{ hasMedia: true, media: null }, 'document'],
		[{ location: { latitude: 1.5, longitude: 2.5 } }, 'location'],
		[{ body: 'oi' }, 'text'],
		[{ body: '' }, 'unknown'],
	])('%j → %s', (payload, type) => {
		expect(bare(payload).type).toBe(type);
	});

	it('a message without timestamp takes the envelope time, then the clock', () => {
		const withEnvelopeTime = {
			event: 'message',
			session: 'default',
			timestamp: 1750000009000,
			payload: { id: 'false_5511999990000@c.us_X2', from: '5511999990000@c.us', body: 'oi' },
		};
		expect(wahaProvider.parse(withEnvelopeTime, CONTEXT).messages[0].message.timestamp).toBe('2025-06-15T15:06:49.000Z');
		const withNone = { ...withEnvelopeTime, timestamp: undefined };
		expect(wahaProvider.parse(withNone, CONTEXT).messages[0].message.timestamp).toBe(NOW.toISOString());
	});
});

describe('WAHA envelope', () => {
	it.each([
		[null, 'body is not a JSON object'],
		[[], 'body is not a JSON object'],
		['message', 'body is not a JSON object'],
		[{ session: 'default', payload: {} }, 'not a WAHA event: missing event or session'],
		[{ event: 'message', payload: {} }, 'not a WAHA event: missing event or session'],
	])('%j is rejected as a payload error', (body, reason) => {
		expect(() => wahaProvider.parse(body, CONTEXT)).toThrow(WebhookPayloadError);
		expect(() => wahaProvider.parse(body, CONTEXT)).toThrow(reason);
	});

	it('other events, status broadcasts and housekeeping are ignored with reasons', () => {
		const presence = { event: 'presence.update', session: 'default', payload: { id: '5511999990000@c.us' } };
		expect(wahaProvider.parse(presence, CONTEXT).ignored).toStrictEqual([{ reason: 'event presence.update not handled' }]);
		const story = {
			event: 'message',
			session: 'default',
			payload: { id: 'false_status@broadcast_X3_5511999990000@c.us', from: 'status@broadcast', body: 'story' },
		};
		expect(wahaProvider.parse(story, CONTEXT).ignored).toStrictEqual([{ reason: 'status broadcast, not a chat' }]);
		const revoke = fixture('waha', 'text');
		revoke.payload._data.type = 'revoked';
		expect(wahaProvider.parse(revoke, CONTEXT).ignored).toStrictEqual([{ reason: 'revoked is not a user message' }]);
		const noPayload = { event: 'message', session: 'default', payload: null };
		expect(wahaProvider.parse(noPayload, CONTEXT).ignored).toStrictEqual([{ reason: 'message without payload' }]);
	});
});
