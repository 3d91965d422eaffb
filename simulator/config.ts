// The simulator's settings: an options object for in-process use, environment variables and
// command-line flags for `npm run simulator`. One table names every setting once, so a flag,
// its variable and its option never drift apart.

import { readFileSync } from 'node:fs';

export interface WahaSettings {
	/** The n8n webhook the patient's messages are posted to; '' posts only to webhooks n8n registered. */
	webhookUrl: string;
	/** Signs X-Webhook-Hmac (HMAC-SHA512); '' sends unsigned webhooks. */
	hmacKey: string;
	/** X-Api-Key the /api endpoints require; '' lets every request in, as WAHA without WAHA_API_KEY does. */
	apiKey: string;
	session: string;
}

export interface CloudSettings {
	webhookUrl: string;
	/** Signs X-Hub-Signature-256 (HMAC-SHA256); '' sends unsigned webhooks. */
	appSecret: string;
	/** Sent as hub.verify_token in the subscription check (verifyCloudWebhook). */
	verifyToken: string;
	phoneNumberId: string;
	businessAccountId: string;
	/** Bearer token the Graph endpoints require; '' lets every request in. */
	accessToken: string;
	/** Refuse free-form messages (error 131047) when the patient wrote nothing in the last 24 hours. */
	enforceWindow: boolean;
}

export interface EvolutionSettings {
	webhookUrl: string;
	instance: string;
	/** The apikey header the endpoints require, and the `apikey` field of every webhook body. */
	apiKey: string;
}

export interface SimulatorConfig {
	/** 0 picks a free port. */
	port: number;
	host: string;
	/** The base URL n8n reaches the simulator at, for media URLs in webhooks; default http://<host>:<port>. */
	publicUrl: string;
	/** The clinic's own number (WAHA `me`, Cloud display_phone_number, Evolution `sender`). */
	businessPhone: string;
	businessName: string;
	waha: WahaSettings;
	cloud: CloudSettings;
	evolution: EvolutionSettings;
	/** Template bodies by name, with {{1}}, {{2}}… placeholders, so templates show as patients read them. */
	templates: Record<string, string>;
	/** Largest file the patient may send; WhatsApp's media limit is 16 MB. */
	maxUploadBytes: number;
	/** How long "typing…" lasts without a message (the Cloud API documents 25 s). */
	typingTimeoutMs: number;
	/** How long a webhook POST to n8n may take. */
	webhookTimeoutMs: number;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
export type SimulatorOptions = DeepPartial<SimulatorConfig>;

export const DEFAULTS: SimulatorConfig = {
	port: 3030,
	host: '127.0.0.1',
	publicUrl: '',
	businessPhone: '5511933334444',
	businessName: 'Clínica',
	waha: {
		webhookUrl: 'http://127.0.0.1:5678/webhook/whatsapp/clinic',
		hmacKey: 'simulator-waha-hmac-key',
		apiKey: 'simulator-waha-api-key',
		session: 'default',
	},
	cloud: {
		webhookUrl: 'http://127.0.0.1:5678/webhook/whatsapp/vet',
		appSecret: 'simulator-cloud-app-secret',
		verifyToken: 'simulator-cloud-verify-token',
		phoneNumberId: '106540352242922',
		businessAccountId: '102290129340398',
		accessToken: 'simulator-cloud-access-token',
		enforceWindow: true,
	},
	evolution: {
		webhookUrl: 'http://127.0.0.1:5678/webhook/whatsapp/evolution',
		instance: 'clinic',
		apiKey: 'simulator-evolution-api-key',
	},
	templates: {},
	maxUploadBytes: 16 * 1024 * 1024,
	typingTimeoutMs: 25_000,
	webhookTimeoutMs: 10_000,
};

/** `templates`: a JSON file of {name: body}. */
type Kind = 'string' | 'number' | 'boolean' | 'templates';

interface Setting {
	/** `--<flag>` on the command line, SIMULATOR_<FLAG> in the environment. */
	flag: string;
	path: [keyof SimulatorConfig] | ['waha' | 'cloud' | 'evolution', string];
	kind: Kind;
	help: string;
}

export const SETTINGS: Setting[] = [
	{ flag: 'port', path: ['port'], kind: 'number', help: 'port to listen on; 0 picks a free one' },
	{ flag: 'host', path: ['host'], kind: 'string', help: 'address to listen on' },
	{ flag: 'public-url', path: ['publicUrl'], kind: 'string', help: 'URL n8n reaches the simulator at (media URLs)' },
	{ flag: 'business-phone', path: ['businessPhone'], kind: 'string', help: "the clinic's own number" },
	{ flag: 'business-name', path: ['businessName'], kind: 'string', help: "the clinic's profile name" },
	{ flag: 'waha-webhook-url', path: ['waha', 'webhookUrl'], kind: 'string', help: 'n8n webhook for WAHA chats' },
	{ flag: 'waha-hmac-key', path: ['waha', 'hmacKey'], kind: 'string', help: 'WAHA webhook HMAC key' },
	{ flag: 'waha-api-key', path: ['waha', 'apiKey'], kind: 'string', help: 'X-Api-Key the WAHA endpoints require' },
	{ flag: 'waha-session', path: ['waha', 'session'], kind: 'string', help: 'WAHA session name' },
	{ flag: 'cloud-webhook-url', path: ['cloud', 'webhookUrl'], kind: 'string', help: 'n8n webhook for Cloud API chats' },
	{ flag: 'cloud-app-secret', path: ['cloud', 'appSecret'], kind: 'string', help: 'Meta app secret (signature key)' },
	{ flag: 'cloud-verify-token', path: ['cloud', 'verifyToken'], kind: 'string', help: 'webhook verify token' },
	{ flag: 'cloud-phone-number-id', path: ['cloud', 'phoneNumberId'], kind: 'string', help: 'phone_number_id' },
	{ flag: 'cloud-business-account-id', path: ['cloud', 'businessAccountId'], kind: 'string', help: 'WABA id' },
	{ flag: 'cloud-access-token', path: ['cloud', 'accessToken'], kind: 'string', help: 'bearer token the Graph endpoints require' },
	{ flag: 'cloud-enforce-window', path: ['cloud', 'enforceWindow'], kind: 'boolean', help: 'refuse free-form sends outside 24 h' },
	{ flag: 'evolution-webhook-url', path: ['evolution', 'webhookUrl'], kind: 'string', help: 'n8n webhook for Evolution chats' },
	{ flag: 'evolution-instance', path: ['evolution', 'instance'], kind: 'string', help: 'Evolution instance name' },
	{ flag: 'evolution-api-key', path: ['evolution', 'apiKey'], kind: 'string', help: 'Evolution apikey (endpoints and webhooks)' },
	{
		flag: 'templates-file',
		path: ['templates'],
		kind: 'templates',
		help: 'JSON file {"template_name": "Olá {{1}}…"} to show template bodies',
	},
	{ flag: 'max-upload-bytes', path: ['maxUploadBytes'], kind: 'number', help: 'largest file the patient may send' },
	{ flag: 'typing-timeout-ms', path: ['typingTimeoutMs'], kind: 'number', help: 'how long "typing…" lasts' },
	{ flag: 'webhook-timeout-ms', path: ['webhookTimeoutMs'], kind: 'number', help: 'timeout of a webhook POST' },
];

export const envName = (setting: Setting) => `SIMULATOR_${setting.flag.toUpperCase().replace(/-/g, '_')}`;

export class ConfigError extends Error {}

function convert(setting: Setting, raw: string, where: string): string | number | boolean | Record<string, string> {
	if (setting.kind === 'string') return raw;
	if (setting.kind === 'templates') return readTemplates(raw, where);
	if (setting.kind === 'number') {
		const value = Number(raw);
		if (raw.trim() === '' || !Number.isInteger(value) || value < 0) throw new ConfigError(`${where} must be a whole number, got "${raw}"`);
		return value;
	}
	if (/^(1|true|yes|on)$/i.test(raw)) return true;
	if (/^(0|false|no|off)$/i.test(raw)) return false;
	throw new ConfigError(`${where} must be true or false, got "${raw}"`);
}

function readTemplates(file: string, where: string): Record<string, string> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new ConfigError(`${where}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
	const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : [];
	if (entries.length === 0 || entries.some(([, body]) => typeof body !== 'string')) {
		throw new ConfigError(`${where}: ${file} must hold a JSON object of template names to body texts`);
	}
	return Object.fromEntries(entries) as Record<string, string>;
}

function assign(options: SimulatorOptions, setting: Setting, value: string | number | boolean | Record<string, string>): void {
	const target = options as Record<string, unknown>;
	const [first, second] = setting.path;
	if (second === undefined) {
		target[first] = value;
		return;
	}
	target[first] = { ...(target[first] as object | undefined), [second]: value };
}

/** Settings given as SIMULATOR_* variables. */
export function optionsFromEnv(env: Record<string, string | undefined>): SimulatorOptions {
	const options: SimulatorOptions = {};
	for (const setting of SETTINGS) {
		const raw = env[envName(setting)];
		if (raw !== undefined) assign(options, setting, convert(setting, raw, envName(setting)));
	}
	return options;
}

/** Settings given as `--flag value` or `--flag=value`; `--help` is reported as `help: true`. */
export function optionsFromArgs(argv: string[]): { options: SimulatorOptions; help: boolean } {
	const options: SimulatorOptions = {};
	let help = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			help = true;
			continue;
		}
		const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
		const setting = match && SETTINGS.find((candidate) => candidate.flag === match[1]);
		if (!match || !setting) throw new ConfigError(`unknown argument ${arg} (see --help)`);
		let raw = match[2];
		if (raw === undefined) {
			// A bare boolean flag turns the setting on.
			if (setting.kind === 'boolean' && (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))) raw = 'true';
			else if (argv[i + 1] === undefined) throw new ConfigError(`--${setting.flag} needs a value`);
			else raw = argv[++i];
		}
		assign(options, setting, convert(setting, raw, `--${setting.flag}`));
	}
	return { options, help };
}

/** Later sources win: merge(defaults-ish, env, flags). */
export function mergeOptions(...sources: SimulatorOptions[]): SimulatorOptions {
	const merged: Record<string, unknown> = {};
	for (const source of sources) {
		for (const [key, value] of Object.entries(source)) {
			if (value === undefined) continue;
			const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
			merged[key] = nested ? { ...(merged[key] as object | undefined), ...definedEntries(value) } : value;
		}
	}
	return merged as SimulatorOptions;
}

function definedEntries(value: object): object {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}

/** Every setting filled in; throws ConfigError for a value that cannot work. */
export function resolveConfig(options: SimulatorOptions = {}): SimulatorConfig {
	const config = mergeOptions(DEFAULTS as SimulatorOptions, options) as SimulatorConfig;
	if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535)
		throw new ConfigError(`port ${config.port} is not a TCP port`);
	for (const provider of ['waha', 'cloud', 'evolution'] as const) {
		const url = config[provider].webhookUrl;
		if (url !== '' && !/^https?:\/\/[^\s]+$/i.test(url)) throw new ConfigError(`${provider} webhook URL "${url}" is not an http(s) URL`);
	}
	if (!/^[\w.-]{1,64}$/.test(config.waha.session)) throw new ConfigError(`WAHA session "${config.waha.session}" is not a session name`);
	if (!/^[\w.-]{1,64}$/.test(config.evolution.instance))
		throw new ConfigError(`Evolution instance "${config.evolution.instance}" is not an instance name`);
	if (!/^\d{1,32}$/.test(config.cloud.phoneNumberId))
		throw new ConfigError(`Cloud phone_number_id "${config.cloud.phoneNumberId}" is not numeric`);
	if (!/^\d{8,15}$/.test(config.businessPhone)) throw new ConfigError(`business phone "${config.businessPhone}" is not 8 to 15 digits`);
	return config;
}

export function helpText(): string {
	const lines = SETTINGS.map((setting) => {
		const [first, second] = setting.path;
		const fallback = second === undefined ? DEFAULTS[first] : (DEFAULTS[first] as unknown as Record<string, unknown>)[second];
		return `  --${setting.flag.padEnd(26)} ${envName(setting).padEnd(36)} ${setting.help} (default: ${JSON.stringify(fallback)})`;
	});
	return ['Usage: npm run simulator -- [--flag value]…', '', '  flag                         environment variable', ...lines].join('\n');
}
