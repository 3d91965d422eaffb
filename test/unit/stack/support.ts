import { load } from 'js-yaml';
// Readers for the self-hosted stack files (compose.yaml, .env.example, docker/**), shared by
// the stack tests. Nothing here needs Docker.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { BlockList, isIP } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

export const repoRoot = join(__dirname, '..', '..', '..');

export function readRepoFile(relativePath: string): string {
	return readFileSync(join(repoRoot, relativePath), 'utf8');
}

// js-yaml's default schema resolves `<<:` merge keys the way Compose does.
export function parseYaml(source: string): unknown {
	return load(source);
}

// ---------------------------------------------------------------------------------------------
// compose.yaml

export interface Healthcheck {
	test: string | string[];
	interval?: string;
	timeout?: string;
	retries?: number;
	start_period?: string;
}

export interface DependsOnCondition {
	condition: string;
}

export interface ComposeService {
	image?: string;
	build?: string | { context: string; dockerfile?: string; args?: Record<string, string> };
	command?: string | string[];
	environment?: Record<string, string | number | boolean | null> | string[];
	ports?: unknown[];
	expose?: unknown[];
	volumes?: (string | { type: string; source?: string; target: string; read_only?: boolean })[];
	healthcheck?: Healthcheck;
	depends_on?: string[] | Record<string, DependsOnCondition>;
	deploy?: { replicas?: number };
	networks?: string[] | Record<string, unknown>;
	network_mode?: string;
	container_name?: string;
}

export interface ComposeFile {
	services: Record<string, ComposeService>;
	networks?: Record<string, { driver?: string; internal?: boolean } | null>;
	volumes?: Record<string, unknown>;
}

export function loadCompose(): { text: string; compose: ComposeFile } {
	const text = readRepoFile('compose.yaml');
	return { text, compose: parseYaml(text) as ComposeFile };
}

/** The environment of a service as strings, whichever of the two Compose syntaxes it uses. */
export function serviceEnv(service: ComposeService): Record<string, string> {
	const env: Record<string, string> = {};
	if (Array.isArray(service.environment)) {
		for (const entry of service.environment) {
			const at = entry.indexOf('=');
			if (at === -1) env[entry] = '';
			else env[entry.slice(0, at)] = entry.slice(at + 1);
		}
	} else {
		for (const [key, value] of Object.entries(service.environment ?? {})) {
			env[key] = value === null ? '' : String(value);
		}
	}
	return env;
}

export function commandArgs(service: ComposeService): string[] {
	if (service.command === undefined) return [];
	return Array.isArray(service.command) ? service.command : service.command.split(/\s+/);
}

export function healthcheckText(service: ComposeService): string {
	const test = service.healthcheck?.test;
	if (test === undefined) return '';
	return Array.isArray(test) ? test.join(' ') : test;
}

export function networksOf(service: ComposeService): string[] {
	if (!service.networks) return [];
	return Array.isArray(service.networks) ? service.networks : Object.keys(service.networks);
}

export function dependsOn(service: ComposeService): Record<string, string> {
	const result: Record<string, string> = {};
	if (Array.isArray(service.depends_on)) {
		for (const name of service.depends_on) result[name] = 'service_started';
	} else {
		for (const [name, { condition }] of Object.entries(service.depends_on ?? {})) {
			result[name] = condition;
		}
	}
	return result;
}

/** Every string inside a parsed YAML value (so comments are never included). */
export function allStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(allStrings);
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
	}
	return [];
}

export interface Interpolation {
	name: string;
	/** '' for ${VAR}, otherwise ':-', '-', ':?' or '?' */
	operator: string;
	argument: string;
}

/** ${VAR}, ${VAR:-default}, ${VAR:?message}; `$${...}` is Compose's escape and is skipped. */
export function interpolations(text: string): Interpolation[] {
	const found: Interpolation[] = [];
	const pattern = /(\$+)\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;
	for (const match of text.matchAll(pattern)) {
		if (match[1].length % 2 === 0) continue;
		found.push({ name: match[2], operator: match[3] ?? '', argument: match[4] ?? '' });
	}
	return found;
}

/** $VAR without braces, which Compose would also interpolate (`$$VAR` is an escape). */
export function bareDollarVariables(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/(\$+)([A-Za-z_][A-Za-z0-9_]*)/g)) {
		if (match[1].length % 2 === 1) found.push(match[2]);
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// .env.example

export interface EnvExampleEntry {
	name: string;
	value: string;
	comment: string[];
}

export function loadEnvExample(relativePath = '.env.example'): EnvExampleEntry[] {
	const entries: EnvExampleEntry[] = [];
	let comment: string[] = [];
	for (const line of readRepoFile(relativePath).split('\n')) {
		const trimmed = line.trim();
		const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(trimmed);
		if (assignment) {
			entries.push({ name: assignment[1], value: assignment[2], comment });
			comment = [];
		} else if (trimmed.startsWith('#')) {
			comment.push(trimmed.replace(/^#\s?/, ''));
		} else {
			comment = [];
		}
	}
	return entries;
}

// ---------------------------------------------------------------------------------------------
// nginx.conf: a small parser for the subset used here (directives, blocks, quotes, comments)

export interface NginxDirective {
	name: string;
	args: string[];
	block?: NginxDirective[];
}

function tokenizeNginx(source: string): string[] {
	const tokens: string[] = [];
	let i = 0;
	while (i < source.length) {
		const c = source[i];
		if (/\s/.test(c)) {
			i++;
		} else if (c === '#') {
			while (i < source.length && source[i] !== '\n') i++;
		} else if (c === '{' || c === '}' || c === ';') {
			tokens.push(c);
			i++;
		} else if (c === '"' || c === "'") {
			let j = i + 1;
			let value = '';
			while (j < source.length && source[j] !== c) {
				if (source[j] === '\\' && j + 1 < source.length) j++;
				value += source[j];
				j++;
			}
			tokens.push(value);
			i = j + 1;
		} else {
			let j = i;
			while (j < source.length && !/[\s{};]/.test(source[j])) j++;
			tokens.push(source.slice(i, j));
			i = j;
		}
	}
	return tokens;
}

export function parseNginx(source: string): NginxDirective[] {
	const tokens = tokenizeNginx(source);
	let position = 0;
	const parseBlock = (nested: boolean): NginxDirective[] => {
		const directives: NginxDirective[] = [];
		let words: string[] = [];
		while (position < tokens.length) {
			const token = tokens[position++];
			if (token === ';') {
				directives.push({ name: words[0], args: words.slice(1) });
				words = [];
			} else if (token === '{') {
				directives.push({ name: words[0], args: words.slice(1), block: parseBlock(true) });
				words = [];
			} else if (token === '}') {
				if (!nested) throw new Error('unbalanced } in nginx.conf');
				return directives;
			} else {
				words.push(token);
			}
		}
		if (nested) throw new Error('unterminated block in nginx.conf');
		return directives;
	};
	return parseBlock(false);
}

export function children(block: NginxDirective[] | undefined, name: string): NginxDirective[] {
	return (block ?? []).filter((directive) => directive.name === name);
}

/**
 * Replaces each `include <path>` whose path is a key of `files` with that file's directives, at
 * any depth, as nginx does when it reads the config. Other includes (mime.types) stay as they are.
 */
export function expandIncludes(directives: NginxDirective[], files: Record<string, string>): NginxDirective[] {
	return directives.flatMap((directive) => {
		const included = directive.name === 'include' ? files[directive.args[0]] : undefined;
		if (included !== undefined) return expandIncludes(parseNginx(included), files);
		if (!directive.block) return [directive];
		return [{ ...directive, block: expandIncludes(directive.block, files) }];
	});
}

/** The `server` block of an http block that listens on `port` (first argument of `listen`). */
export function serverListening(http: NginxDirective[], port: string): NginxDirective[] {
	const found = children(http, 'server').filter((server) =>
		children(server.block, 'listen').some((listen) => listen.args[0].split(':').pop() === port),
	);
	if (found.length !== 1) throw new Error(`expected one server on port ${port}, found ${found.length}`);
	return found[0].block ?? [];
}

function addressMatches(rule: string, ip: string): boolean {
	if (rule === 'all') return true;
	const [address, prefix] = rule.split('/');
	const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
	if (isIP(ip) !== isIP(address)) return false;
	const list = new BlockList();
	if (prefix === undefined) list.addAddress(address, type);
	else list.addSubnet(address, Number(prefix), type);
	return list.check(ip, type);
}

/**
 * What nginx would use for a request path in one server block: the location chosen by nginx's
 * rules (exact `=` first; else the longest prefix, final if it is `^~`; else the first regex
 * `~`/`~*` in file order that matches; else that longest prefix), the effective
 * proxy_set_header list (inherited from the enclosing levels only when the location sets none
 * itself, as nginx does), and the access module's answer for a client address (allow/deny rules
 * of the innermost level that has any, first match wins, no rule = allowed).
 */
export function routeRequest(
	http: NginxDirective[],
	server: NginxDirective[],
	path: string,
): {
	location: NginxDirective;
	upstream: string | undefined;
	headers: Record<string, string>;
	directive: (name: string) => string[] | undefined;
	access: (ip: string) => 'allow' | 'deny';
} {
	const locations = children(server, 'location');
	const exact = locations.find((l) => l.args[0] === '=' && l.args[1] === path);
	const prefixes = locations
		.filter((l) => l.args.length === 1 || l.args[0] === '^~')
		.filter((l) => path.startsWith(l.args[l.args.length - 1]))
		.sort((a, b) => b.args[b.args.length - 1].length - a.args[a.args.length - 1].length);
	const regex = locations.find(
		(l) => (l.args[0] === '~' || l.args[0] === '~*') && new RegExp(l.args[1], l.args[0] === '~*' ? 'i' : '').test(path),
	);
	const longest = prefixes[0];
	const location = exact ?? (longest?.args[0] === '^~' ? longest : (regex ?? longest));
	if (!location) throw new Error(`no location matches ${path}`);

	const levels = [location.block ?? [], server, http];
	const directive = (name: string): string[] | undefined => {
		for (const level of levels) {
			const found = children(level, name);
			if (found.length > 0) return found[found.length - 1].args;
		}
		return undefined;
	};

	const headers: Record<string, string> = {};
	const headerLevel = levels.find((level) => children(level, 'proxy_set_header').length > 0);
	for (const header of children(headerLevel, 'proxy_set_header')) {
		headers[header.args[0].toLowerCase()] = header.args[1];
	}

	const access = (ip: string): 'allow' | 'deny' => {
		const isRule = (d: NginxDirective) => d.name === 'allow' || d.name === 'deny';
		const rules = levels.find((level) => level.some(isRule))?.filter(isRule) ?? [];
		const first = rules.find((rule) => addressMatches(rule.args[0], ip));
		return first ? (first.name as 'allow' | 'deny') : 'allow';
	};

	let upstream: string | undefined = children(location.block, 'proxy_pass')[0]?.args[0];
	if (upstream?.startsWith('$')) {
		const variable = upstream;
		const set = [...children(location.block, 'set'), ...children(server, 'set')].find((s) => s.args[0] === variable);
		upstream = set?.args[1];
	}
	return { location, upstream, headers, directive, access };
}

// ---------------------------------------------------------------------------------------------
// docker/nginx: files as the nginx containers see them

export const EDITOR_ALLOW_INCLUDE = '/etc/nginx/conf.d/editor-allow.conf';

/**
 * Runs docker/nginx/40-editor-allow-list.sh (as the nginx image's entrypoint does) with the
 * given N8N_EDITOR_ALLOW_CIDRS and returns its exit status, output and the file it wrote.
 */
export function runEditorAllowList(cidrs: string | undefined): {
	status: number;
	stderr: string;
	conf: string | undefined;
} {
	const dir = mkdtempSync(join(tmpdir(), 'editor-allow-'));
	const out = join(dir, 'editor-allow.conf');
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
	if (cidrs !== undefined) env.N8N_EDITOR_ALLOW_CIDRS = cidrs;
	try {
		const run = spawnSync('sh', [join(repoRoot, 'docker/nginx/40-editor-allow-list.sh'), out], {
			env,
			encoding: 'utf8',
		});
		const conf = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
		return { status: run.status ?? -1, stderr: run.stderr, conf };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** docker/nginx/nginx.conf's http block, with the allow-list the entrypoint would write. */
export function loadEdgeNginx(cidrs: string): NginxDirective[] {
	const { conf, stderr } = runEditorAllowList(cidrs);
	if (conf === undefined) throw new Error(`40-editor-allow-list.sh failed: ${stderr}`);
	const parsed = expandIncludes(parseNginx(readRepoFile('docker/nginx/nginx.conf')), {
		[EDITOR_ALLOW_INCLUDE]: conf,
	});
	return children(parsed, 'http')[0]?.block ?? [];
}
