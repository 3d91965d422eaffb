// The simulator's pure helpers: its settings from flags and variables, how it reads the Send
// node's numbered menus, templates, and the chat store's ticks and typing indicator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buttonsMenu, listMenu } from '../../../nodes/WhatsAppAiSend/providers/menu';
import { ConfigError, DEFAULTS, helpText, mergeOptions, optionsFromArgs, optionsFromEnv, resolveConfig } from '../../../simulator/config';
import { mediaKindOf } from '../../../simulator/patient';
import { decodeBase64, guessMime, numberedMenu, recipientProblem, renderTemplate } from '../../../simulator/providers/outbound';
import { ChatStore, FileStore } from '../../../simulator/store';

describe('settings', () => {
	it('defaults to 127.0.0.1:3030 with signing secrets for every provider', () => {
		const config = resolveConfig();
		expect(config).toMatchObject({ host: '127.0.0.1', port: 3030, maxUploadBytes: 16 * 1024 * 1024, typingTimeoutMs: 25_000 });
		expect(config.waha.hmacKey).not.toBe('');
		expect(config.cloud.appSecret).not.toBe('');
		expect(config.evolution.apiKey).not.toBe('');
	});

	it('reads SIMULATOR_* variables and --flags, flags winning', () => {
		const env = optionsFromEnv({
			SIMULATOR_PORT: '4000',
			SIMULATOR_WAHA_HMAC_KEY: 'from-env',
			SIMULATOR_CLOUD_ENFORCE_WINDOW: 'false',
			UNRELATED: 'x',
		});
		const { options: flags, help } = optionsFromArgs([
			'--port',
			'0',
			'--waha-webhook-url=http://n8n:5678/webhook/a',
			'--cloud-enforce-window',
		]);
		const config = resolveConfig(mergeOptions(env, flags));
		expect(help).toBe(false);
		expect(config.port).toBe(0);
		expect(config.waha).toEqual({ ...DEFAULTS.waha, hmacKey: 'from-env', webhookUrl: 'http://n8n:5678/webhook/a' });
		expect(config.cloud.enforceWindow).toBe(true);
		expect(optionsFromEnv({ SIMULATOR_CLOUD_ENFORCE_WINDOW: 'off' })).toEqual({ cloud: { enforceWindow: false } });
	});

	it('keeps defaults for nested settings left undefined in an options object', () => {
		expect(resolveConfig({ waha: { hmacKey: undefined, apiKey: '' } }).waha).toEqual({ ...DEFAULTS.waha, apiKey: '' });
	});

	it('refuses values that cannot work, naming the setting', () => {
		expect(() => optionsFromArgs(['--nope'])).toThrow(ConfigError);
		expect(() => optionsFromArgs(['--port', 'abc'])).toThrow('--port must be a whole number');
		expect(() => optionsFromEnv({ SIMULATOR_CLOUD_ENFORCE_WINDOW: 'maybe' })).toThrow(
			'SIMULATOR_CLOUD_ENFORCE_WINDOW must be true or false',
		);
		expect(() => resolveConfig({ port: 70000 })).toThrow('not a TCP port');
		expect(() => resolveConfig({ cloud: { webhookUrl: 'ftp://x' } })).toThrow('not an http(s) URL');
		expect(() => resolveConfig({ waha: { session: '../x' } })).toThrow('not a session name');
	});

	it('reads template bodies from a JSON file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'simulator-config-'));
		try {
			writeFileSync(join(dir, 'templates.json'), JSON.stringify({ lembrete: 'Olá {{1}}' }));
			writeFileSync(join(dir, 'bad.json'), JSON.stringify({ lembrete: 3 }));
			expect(optionsFromArgs(['--templates-file', join(dir, 'templates.json')]).options).toEqual({ templates: { lembrete: 'Olá {{1}}' } });
			expect(() => optionsFromEnv({ SIMULATOR_TEMPLATES_FILE: join(dir, 'bad.json') })).toThrow('must hold a JSON object');
			expect(() => optionsFromEnv({ SIMULATOR_TEMPLATES_FILE: join(dir, 'missing.json') })).toThrow('cannot read');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('documents every flag with its variable', () => {
		expect(optionsFromArgs(['--help']).help).toBe(true);
		expect(helpText()).toContain('--evolution-api-key');
		expect(helpText()).toContain('SIMULATOR_EVOLUTION_API_KEY');
	});
});

describe('numbered menus', () => {
	it("reads the Send node's buttons fallback back into its options", () => {
		const menu = buttonsMenu({
			to: '1',
			body: 'Como posso ajudar?',
			header: 'Clínica Vida',
			footer: 'Atendimento 24h',
			buttons: [
				{ id: 'book', title: 'Marcar' },
				{ id: 'cancel', title: 'Cancelar' },
				{ id: 'human', title: 'Falar com alguém' },
			],
		});
		expect(numberedMenu(menu.text)).toEqual([
			{ id: '1', title: 'Marcar' },
			{ id: '2', title: 'Cancelar' },
			{ id: '3', title: 'Falar com alguém' },
		]);
	});

	it("reads the Send node's list fallback, numbered across sections, with descriptions", () => {
		const menu = listMenu({
			to: '1',
			body: 'Escolha um horário',
			buttonLabel: 'Horários',
			sections: [
				{ title: 'Manhã', rows: [{ id: 'a', title: '09:00', description: 'Dra. Ana' }] },
				{
					title: 'Tarde',
					rows: [
						{ id: 'b', title: '14:00' },
						{ id: 'c', title: '16:30', description: 'Dr. Bruno' },
					],
				},
			],
		});
		expect(numberedMenu(menu.text)).toEqual([
			{ id: '1', title: '09:00', description: 'Dra. Ana' },
			{ id: '2', title: '14:00' },
			{ id: '3', title: '16:30', description: 'Dr. Bruno' },
		]);
	});

	it('finds none in ordinary text or numbers out of order', () => {
		expect(numberedMenu('Olá! Como posso ajudar?')).toBeUndefined();
		expect(numberedMenu('2. segundo\n3. terceiro')).toBeUndefined();
	});
});

describe('outbound helpers', () => {
	it('renders a template body with its parameters', () => {
		const templates = { lembrete: 'Olá {{1}}, sua consulta é {{2}}. {{3}}' };
		expect(renderTemplate(templates, 'lembrete', ['Ana', 'amanhã às 9h'])).toBe('Olá Ana, sua consulta é amanhã às 9h. {{3}}');
		expect(renderTemplate(templates, 'other', ['x'])).toBe('');
	});

	it('accepts one-to-one chats only', () => {
		expect(recipientProblem('5511988887777@c.us')).toBeUndefined();
		expect(recipientProblem('5511988887777@s.whatsapp.net')).toBeUndefined();
		expect(recipientProblem('+55 11 98888-7777')).toBeUndefined();
		expect(recipientProblem('120363000000000000@g.us')).toMatch(/g\.us/);
		expect(recipientProblem('123')).toMatch(/not a WhatsApp number/);
	});

	it('decodes only real base64', () => {
		expect(decodeBase64('aGVsbG8=')?.toString()).toBe('hello');
		expect(decodeBase64('data:image/png;base64,aGVsbG8=')).toBeUndefined();
		expect(decodeBase64('not base64!')).toBeUndefined();
	});

	it('guesses MIME types from names and kinds', () => {
		expect(guessMime('image', 'https://cdn.example/a/raio-x.PNG?x=1')).toBe('image/png');
		expect(guessMime('voice', 'https://cdn.example/a')).toBe('audio/ogg; codecs=opus');
		expect(guessMime('document')).toBe('application/octet-stream');
	});

	it('tells the media kind of a patient file', () => {
		expect(mediaKindOf('image/jpeg')).toBe('image');
		expect(mediaKindOf('image/webp')).toBe('sticker');
		expect(mediaKindOf('audio/ogg; codecs=opus')).toBe('voice');
		expect(mediaKindOf('audio/mpeg')).toBe('audio');
		expect(mediaKindOf('audio/mpeg', true)).toBe('voice');
		expect(mediaKindOf('audio/ogg', false)).toBe('audio');
		expect(mediaKindOf('application/pdf')).toBe('document');
	});
});

describe('chat store', () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	function storeWithMessages() {
		const store = new ChatStore(25_000);
		const chat = store.open('waha', '5511988887777', 'Ana');
		const first = store.add(chat.id, { id: 'p1', author: 'patient', kind: 'text', text: 'oi', status: 'sent' });
		const second = store.add(chat.id, { id: 'p2', author: 'patient', kind: 'text', text: 'tudo bem?', status: 'sent' });
		const third = store.add(chat.id, { id: 'p3', author: 'patient', kind: 'text', text: 'queria marcar', status: 'sent' });
		return { store, chat, first, second, third };
	}

	it('reading a message reads every earlier one, and nothing later', () => {
		const { store, chat, first, second, third } = storeWithMessages();
		expect(store.markRead(chat.id, ['p2'])).toBe(2);
		expect([first.status, second.status, third.status]).toEqual(['read', 'read', 'sent']);
		expect(store.markRead(chat.id)).toBe(1);
		expect(third.status).toBe('read');
	});

	it('never lowers a tick: a late webhook answer does not undo a read', () => {
		const { store, chat, first } = storeWithMessages();
		store.markRead(chat.id, ['p1']);
		store.raiseTick(first, 'delivered');
		store.raiseTick(first, 'failed');
		expect(first.status).toBe('read');
	});

	it('shows typing until the business writes or the timeout passes', () => {
		const { store, chat } = storeWithMessages();
		store.setTyping(chat.id, true);
		expect(store.chat(chat.id)?.typing).toBe(true);
		store.add(chat.id, { id: 'b1', author: 'business', kind: 'text', text: 'Olá!' });
		expect(store.chat(chat.id)?.typing).toBe(false);
		store.setTyping(chat.id, true);
		jest.advanceTimersByTime(24_999);
		expect(store.chat(chat.id)?.typing).toBe(true);
		jest.advanceTimersByTime(1);
		expect(store.chat(chat.id)?.typing).toBe(false);
	});

	it('announces changes as events', () => {
		const store = new ChatStore(1000);
		const events: string[] = [];
		store.on('chat', (chat) => events.push(`chat ${chat.id} typing=${chat.typing}`));
		store.on('message', (message) => events.push(`message ${message.id}`));
		store.on('removed', (id) => events.push(`removed ${id}`));
		const chat = store.open('cloud', '5511988887777');
		store.setTyping(chat.id, true);
		store.add(chat.id, { id: 'b1', author: 'business', kind: 'text', text: 'Olá' });
		store.remove(chat.id);
		expect(events).toEqual([
			'chat cloud:5511988887777 typing=false',
			'chat cloud:5511988887777 typing=true',
			'message b1',
			'chat cloud:5511988887777 typing=false',
			'removed cloud:5511988887777',
		]);
	});

	it('forgets the oldest files past its memory budget, aliases included', () => {
		const files = new FileStore(10);
		const a = files.put(Buffer.alloc(6), 'image/png');
		files.alias('cloud', '111', a.id);
		const b = files.put(Buffer.alloc(6), 'image/png');
		expect(files.get(a.id)).toBeUndefined();
		expect(files.byAlias('cloud', '111')).toBeUndefined();
		expect(files.get(b.id)?.sha256).toMatch(/^[0-9a-f]{64}$/);
	});
});
