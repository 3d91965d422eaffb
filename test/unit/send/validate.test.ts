import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import type { SendButtonsRequest, SendListRequest } from '../../../nodes/WhatsAppAiSend/providers/types';
import {
	isSingleEmoji,
	requireAddress,
	validateButtons,
	validateList,
	validateMarkRead,
	validateMedia,
	validateReaction,
	validateTemplate,
	validateText,
} from '../../../nodes/WhatsAppAiSend/providers/validate';

/** The SendError `run` throws; fails the test when it throws nothing or something else. */
function errorOf(run: () => void): SendError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(SendError);
		return error as SendError;
	}
	throw new Error('expected a SendError');
}

const buttons = (titles: string[]): SendButtonsRequest => ({
	to: '5511988887777',
	body: 'Qual horário?',
	buttons: titles.map((title, i) => ({ id: `b${i}`, title })),
});

const list = (rowsPerSection: number[], extra: Partial<SendListRequest> = {}): SendListRequest => ({
	to: '5511988887777',
	body: 'Escolha',
	buttonLabel: 'Ver horários',
	sections: rowsPerSection.map((rows, s) => ({
		title: `Seção ${s + 1}`,
		rows: Array.from({ length: rows }, (_, r) => ({ id: `s${s}r${r}`, title: `Opção ${s}.${r}` })),
	})),
	...extra,
});

describe('button limits', () => {
	it('accepts 1 to 3 buttons with titles up to 20 characters', () => {
		expect(() => validateButtons('cloud', buttons(['Sim']))).not.toThrow();
		expect(() => validateButtons('cloud', buttons(['Manhã', 'Tarde', 'x'.repeat(20)]))).not.toThrow();
	});

	it('names the title that is too long, with its length and the limit', () => {
		const error = errorOf(() => validateButtons('waha', buttons(['Manhã', 'Tarde', 'Qualquer horário serve'])));
		expect(error.kind).toBe('validation');
		expect(error.provider).toBe('waha');
		expect(error.field).toBe('buttons[2].title');
		expect(error.message).toBe('buttons[2].title is 22 characters; WhatsApp allows at most 20');
		expect(error.retryable).toBe(false);
		expect(error.outside24hWindow).toBe(false);
	});

	it('rejects no buttons, more than 3, empty titles and repeated ids or titles', () => {
		expect(errorOf(() => validateButtons('cloud', buttons([])))).toMatchObject({ field: 'buttons' });
		expect(errorOf(() => validateButtons('cloud', buttons(['a', 'b', 'c', 'd'])))).toMatchObject({
			field: 'buttons',
			message: expect.stringContaining('1 to 3'),
		});
		expect(errorOf(() => validateButtons('cloud', buttons(['a', ' '])))).toMatchObject({ field: 'buttons[1].title' });
		expect(errorOf(() => validateButtons('cloud', buttons(['Sim', 'Sim'])))).toMatchObject({ field: 'buttons[1].title' });
		const sameId = buttons(['Sim', 'Não']);
		sameId.buttons[1].id = 'b0';
		expect(errorOf(() => validateButtons('cloud', sameId))).toMatchObject({ field: 'buttons[1].id' });
	});

	it('limits the body to 1,024 characters and header and footer to 60', () => {
		expect(errorOf(() => validateButtons('cloud', { ...buttons(['a']), body: 'x'.repeat(1025) }))).toMatchObject({ field: 'body' });
		expect(errorOf(() => validateButtons('cloud', { ...buttons(['a']), body: '' }))).toMatchObject({ field: 'body' });
		expect(errorOf(() => validateButtons('cloud', { ...buttons(['a']), header: 'x'.repeat(61) }))).toMatchObject({ field: 'header' });
		expect(errorOf(() => validateButtons('cloud', { ...buttons(['a']), footer: 'x'.repeat(61) }))).toMatchObject({ field: 'footer' });
	});
});

describe('list limits', () => {
	it('accepts up to 10 rows in total across sections', () => {
		expect(() => validateList('cloud', list([4, 6]))).not.toThrow();
		expect(() => validateList('cloud', list([10], { body: 'x'.repeat(4096) }))).not.toThrow();
	});

	it('rejects more than 10 rows in total', () => {
		expect(errorOf(() => validateList('evolution', list([6, 5])))).toMatchObject({
			field: 'sections',
			message: 'the list has 11 rows; WhatsApp allows at most 10 in total',
		});
	});

	it('names row, description, section title and button label fields', () => {
		const longRow = list([2]);
		longRow.sections[0].rows[1].title = 'x'.repeat(25);
		expect(errorOf(() => validateList('cloud', longRow)).field).toBe('sections[0].rows[1].title');
		const longDescription = list([1]);
		longDescription.sections[0].rows[0].description = 'x'.repeat(73);
		expect(errorOf(() => validateList('cloud', longDescription)).field).toBe('sections[0].rows[0].description');
		const untitled = list([1, 1]);
		untitled.sections[1].title = '';
		expect(errorOf(() => validateList('cloud', untitled)).field).toBe('sections[1].title');
		expect(errorOf(() => validateList('cloud', list([1], { buttonLabel: 'x'.repeat(21) }))).field).toBe('buttonLabel');
		expect(errorOf(() => validateList('cloud', list([1], { body: 'x'.repeat(4097) }))).field).toBe('body');
		expect(errorOf(() => validateList('cloud', list([0]))).field).toBe('sections[0].rows');
		const repeated = list([2]);
		repeated.sections[0].rows[1].id = repeated.sections[0].rows[0].id;
		expect(errorOf(() => validateList('cloud', repeated)).field).toBe('sections[0].rows[1].id');
	});

	it('lets a single section go untitled', () => {
		const single = list([3]);
		delete single.sections[0].title;
		expect(() => validateList('cloud', single)).not.toThrow();
	});
});

describe('template, reaction, text, media, receipts', () => {
	it('checks the template name format and language', () => {
		expect(() => validateTemplate('cloud', { to: '5511', name: 'lembrete_consulta_24h', language: 'pt_BR' })).not.toThrow();
		expect(errorOf(() => validateTemplate('cloud', { to: '5511', name: 'Lembrete Consulta', language: 'pt_BR' }))).toMatchObject({
			field: 'name',
			message: expect.stringContaining('lower-case letters, digits and underscores'),
		});
		expect(errorOf(() => validateTemplate('cloud', { to: '5511', name: 'x'.repeat(513), language: 'pt_BR' })).field).toBe('name');
		expect(errorOf(() => validateTemplate('cloud', { to: '5511', name: 'ok', language: '' })).field).toBe('language');
		expect(errorOf(() => validateTemplate('cloud', { to: '5511', name: 'ok', language: 'pt_BR', parameters: ['Ana', ''] })).field).toBe(
			'parameters[1]',
		);
	});

	it('accepts one emoji or an empty reaction', () => {
		for (const emoji of ['👍', '👍🏽', '❤️', '🇧🇷', '👨‍👩‍👧', '1️⃣', '']) {
			expect(() => validateReaction('waha', { to: '5511', messageId: 'm1', emoji })).not.toThrow();
		}
		for (const emoji of ['👍👍', 'ok', 'a', ':)']) {
			expect(errorOf(() => validateReaction('waha', { to: '5511', messageId: 'm1', emoji })).field).toBe('emoji');
		}
		expect(errorOf(() => validateReaction('waha', { to: '5511', messageId: '', emoji: '👍' })).field).toBe('messageId');
		expect(isSingleEmoji('✅')).toBe(true);
	});

	it('needs a recipient and a non-blank text', () => {
		expect(errorOf(() => validateText('cloud', { to: '', text: 'oi' })).field).toBe('to');
		expect(errorOf(() => validateText('cloud', { to: '5511', text: '   ' })).field).toBe('text');
		expect(errorOf(() => requireAddress('cloud', 'abc', '')).message).toBe('to "abc" holds no phone number or chat id');
	});

	it('needs media from an http(s) URL or non-empty bytes, and a caption within 1,024 characters', () => {
		const base = { to: '5511', kind: 'image' as const };
		expect(() => validateMedia('cloud', { ...base, source: { url: 'https://cdn.example/x.jpg' } })).not.toThrow();
		expect(() => validateMedia('cloud', { ...base, source: { data: Buffer.from('x') } })).not.toThrow();
		expect(errorOf(() => validateMedia('cloud', { ...base, source: { url: 'file:///etc/passwd' } })).field).toBe('source.url');
		expect(errorOf(() => validateMedia('cloud', { ...base, source: { data: Buffer.alloc(0) } })).field).toBe('source.data');
		expect(errorOf(() => validateMedia('cloud', { ...base, kind: 'gif' as never, source: { url: 'https://x/y' } })).field).toBe('kind');
		expect(errorOf(() => validateMedia('cloud', { ...base, source: { url: 'https://x/y.jpg' }, caption: 'x'.repeat(1025) })).field).toBe(
			'caption',
		);
	});

	it('needs message ids to mark as read where the provider does', () => {
		expect(() => validateMarkRead('waha', { to: '5511', messageIds: [] }, false)).not.toThrow();
		expect(errorOf(() => validateMarkRead('cloud', { to: '5511', messageIds: [] }, true)).field).toBe('messageIds');
		expect(errorOf(() => validateMarkRead('cloud', { to: '5511', messageIds: ['a', ''] }, true)).field).toBe('messageIds[1]');
	});
});
