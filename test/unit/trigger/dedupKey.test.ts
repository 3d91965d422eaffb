import type { InboundMessage } from '../../../nodes/shared/message';
import { dedupKey, dedupKeyNamesPhone } from '../../../nodes/WhatsAppAiTrigger/dedup';

// Which dedup keys an LGPD erase of 5511988887777 in tenant "clinic" takes.
const phone = '5511988887777';

function keyOf(messageId: string, extra: Partial<InboundMessage> = {}): string {
	return dedupKey('wa:', {
		event: 'message',
		tenant: 'clinic',
		provider: 'waha',
		session: 'default',
		messageId,
		...extra,
	} as InboundMessage);
}

describe('dedupKeyNamesPhone', () => {
	it.each([
		['a direct WAHA message', keyOf(`false_${phone}@c.us_3EB0A1`)],
		['a group message by the member', keyOf(`false_120363025246125486@g.us_3EB0B2_${phone}@c.us`)],
		['a status of a message sent to them', keyOf(`true_${phone}@c.us_3EB0C3`, { event: 'status', status: 'read' })],
		['an id with a device suffix', keyOf(`false_${phone}:12@s.whatsapp.net_3EB0`)],
	])('takes %s', (_, key) => {
		expect(dedupKeyNamesPhone(key, 'wa:', 'clinic', phone)).toBe(true);
	});

	it.each([
		['a longer number starting with the digits', keyOf(`false_${phone}7@c.us_3EB0`)],
		['a longer number ending with the digits', keyOf(`false_1${phone}@c.us_3EB0`)],
		['a Cloud API id', keyOf('wamid.HBgNNTUxMTk4ODg4Nzc3NxUCABIYFjNFQjA=', { provider: 'cloud' })],
		[
			'another tenant',
			dedupKey('wa:', {
				event: 'message',
				tenant: 'clinic2',
				provider: 'waha',
				session: 'default',
				messageId: `false_${phone}@c.us_1`,
			} as InboundMessage),
		],
		[
			'a session named like the number',
			dedupKey('wa:', { event: 'message', tenant: 'clinic', provider: 'waha', session: phone, messageId: '3EB0' } as InboundMessage),
		],
		['a key that is not a dedup key', `wa:dedupx:clinic:waha:default:false_${phone}@c.us_1:message`],
		['an unknown provider', `wa:dedup:clinic:other:default:false_${phone}@c.us_1:message`],
		['no event suffix', `wa:dedup:clinic:waha:default:false_${phone}@c.us_1`],
	])('leaves %s', (_, key) => {
		expect(dedupKeyNamesPhone(key, 'wa:', 'clinic', phone)).toBe(false);
	});
});
