import { KeyPartError } from '../../../nodes/shared/keyParts';
import { conversationKeyOf } from '../../../nodes/shared/message';
import { matchMenuReply, type MenuOption } from '../../../nodes/shared/menuStore';
import { buttonsMenu, conversationKeyForRecipient, DEFAULT_MENU_INSTRUCTION, listMenu } from '../../../nodes/WhatsAppAiSend/providers/menu';

describe('numbered menu rendering', () => {
	it('renders buttons as header, body, numbered options, instruction and footer', () => {
		const menu = buttonsMenu({
			to: '5511988887777',
			header: 'Clínica Vida',
			body: 'Quando prefere ser atendido?',
			footer: 'Atendimento de seg. a sex.',
			buttons: [
				{ id: 'morning', title: 'Manhã' },
				{ id: 'afternoon', title: 'Tarde' },
			],
		});
		expect(menu.text).toBe(
			'Clínica Vida\n\nQuando prefere ser atendido?\n\n1. Manhã\n2. Tarde\n\nResponda com o número da opção.\n\nAtendimento de seg. a sex.',
		);
		expect(menu.options).toEqual([
			{ id: 'morning', title: 'Manhã' },
			{ id: 'afternoon', title: 'Tarde' },
		]);
	});

	it('leaves out absent parts and uses a custom or empty instruction', () => {
		const request = { to: '1', body: 'Confirma?', buttons: [{ id: 'y', title: 'Sim' }] };
		expect(buttonsMenu(request).text).toBe(`Confirma?\n\n1. Sim\n\n${DEFAULT_MENU_INSTRUCTION}`);
		expect(buttonsMenu({ ...request, menuInstruction: 'Reply with a number.' }).text).toBe('Confirma?\n\n1. Sim\n\nReply with a number.');
		expect(buttonsMenu({ ...request, menuInstruction: '' }).text).toBe('Confirma?\n\n1. Sim');
	});

	it('numbers list rows continuously across sections, with section titles as plain lines', () => {
		const menu = listMenu({
			to: '1',
			body: 'Horários de terça:',
			buttonLabel: 'Ver horários',
			sections: [
				{
					title: 'Manhã',
					rows: [
						{ id: 't08', title: '08:00', description: 'Dra. Ana' },
						{ id: 't09', title: '09:00' },
					],
				},
				{ title: 'Tarde', rows: [{ id: 't14', title: '14:00' }] },
			],
		});
		expect(menu.text).toBe(
			'Horários de terça:\n\nManhã\n1. 08:00 — Dra. Ana\n2. 09:00\n\nTarde\n3. 14:00\n\nResponda com o número da opção.',
		);
		expect(menu.options.map((option) => option.id)).toEqual(['t08', 't09', 't14']);
	});
});

describe('conversationKeyForRecipient', () => {
	it('gives the key the trigger derives for the reply', () => {
		expect(conversationKeyForRecipient('clinic-a', 'waha', 'default', '5511988887777@c.us')).toBe('clinic-a:waha:default:5511988887777');
		expect(conversationKeyForRecipient('t', 'cloud', '1234567890', '+55 11 98888-7777')).toBe('t:cloud:1234567890:5511988887777');
		expect(conversationKeyForRecipient('t', 'evolution', 'clinic', '120363025@g.us')).toBe('t:evolution:clinic:120363025');
	});
});

describe('matchMenuReply', () => {
	const options: MenuOption[] = [
		{ id: 'morning', title: 'Manhã' },
		{ id: 'afternoon', title: 'Tarde' },
		{ id: 'any', title: 'Qualquer horário' },
	];

	it.each([
		['2', 'afternoon'],
		['2.', 'afternoon'],
		[' 2 ', 'afternoon'],
		['2)', 'afternoon'],
		['opção 2', 'afternoon'],
		['Opcao 2', 'afternoon'],
		['opção nº 3', 'any'],
		['#1', 'morning'],
		['2️⃣', 'afternoon'],
		['manha', 'morning'],
		['MANHÃ!', 'morning'],
		['qualquer horario', 'any'],
		['3. Qualquer horário', 'any'],
	])('matches %j to %s', (reply, id) => {
		expect(matchMenuReply(options, reply)?.id).toBe(id);
	});

	it.each(['4', '0', '', 'talvez', '2 pessoas', '1. Tarde', 'manhã ou tarde'])('does not match %j', (reply) => {
		expect(matchMenuReply(options, reply)).toBeUndefined();
	});

	it('answers a reply made of punctuation at once instead of blocking the event loop', () => {
		// 20,000 characters took 1.2 s when the edge trimming ran on text of any length.
		for (const reply of ['.'.repeat(50_000) + 'x', '"'.repeat(50_000), '2' + '.'.repeat(50_000)]) {
			const started = process.hrtime.bigint();
			expect(matchMenuReply(options, reply)).toBeUndefined();
			expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
		}
	});
});

describe('conversation keys', () => {
	it('refuse a tenant or session with ":" so no two conversations share a key', () => {
		// Unescaped, tenant "a:waha" + session "s" and tenant "a" + session "waha:s" gave one key.
		expect(() => conversationKeyOf('a:waha', 'waha', 's', '5511')).toThrow(KeyPartError);
		expect(() => conversationKeyOf('a', 'waha', 'waha:s', '5511')).toThrow('session "waha:s" must not contain ":"');
		expect(() => conversationKeyOf('clinic a', 'waha', 's', '5511')).toThrow(KeyPartError);
		expect(() => conversationKeyOf('', 'waha', 's', '5511')).toThrow('tenant must be a non-empty name');
		expect(conversationKeyOf('clínica-são_josé.1', 'cloud', '106540352242922', '5511')).toBe(
			'clínica-são_josé.1:cloud:106540352242922:5511',
		);
	});
});
