import { answerCloudChallenge, WebhookPayloadError } from '../../../nodes/WhatsAppAiTrigger/providers';
import { cloudProvider } from '../../../nodes/WhatsAppAiTrigger/providers/cloud';
import { CONTEXT, fixture, NOW, onlyParsedMessage, parseFixture } from './fixtures';

const SESSION = '106540352242922';

// What every message from the fixture customer shares.
const fromCustomer = {
	event: 'message',
	provider: 'cloud',
	tenant: 'clinic-a',
	session: SESSION,
	conversationKey: `clinic-a:cloud:${SESSION}:16505551234`,
	chatId: '16505551234',
	phone: '16505551234',
	contactName: 'Sheena Nelson',
	timestamp: '2025-06-15T15:06:40.000Z',
	isGroup: false,
} as const;
const { contactName: _unnamed, ...addressedToCustomer } = fromCustomer;

const onlyMessage = (name: string) => onlyParsedMessage('cloud', name);

describe('Cloud API messages', () => {
	it('text', () => {
		expect(onlyMessage('text')).toStrictEqual({
			fromMe: false,
			message: {
				...fromCustomer,
				messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=',
				type: 'text',
				text: 'Does it come in another color?',
			},
		});
	});

	it('image with caption and media id', () => {
		expect(onlyMessage('image').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
			type: 'image',
			text: 'Taj Mahal',
			media: {
				id: '1003383421387256',
				url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003383421387256&ext=1750000000&hash=ATtR',
				mimetype: 'image/jpeg',
			},
		});
	});

	it('audio without voice flag', () => {
		expect(onlyMessage('audio').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUVGQTE0QjMyMTBFRUYyNjNCOQA=',
			type: 'audio',
			text: '',
			media: { id: '1003383421387257', mimetype: 'audio/mpeg' },
		});
	});

	it('voice recording (audio.voice true)', () => {
		expect(onlyMessage('voice').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUQ5MEM0MkUzMUNBMjQ1RDgzNQA=',
			type: 'voice',
			text: '',
			media: { id: '1003383421387258', mimetype: 'audio/ogg; codecs=opus' },
		});
	});

	it('video', () => {
		expect(onlyMessage('video').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTA1QzlGQTFFNTZDRDNCNzA4MQA=',
			type: 'video',
			text: 'Unboxing',
			media: { id: '1003383421387259', mimetype: 'video/mp4' },
		});
	});

	it('document with file name', () => {
		expect(onlyMessage('document').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUZGOEI5MzlGRDI4NUY1OTNBNAA=',
			type: 'document',
			text: 'Lucky Shrub Invoice',
			media: { id: '1003383421387260', mimetype: 'application/pdf', filename: 'lucky-shrub-invoice.pdf' },
		});
	});

	it('sticker', () => {
		expect(onlyMessage('sticker').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUQ1QTY3N0IwNEZDRkUyNTg3NwA=',
			type: 'sticker',
			text: '',
			media: { id: '1003383421387261', mimetype: 'image/webp' },
		});
	});

	it('location', () => {
		expect(onlyMessage('location').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUIyRjk0NDIwNDZBMTZEQzJBNQA=',
			type: 'location',
			text: '',
			location: {
				latitude: 37.483307,
				longitude: -122.148981,
				name: 'Philz Coffee',
				address: '1 Hacker Way, Menlo Park, CA 94025',
			},
		});
	});

	it('contacts as readable text', () => {
		expect(onlyMessage('contacts').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgB=',
			type: 'contacts',
			text: 'Barbara J. Johnson: +1 (415) 555-0829, +1 (415) 555-0830',
		});
	});

	it('reaction', () => {
		expect(onlyMessage('reaction').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUU5NUJGQzY1QjQ3RjVDQjA1NgA=',
			type: 'reaction',
			text: '😀',
			replyToId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQ0QkYzQjI5QjFDMzQ3REQA',
		});
	});

	it('quoted reply', () => {
		expect(onlyMessage('reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTc1N0NCMTM4MUVBQUQ4NTNCOQA=',
			type: 'text',
			text: 'Yes, tomorrow at 3pm works',
			replyToId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQ0QkYzQjI5QjFDMzQ3REQA',
		});
	});

	it('interactive button reply', () => {
		expect(onlyMessage('button_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTk4QUQ2NjA4OEIzMzVFOUVBQQA=',
			type: 'button',
			text: 'Confirm',
			button: { id: 'confirm_appt_981', title: 'Confirm' },
			replyToId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCVVRUT05TMDAwMDAwMDAwMQA=',
		});
	});

	it('interactive list reply', () => {
		expect(onlyMessage('list_reply').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTlBMjNGNEQ0NDBCQUQ0RkMwNAA=',
			type: 'list',
			text: 'Tue 2:00 PM',
			button: { id: 'slot_2025-06-17T14:00', title: 'Tue 2:00 PM' },
			replyToId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJMSVNUMDAwMDAwMDAwMDAxAA==',
		});
	});

	it('template quick-reply button: payload is the id', () => {
		expect(onlyMessage('template_button').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTcyN0Q1MzkxRDNDQjdFRjg4MAA=',
			type: 'button',
			text: 'Stop promotions',
			button: { id: 'STOP_PROMOTIONS', title: 'Stop promotions' },
			replyToId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJURU1QTEFURTAwMDAwMDAwMQA=',
		});
	});

	it('unsupported type: unknown, raw kept, Meta errors carried', () => {
		const raw = fixture('cloud', 'unsupported').entry[0].changes[0].value.messages[0];
		expect(onlyMessage('unsupported').message).toStrictEqual({
			...fromCustomer,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUU2QjQ2QjY3QTRBNDJGMzI2NQA=',
			type: 'unknown',
			text: '',
			errors: [{ code: 131051, title: 'Message type unknown' }],
			raw,
		});
	});

	it('group message: chat is the group id, phone the sender', () => {
		expect(onlyMessage('group_text').message).toStrictEqual({
			...fromCustomer,
			conversationKey: `clinic-a:cloud:${SESSION}:Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjA`,
			chatId: 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjA',
			isGroup: true,
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgC=',
			type: 'text',
			text: 'What does everyone think about this?',
		});
	});

	it('user known only by business-scoped id: no phone, replies go to the user id', () => {
		expect(onlyMessage('username_only').message).toStrictEqual({
			...fromCustomer,
			conversationKey: `clinic-a:cloud:${SESSION}:US.13491208655302741918`,
			chatId: 'US.13491208655302741918',
			phone: '',
			contactName: 'Pablo M.',
			messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMQA=',
			type: 'text',
			text: 'Hi from my username',
		});
	});

	it('message echo from the Business app is fromMe, addressed to the recipient', () => {
		expect(onlyMessage('echo')).toStrictEqual({
			fromMe: true,
			message: {
				...addressedToCustomer,
				messageId: 'wamid.HBgLMTY0NjcwNDM1OTUVAgARGBIyNDlBOEI5QUQ4NDc0N0FCNjMA',
				type: 'text',
				text: "Here's the info you requested!",
			},
		});
	});

	it('a batch with several entries, changes and messages yields one item per message and status', () => {
		const other = {
			...fromCustomer,
			conversationKey: `clinic-a:cloud:${SESSION}:16315551181`,
			chatId: '16315551181',
			phone: '16315551181',
			contactName: 'Kerry Fisher',
		};
		const secondNumber = {
			...other,
			session: '106540352242923',
			conversationKey: 'clinic-a:cloud:106540352242923:16315551181',
		};
		const { contactName: _receiptsCarryNoName, ...secondNumberReceipt } = secondNumber;
		expect(parseFixture('cloud', 'batch')).toStrictEqual({
			sentAt: 1_750_000_004_000,
			sessionEvents: [],
			ignored: [],
			messages: [
				{
					fromMe: false,
					message: {
						...fromCustomer,
						messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDEA',
						type: 'text',
						text: 'First',
					},
				},
				{
					fromMe: false,
					message: {
						...other,
						messageId: 'wamid.HBgLMTYzMTU1NTExODEVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDIA',
						type: 'text',
						text: 'Second',
						timestamp: '2025-06-15T15:06:42.000Z',
					},
				},
				{
					fromMe: false,
					message: {
						...secondNumber,
						messageId: 'wamid.HBgLMTYzMTU1NTExODEVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDMA',
						type: 'text',
						text: 'Third',
						timestamp: '2025-06-15T15:06:43.000Z',
					},
				},
				{
					fromMe: false,
					message: {
						...secondNumberReceipt,
						event: 'status',
						messageId: 'wamid.HBgLMTYzMTU1NTExODEVAgARGBJCQVRDSDAwMDAwMDAwMDA0AA==',
						type: 'unknown',
						text: '',
						status: 'delivered',
						timestamp: '2025-06-15T15:06:44.000Z',
					},
				},
			],
		});
	});
});

describe('Cloud API statuses', () => {
	const status = {
		...addressedToCustomer,
		event: 'status',
		messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA',
		type: 'unknown',
		text: '',
		timestamp: '2025-06-15T15:07:40.000Z',
	};

	it.each(['sent', 'delivered', 'read', 'played'])('%s', (name) => {
		expect(onlyMessage(`status_${name}`)).toStrictEqual({ fromMe: false, message: { ...status, status: name } });
	});

	it('failed carries errors as {code, title}', () => {
		expect(onlyMessage('status_failed')).toStrictEqual({
			fromMe: false,
			message: { ...status, status: 'failed', errors: [{ code: 131047, title: 'Re-engagement message' }] },
		});
	});

	it('statuses outside the schema are ignored with a reason', () => {
		const deleted = fixture('cloud', 'status_read');
		deleted.entry[0].changes[0].value.statuses[0].status = 'deleted';
		expect(cloudProvider.parse(deleted, CONTEXT)).toStrictEqual({
			sentAt: 1_750_000_060_000,
			messages: [],
			sessionEvents: [],
			ignored: [{ reason: 'status deleted not reported' }],
		});
	});
});

describe('Cloud API envelope', () => {
	it.each([
		[null, 'body is not a JSON object'],
		['whatsapp_business_account', 'body is not a JSON object'],
		[{ object: 'page', entry: [] }, 'object is not whatsapp_business_account'],
		[{ object: 'whatsapp_business_account' }, 'entry is not a list'],
		[{ object: 'whatsapp_business_account', entry: {} }, 'entry is not a list'],
	])('%j is rejected as a payload error', (body, reason) => {
		expect(() => cloudProvider.parse(body, CONTEXT)).toThrow(WebhookPayloadError);
		expect(() => cloudProvider.parse(body, CONTEXT)).toThrow(reason);
	});

	it('webhook-level errors and other fields are ignored with reasons', () => {
		expect(parseFixture('cloud', 'value_errors').ignored).toStrictEqual([{ reason: 'error 130429: Rate limit hit' }]);
		expect(parseFixture('cloud', 'template_status_update').ignored).toStrictEqual([
			{ reason: 'field message_template_status_update not handled' },
		]);
	});

	it('a message without timestamp gets the clock; one without id is ignored', () => {
		const body = fixture('cloud', 'text');
		const [message] = body.entry[0].changes[0].value.messages;
		delete message.timestamp;
		expect(cloudProvider.parse(body, CONTEXT).messages[0].message.timestamp).toBe(NOW.toISOString());
		delete message.id;
		expect(cloudProvider.parse(body, CONTEXT).ignored).toStrictEqual([{ reason: 'message without id or sender' }]);
	});
});

describe('answerCloudChallenge', () => {
	const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok-123', 'hub.challenge': '1158201444' };

	it('answers the challenge when mode and token match', () => {
		expect(answerCloudChallenge(query, 'tok-123')).toStrictEqual({ ok: true, challenge: '1158201444' });
	});

	it.each([
		[query, 'tok-999', 'verify token mismatch'],
		[query, '', 'no verify token configured'],
		[query, undefined, 'no verify token configured'],
		[{ ...query, 'hub.mode': 'unsubscribe' }, 'tok-123', 'hub.mode is not subscribe'],
		[{ ...query, 'hub.verify_token': undefined }, 'tok-123', 'verify token mismatch'],
		[{ ...query, 'hub.challenge': '' }, 'tok-123', 'missing hub.challenge'],
	])('refuses %j with token %j', (params, token, reason) => {
		expect(answerCloudChallenge(params, token)).toStrictEqual({ ok: false, reason });
	});
});
