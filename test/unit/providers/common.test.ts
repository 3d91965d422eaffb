import {
	contactFromVcard,
	contactsText,
	finishMessage,
	mediaTypeFromMime,
	type MessageDraft,
} from '../../../nodes/WhatsAppAiTrigger/providers/common';
import { asNumber, dateTextToIso, epochToIso } from '../../../nodes/shared/read';
import { readBaileysMessage } from '../../../nodes/WhatsAppAiTrigger/providers/baileys';

const FALLBACK = new Date('2030-01-01T00:00:00.000Z');

describe('timestamps', () => {
	it.each([
		[1750000000, '2025-06-15T15:06:40.000Z'],
		['1750000000', '2025-06-15T15:06:40.000Z'],
		[1750000000.853, '2025-06-15T15:06:40.853Z'],
		[1750000000853, '2025-06-15T15:06:40.853Z'],
		[{ low: 1750000000, high: 0, unsigned: false }, '2025-06-15T15:06:40.000Z'],
	])('epoch %j → %s', (value, iso) => {
		expect(epochToIso(value, FALLBACK)).toBe(iso);
	});

	const unreadable = [undefined, null, '', 'soon', 0, -5, Number.NaN, Infinity, 1e20, {}];
	it.each(unreadable)('unreadable epoch %j falls back', (value) => {
		expect(epochToIso(value, FALLBACK)).toBe(FALLBACK.toISOString());
	});

	it('date strings are normalized to UTC ISO 8601', () => {
		expect(dateTextToIso('2025-06-15T12:06:41.123-03:00', FALLBACK)).toBe('2025-06-15T15:06:41.123Z');
		expect(dateTextToIso('yesterday', FALLBACK)).toBe(FALLBACK.toISOString());
		expect(dateTextToIso(42, FALLBACK)).toBe(FALLBACK.toISOString());
	});

	it('asNumber reads numeric strings and refuses the rest', () => {
		expect(asNumber('-23.56')).toBe(-23.56);
		expect(asNumber(' ')).toBeUndefined();
		expect(asNumber('12abc')).toBeUndefined();
		expect(asNumber(true)).toBeUndefined();
	});
});

describe('mediaTypeFromMime', () => {
	it.each([
		['image/webp', undefined, 'sticker'],
		['image/png', undefined, 'image'],
		['video/mp4', undefined, 'video'],
		['audio/ogg; codecs=opus', undefined, 'voice'],
		['audio/ogg', 'http://waha/api/files/x.oga', 'voice'],
		['audio/ogg', 'musica.ogg', 'audio'],
		['audio/mpeg', undefined, 'audio'],
		[undefined, 'http://waha/api/files/x.oga?download=1', 'voice'],
		['application/pdf', undefined, 'document'],
		[undefined, undefined, 'document'],
	])('%s (%s) → %s', (mimetype, name, type) => {
		expect(mediaTypeFromMime(mimetype, name)).toBe(type);
	});
});

describe('contact cards', () => {
	it('reads FN and every TEL, with or without item groups', () => {
		const vcard = [
			'BEGIN:VCARD',
			'VERSION:3.0',
			'FN:Dr. João',
			'item1.TEL;waid=5511988887777:+55 11 98888-7777',
			'TEL;type=WORK:+55 11 3333-4444',
			'END:VCARD',
		].join('\r\n');
		expect(contactFromVcard(vcard)).toStrictEqual({
			name: 'Dr. João',
			phones: ['+55 11 98888-7777', '+55 11 3333-4444'],
		});
	});

	it('formats one contact per line and skips empty cards', () => {
		const cards = [{ name: 'Ana', phones: ['+1'] }, { phones: [] }, { phones: ['+2', '+3'] }, { name: 'Bia', phones: [] }];
		expect(contactsText(cards)).toBe('Ana: +1\n+2, +3\nBia');
	});
});

describe('finishMessage', () => {
	const draft: MessageDraft = {
		event: 'message',
		provider: 'waha',
		tenant: 't',
		session: 's',
		messageId: 'm',
		chatId: '5511999990000@c.us',
		phone: '5511999990000',
		type: 'text',
		text: 'hi',
		timestamp: '2025-06-15T15:06:40.000Z',
		isGroup: false,
		raw: { secret: 'payload' },
		media: { id: undefined, url: undefined },
		contactName: undefined,
	};

	it('drops raw unless the message is unknown, and empty optional fields', () => {
		expect(finishMessage(draft)).toStrictEqual({
			event: 'message',
			provider: 'waha',
			tenant: 't',
			session: 's',
			conversationKey: 't:waha:s:5511999990000',
			messageId: 'm',
			chatId: '5511999990000@c.us',
			phone: '5511999990000',
			type: 'text',
			text: 'hi',
			timestamp: '2025-06-15T15:06:40.000Z',
			isGroup: false,
		});
		expect(finishMessage({ ...draft, type: 'unknown' }).raw).toStrictEqual({ secret: 'payload' });
		expect(finishMessage({ ...draft, event: 'status', type: 'unknown' }).raw).toBeUndefined();
	});

	it('keys a conversation by group id for groups and by chat id when there is no phone', () => {
		const group = finishMessage({ ...draft, chatId: '120363041967849074@g.us', isGroup: true });
		expect(group.conversationKey).toBe('t:waha:s:120363041967849074');
		expect(finishMessage({ ...draft, chatId: 'US.1349', phone: '' }).conversationKey).toBe('t:waha:s:US.1349');
	});
});

describe('readBaileysMessage', () => {
	it('unwraps disappearing and view-once containers', () => {
		const message = {
			ephemeralMessage: {
				message: {
					viewOnceMessageV2: { message: { imageMessage: { mimetype: 'image/jpeg', caption: 'só uma vez' } } },
				},
			},
		};
		expect(readBaileysMessage(message)).toStrictEqual({
			type: 'image',
			text: 'só uma vez',
			media: { mimetype: 'image/jpeg', filename: undefined },
			replyToId: undefined,
		});
	});

	it('reads GOWS spellings (stanzaID, PTT)', () => {
		const gows = { audioMessage: { PTT: true, mimetype: 'audio/ogg; codecs=opus', contextInfo: { stanzaID: 'Q1' } } };
		expect(readBaileysMessage(gows)).toMatchObject({ type: 'voice', replyToId: 'Q1' });
	});

	it('never resolves prototype keys to a reader', () => {
		const unknown = { type: 'unknown', text: '', replyToId: undefined };
		expect(readBaileysMessage(JSON.parse('{"constructor": {"x": 1}}'))).toStrictEqual(unknown);
		expect(readBaileysMessage(JSON.parse('{"__proto__": {"conversation": "x"}}'))).toStrictEqual(unknown);
	});

	it('a location without numeric coordinates is unknown, not NaN', () => {
		expect(readBaileysMessage({ locationMessage: { degreesLatitude: 'north' } })).toMatchObject({ type: 'unknown' });
	});

	it('a native-flow reply without an id is unknown', () => {
		const broken = { interactiveResponseMessage: { nativeFlowResponseMessage: { paramsJson: '{oops' } } };
		expect(readBaileysMessage(broken)).toMatchObject({ type: 'unknown' });
	});
});
