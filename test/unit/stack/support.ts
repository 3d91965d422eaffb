import { load } from 'js-yaml';
// Readers for the self-hosted stack files (compose.yaml, .env.example, docker/**), shared by
// the stack tests. Nothing here needs Docker.
import { readFileSync } from 'fs';
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

export function loadEnvExample(): EnvExampleEntry[] {
	const entries: EnvExampleEntry[] = [];
	let comment: string[] = [];
	for (const line of readRepoFile('.env.example').split('\n')) {
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
 * What nginx would use for a request path in one server block: the location chosen by nginx's
 * prefix rules (exact `=` first, then the longest prefix; this config has no regex locations),
 * and the effective proxy_set_header list (inherited from the enclosing levels only when the
 * location sets none itself, as nginx does).
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
} {
	const locations = children(server, 'location');
	const exact = locations.find((l) => l.args[0] === '=' && l.args[1] === path);
	const prefixes = locations
		.filter((l) => l.args.length === 1 && path.startsWith(l.args[0]))
		.sort((a, b) => b.args[0].length - a.args[0].length);
	const location = exact ?? prefixes[0];
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

	let upstream: string | undefined = children(location.block, 'proxy_pass')[0]?.args[0];
	if (upstream?.startsWith('$')) {
		const variable = upstream;
		const set = [...children(location.block, 'set'), ...children(server, 'set')].find(
			(s) => s.args[0] === variable,
		);
		upstream = set?.args[1];
	}
	return { location, upstream, headers, directive };
}
