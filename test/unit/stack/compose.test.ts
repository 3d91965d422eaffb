// The self-hosted stack (compose.yaml, .env.example, docker/**) checked as files: no Docker
// engine is needed. `docker-compose config` validates the same file against Compose's schema;
// these tests pin down what the design asks of it.
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';

import {
	allStrings,
	bareDollarVariables,
	commandArgs,
	dependsOn,
	healthcheckText,
	interpolations,
	loadCompose,
	loadEnvExample,
	networksOf,
	readRepoFile,
	repoRoot,
	serviceEnv,
	type ComposeService,
} from './support';

const { text: composeText, compose } = loadCompose();
const services = compose.services;
const envExample = loadEnvExample();
const documented = new Map(envExample.map((entry) => [entry.name, entry]));
// Interpolations in parsed values only: comments in compose.yaml do not count.
const used = interpolations(allStrings(compose).join('\n'));

const N8N_ROLES = ['n8n', 'n8n-worker', 'n8n-webhook'] as const;
const EXPECTED_SERVICES = ['chromadb', 'chromadb-auth', 'n8n', 'n8n-webhook', 'n8n-worker', 'nginx', 'postgres', 'redis', 'waha'];
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|_KEY$|HMAC/;

function service(name: string): ComposeService {
	const found = services[name];
	if (!found) throw new Error(`compose.yaml has no service ${name}`);
	return found;
}

function imageTag(image: string): string | undefined {
	const withoutDigest = image.split('@')[0];
	const lastSegment = withoutDigest.split('/').pop() ?? '';
	return lastSegment.includes(':') ? lastSegment.split(':').pop() : undefined;
}

describe('compose.yaml: services', () => {
	it('has every service of the design and nothing else', () => {
		expect(Object.keys(services).sort()).toEqual(EXPECTED_SERVICES);
	});

	it('pins every image to a version (no implicit or explicit latest)', () => {
		for (const [name, definition] of Object.entries(services)) {
			expect({ name, image: definition.image }).toEqual({ name, image: expect.any(String) });
			const tag = imageTag(definition.image!);
			expect({ name, tag }).toEqual({ name, tag: expect.stringMatching(/\d/) });
			expect({ name, tag }).not.toEqual({ name, tag: 'latest' });
		}
	});

	it('uses the images the design names', () => {
		expect(service('postgres').image).toBe('postgres:16-alpine');
		expect(service('redis').image).toBe('redis:7-alpine');
		expect(service('nginx').image).toBe('nginx:1.27-alpine');
		expect(service('chromadb-auth').image).toBe('nginx:1.27-alpine');
		expect(service('chromadb').image).toMatch(/^chromadb\/chroma:\d+\.\d+\.\d+$/);
		// WAHA tags: <engine>-<version>, the version being YYYY.M.P
		expect(service('waha').image).toMatch(/^devlikeapro\/waha:(?:[a-z]+-)?\d{4}\.\d+\.\d+$/);
	});

	it('builds one image for n8n main, workers and webhook processors from docker/n8n', () => {
		const builds = N8N_ROLES.map((role) => service(role).build);
		const images = N8N_ROLES.map((role) => service(role).image);
		for (const build of builds) {
			expect(build).toEqual(
				expect.objectContaining({
					context: './docker/n8n',
					args: expect.objectContaining({ PACKAGE_TARBALL: 'n8n-nodes-whatsapp-ai.tgz' }),
				}),
			);
		}
		expect(new Set(images).size).toBe(1);
		expect(images[0]).toMatch(/:2\.41\.1$/);
	});

	it('publishes ports on nginx only', () => {
		const publishing = Object.entries(services)
			.filter(([, definition]) => (definition.ports ?? []).length > 0)
			.map(([name]) => name);
		expect(publishing).toEqual(['nginx']);
		expect(service('nginx').ports).toEqual(['${NGINX_HTTP_PORT:-80}:80', '${NGINX_HTTPS_PORT:-443}:443']);
		for (const definition of Object.values(services)) {
			expect(definition.network_mode).toBeUndefined();
		}
	});

	it('puts every service on the private network, and Chroma alone behind its token proxy', () => {
		expect(Object.keys(compose.networks ?? {}).sort()).toEqual(['backend', 'chroma']);
		// Not `internal: true`: WAHA must reach WhatsApp, workers the Gemini API, nginx the world.
		expect(compose.networks?.backend?.internal).not.toBe(true);
		// Chroma needs no way out, and nothing but the proxy may reach it.
		expect(compose.networks?.chroma?.internal).toBe(true);
		for (const [name, definition] of Object.entries(services)) {
			const expected = name === 'chromadb' ? ['chroma'] : name === 'chromadb-auth' ? ['backend', 'chroma'] : ['backend'];
			expect({ name, networks: networksOf(definition).sort() }).toEqual({ name, networks: expected });
		}
	});

	it('stores state in declared named volumes and mounts only config files from the repo', () => {
		const declared = Object.keys(compose.volumes ?? {});
		for (const [name, definition] of Object.entries(services)) {
			for (const mount of definition.volumes ?? []) {
				expect(typeof mount).toBe('string');
				const [source, , mode] = (mount as string).split(':');
				if (source.startsWith('.') || source.startsWith('/')) {
					expect({ name, source, mode }).toEqual({
						name,
						source: expect.stringMatching(/^\.\/docker\//),
						mode: 'ro',
					});
					expect(existsSync(join(repoRoot, source))).toBe(true);
				} else {
					expect({ name, source, declared: declared.includes(source) }).toEqual({
						name,
						source,
						declared: true,
					});
				}
			}
		}
		const mounts = (name: string) => (service(name).volumes ?? []).map(String);
		expect(mounts('postgres')).toContain('postgres_data:/var/lib/postgresql/data');
		expect(mounts('redis')).toContain('redis_data:/data');
		expect(mounts('chromadb')).toContain('chroma_data:/data');
		expect(mounts('waha')).toContain('waha_sessions:/app/.sessions');
		// A volume on /home/node/.n8n would keep serving the package from an older image.
		for (const role of N8N_ROLES) {
			expect(mounts(role).filter((mount) => mount.includes('/home/node/.n8n'))).toEqual([]);
		}
	});

	it('has a healthcheck that probes each service for real', () => {
		expect(healthcheckText(service('postgres'))).toMatch(/pg_isready .*-h 127\.0\.0\.1/);
		expect(healthcheckText(service('redis'))).toMatch(/redis-cli ping \| grep -q PONG/);
		expect(healthcheckText(service('chromadb'))).toContain('/api/v2/heartbeat');
		expect(healthcheckText(service('chromadb-auth'))).toContain('http://127.0.0.1:8000/api/v2/heartbeat');
		for (const role of N8N_ROLES) {
			expect(healthcheckText(service(role))).toContain('http://127.0.0.1:5678/healthz');
		}
		expect(healthcheckText(service('waha'))).toContain('/ping');
		expect(healthcheckText(service('nginx'))).toContain('/nginx-health');
	});

	it('runs redis with persistence and a password from the environment', () => {
		const redis = service('redis');
		const command = commandArgs(redis).join(' ');
		expect(command).toContain('--appendonly yes');
		expect(command).toContain('--requirepass "$$REDIS_PASSWORD"');
		expect(serviceEnv(redis).REDIS_PASSWORD).toMatch(/^\$\{REDIS_PASSWORD:\?/);
	});
});

describe('compose.yaml: n8n in queue mode', () => {
	const envs = Object.fromEntries(N8N_ROLES.map((role) => [role, serviceEnv(service(role))]));
	const shared = [
		'N8N_ENCRYPTION_KEY',
		'EXECUTIONS_MODE',
		'DB_TYPE',
		'DB_POSTGRESDB_HOST',
		'DB_POSTGRESDB_PORT',
		'DB_POSTGRESDB_DATABASE',
		'DB_POSTGRESDB_USER',
		'DB_POSTGRESDB_PASSWORD',
		'QUEUE_BULL_REDIS_HOST',
		'QUEUE_BULL_REDIS_PORT',
		'QUEUE_BULL_REDIS_DB',
		'QUEUE_BULL_REDIS_PASSWORD',
		'WEBHOOK_URL',
		'N8N_PROXY_HOPS',
		'N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE',
		'GENERIC_TIMEZONE',
		'N8N_EXPRESSION_ENGINE',
	];

	it.each(shared)('main, workers and webhook processors agree on %s', (name) => {
		const values = N8N_ROLES.map((role) => envs[role][name]);
		expect(values[0]).toEqual(expect.any(String));
		expect(values[0]).not.toBe('');
		expect(values).toEqual([values[0], values[0], values[0]]);
	});

	it('takes the encryption key and the passwords from .env, required', () => {
		const env = envs.n8n;
		expect(env.N8N_ENCRYPTION_KEY).toMatch(/^\$\{N8N_ENCRYPTION_KEY:\?[^}]+\}$/);
		expect(env.DB_POSTGRESDB_PASSWORD).toMatch(/^\$\{N8N_DB_PASSWORD:\?[^}]+\}$/);
		expect(env.QUEUE_BULL_REDIS_PASSWORD).toMatch(/^\$\{REDIS_PASSWORD:\?[^}]+\}$/);
	});

	it('uses Postgres and Redis from the stack in queue mode', () => {
		const env = envs.n8n;
		expect(env).toEqual(
			expect.objectContaining({
				EXECUTIONS_MODE: 'queue',
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: 'postgres',
				DB_POSTGRESDB_DATABASE: 'n8n',
				QUEUE_BULL_REDIS_HOST: 'redis',
				N8N_PROXY_HOPS: '1',
				N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			}),
		);
		expect(env.GENERIC_TIMEZONE).toContain('America/Sao_Paulo');
		// Expressions stay in n8n's isolated sandbox unless .env opts out (README, "Expression engine").
		expect(env.N8N_EXPRESSION_ENGINE).toBe('${N8N_EXPRESSION_ENGINE:-vm}');
		expect(env.WEBHOOK_URL).toMatch(/^https:\/\/\$\{N8N_HOST:\?[^}]+\}\/$/);
		expect(env.N8N_EDITOR_BASE_URL).toMatch(/^https:\/\/\$\{N8N_HOST:\?[^}]+\}\/$/);
		// nginx redirects plain HTTP, so the stack never builds http:// URLs or insecure cookies
		expect(env.N8N_PROTOCOL).toBe('https');
		expect(env.N8N_SECURE_COOKIE).toBe('true');
	});

	it('leaves production webhooks to the webhook processors', () => {
		expect(envs.n8n.N8N_DISABLE_PRODUCTION_MAIN_PROCESS).toBe('true');
		expect(envs['n8n-worker'].N8N_DISABLE_PRODUCTION_MAIN_PROCESS).toBeUndefined();
		expect(envs['n8n-webhook'].N8N_DISABLE_PRODUCTION_MAIN_PROCESS).toBeUndefined();
	});

	it('starts each role with its n8n command', () => {
		expect(commandArgs(service('n8n'))).toEqual(['start']);
		expect(commandArgs(service('n8n-worker'))).toEqual(['worker', '--concurrency=10']);
		expect(commandArgs(service('n8n-webhook'))).toEqual(['webhook']);
	});

	it('runs at least two workers', () => {
		const worker = service('n8n-worker');
		expect(worker.deploy?.replicas).toBeGreaterThanOrEqual(2);
		expect(worker.container_name).toBeUndefined();
	});

	it('starts n8n after healthy Postgres and Redis, and the other roles after n8n', () => {
		expect(dependsOn(service('n8n'))).toEqual({
			postgres: 'service_healthy',
			redis: 'service_healthy',
		});
		for (const role of ['n8n-worker', 'n8n-webhook']) {
			expect(dependsOn(service(role))).toEqual({
				postgres: 'service_healthy',
				redis: 'service_healthy',
				n8n: 'service_healthy',
			});
		}
	});
});

describe('compose.yaml: execution history (LGPD)', () => {
	// n8n setting -> [.env variable, default]. A saved execution holds patients' messages.
	const retention: Record<string, [string, string]> = {
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: ['N8N_EXECUTIONS_SAVE_ON_SUCCESS', 'none'],
		EXECUTIONS_DATA_SAVE_ON_ERROR: ['N8N_EXECUTIONS_SAVE_ON_ERROR', 'all'],
		EXECUTIONS_DATA_SAVE_ON_PROGRESS: ['N8N_EXECUTIONS_SAVE_ON_PROGRESS', 'false'],
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: ['N8N_EXECUTIONS_SAVE_MANUAL', 'false'],
		EXECUTIONS_DATA_PRUNE: ['N8N_EXECUTIONS_PRUNE', 'true'],
		EXECUTIONS_DATA_MAX_AGE: ['N8N_EXECUTIONS_MAX_AGE_HOURS', '168'],
		EXECUTIONS_DATA_PRUNE_MAX_COUNT: ['N8N_EXECUTIONS_PRUNE_MAX_COUNT', '10000'],
	};

	it.each(Object.entries(retention))(
		'sets %s on every n8n process, from .env with a deliberate default',
		(setting, [variable, fallback]) => {
			for (const role of N8N_ROLES) {
				expect({ role, value: serviceEnv(service(role))[setting] }).toEqual({
					role,
					value: `\${${variable}:-${fallback}}`,
				});
			}
			const entry = documented.get(variable);
			expect(entry?.value).toBe(fallback);
			expect(entry?.comment.join(' ')).toMatch(/recommended|keep|kept|prune/i);
		},
	);

	it('keeps failures for a week at most and nothing that succeeded', () => {
		const defaults = Object.fromEntries(Object.values(retention));
		expect(Number(defaults.N8N_EXECUTIONS_MAX_AGE_HOURS)).toBeLessThanOrEqual(168);
		expect(defaults.N8N_EXECUTIONS_SAVE_ON_SUCCESS).toBe('none');
		expect(defaults.N8N_EXECUTIONS_SAVE_MANUAL).toBe('false');
		expect(defaults.N8N_EXECUTIONS_PRUNE).toBe('true');
	});

	it('says in .env.example why: execution data holds personal data', () => {
		const env = readRepoFile('.env.example');
		expect(env).toMatch(/LGPD/);
		expect(env).toMatch(/messages/);
	});
});

describe('compose.yaml: WAHA', () => {
	const env = serviceEnv(service('waha'));

	it('posts its events, signed, to the clinic assistant on a process that serves production webhooks', () => {
		const hook = new URL(env.WHATSAPP_HOOK_URL);
		const clinic = JSON.parse(readRepoFile('workflows/clinic-assistant.json')) as {
			nodes: Array<{ type: string; parameters: { path?: string } }>;
		};
		const trigger = clinic.nodes.find((node) => node.type.endsWith('.whatsAppAiTrigger'))!;
		expect(hook.pathname).toBe(`/webhook/${trigger.parameters.path}`);
		expect(hook.port).toBe('5678');
		const target = service(hook.hostname);
		expect(serviceEnv(target).N8N_DISABLE_PRODUCTION_MAIN_PROCESS).not.toBe('true');
		expect(commandArgs(target)).toEqual(['webhook']);
		expect(env.WHATSAPP_HOOK_EVENTS.split(',').sort()).toEqual(['message', 'message.ack', 'session.status']);
		expect(env.WHATSAPP_HOOK_HMAC_KEY).toMatch(/^\$\{WAHA_WEBHOOK_HMAC_KEY:\?[^}]+\}$/);
	});

	it('requires an API key and dashboard passwords from .env', () => {
		expect(env.WAHA_API_KEY).toMatch(/^\$\{WAHA_API_KEY:\?[^}]+\}$/);
		expect(env.WAHA_DASHBOARD_PASSWORD).toMatch(/^\$\{WAHA_DASHBOARD_PASSWORD:\?[^}]+\}$/);
		expect(env.WHATSAPP_SWAGGER_PASSWORD).toMatch(/^\$\{WAHA_SWAGGER_PASSWORD:\?[^}]+\}$/);
	});

	it('requires the dashboard and Swagger user names too, with no `admin` default', () => {
		expect(env.WAHA_DASHBOARD_USERNAME).toMatch(/^\$\{WAHA_DASHBOARD_USERNAME:\?[^}]+\}$/);
		expect(env.WHATSAPP_SWAGGER_USERNAME).toMatch(/^\$\{WAHA_SWAGGER_USERNAME:\?[^}]+\}$/);
	});
});

describe('compose.yaml and .env.example: secrets and variables', () => {
	it('documents every variable compose.yaml uses in .env.example', () => {
		const undocumented = [...new Set(used.map((use) => use.name))].filter((name) => !documented.has(name));
		expect(undocumented).toEqual([]);
	});

	it('explains every variable in .env.example with a comment', () => {
		for (const entry of envExample) {
			expect({ name: entry.name, comment: entry.comment.join(' ').length > 10 }).toEqual({
				name: entry.name,
				comment: true,
			});
		}
	});

	it('has no variable in .env.example that compose.yaml does not mention', () => {
		const mentioned = new Set(interpolations(composeText).map((use) => use.name));
		expect(envExample.map((entry) => entry.name).filter((name) => !mentioned.has(name))).toEqual([]);
		expect(new Set(envExample.map((entry) => entry.name)).size).toBe(envExample.length);
	});

	it('requires every secret with ${VAR:?message}, never a default', () => {
		const secretUses = used.filter((use) => SECRET_NAME.test(use.name));
		expect(secretUses.length).toBeGreaterThan(0);
		for (const use of secretUses) {
			expect({ name: use.name, operator: use.operator }).toEqual({ name: use.name, operator: ':?' });
			expect(use.argument.trim()).not.toBe('');
		}
	});

	it('leaves every required value empty in .env.example (placeholders only)', () => {
		const required = new Set(used.filter((use) => use.operator === ':?').map((use) => use.name));
		for (const name of required) {
			const entry = documented.get(name);
			if (!entry) continue; // reported by the "documents every variable" test
			const placeholderOnly = entry.value === '' || /example\.(com|org)$/.test(entry.value);
			expect({ name, value: entry.value, placeholderOnly }).toEqual({
				name,
				value: entry.value,
				placeholderOnly: true,
			});
		}
		for (const entry of envExample.filter((e) => SECRET_NAME.test(e.name))) {
			expect({ name: entry.name, value: entry.value }).toEqual({ name: entry.name, value: '' });
		}
	});

	it('writes no literal secret into compose.yaml', () => {
		for (const [name, definition] of Object.entries(services)) {
			for (const [key, value] of Object.entries(serviceEnv(definition))) {
				if (!SECRET_NAME.test(key)) continue;
				expect({ service: name, key, fromEnv: /^\$\{[A-Z0-9_]+:\?/.test(value) }).toEqual({
					service: name,
					key,
					fromEnv: true,
				});
			}
		}
	});

	it('has no default user name anywhere: user names are required like secrets', () => {
		const userNames = used.filter((use) => /USER(NAME)?$|_LOGIN$/.test(use.name));
		expect(userNames.map((use) => use.name).sort()).toEqual(['WAHA_DASHBOARD_USERNAME', 'WAHA_SWAGGER_USERNAME']);
		for (const use of userNames) {
			expect({ name: use.name, operator: use.operator }).toEqual({ name: use.name, operator: ':?' });
		}
		for (const entry of envExample.filter((e) => /USER(NAME)?$|_LOGIN$/.test(e.name))) {
			expect({ name: entry.name, value: entry.value }).toEqual({ name: entry.name, value: '' });
		}
		// Nor a literal one: no service sets a *_USER/*_USERNAME to `admin`.
		for (const [name, definition] of Object.entries(services)) {
			for (const [key, value] of Object.entries(serviceEnv(definition))) {
				if (!/USER(NAME)?$/.test(key)) continue;
				expect({ name, key, value }).not.toEqual({ name, key, value: 'admin' });
			}
		}
	});

	it('uses no bare $VAR, which Compose would interpolate by surprise', () => {
		expect(bareDollarVariables(allStrings(compose).join('\n'))).toEqual([]);
	});
});

describe('docker/n8n/Dockerfile', () => {
	const dockerfile = readRepoFile('docker/n8n/Dockerfile');
	const instructions = dockerfile
		.replace(/\\\n/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));

	it('starts from the pinned n8n image', () => {
		expect(instructions.filter((line) => /^FROM\s/i.test(line))).toEqual(['FROM n8nio/n8n:2.41.1']);
	});

	it('installs the packed package into /home/node/.n8n/nodes as user node, with the shared install script', () => {
		const userAt = instructions.indexOf('USER node');
		const installAt = instructions.findIndex((line) => /^RUN .*install-package\.sh /.test(line));
		expect(userAt).toBeGreaterThan(-1);
		expect(installAt).toBeGreaterThan(userAt);
		expect(instructions[installAt]).toContain('sh /tmp/install/install-package.sh /tmp/n8n-nodes-whatsapp-ai.tgz /home/node/.n8n/nodes');
		expect(instructions).toContain('ARG PACKAGE_TARBALL=n8n-nodes-whatsapp-ai.tgz');
		expect(instructions).toContain('COPY --chown=node:node ${PACKAGE_TARBALL} /tmp/n8n-nodes-whatsapp-ai.tgz');
		expect(instructions).toContain('COPY --chown=node:node install-package.sh finish-install.js /tmp/install/');
	});

	it('sends the tarball and the install scripts to the build context', () => {
		const dockerignore = readRepoFile('docker/n8n/.dockerignore');
		expect(dockerignore).toMatch(/^!\*\.tgz$/m);
		expect(dockerignore).toMatch(/^!install-package\.sh$/m);
		expect(dockerignore).toMatch(/^!finish-install\.js$/m);
	});

	it('is the install npm start and the e2e suite use outside Docker', () => {
		const launcher = readRepoFile('scripts/stack/n8n.ts');
		expect(launcher).toContain("'docker/n8n/install-package.sh'");
		const script = readRepoFile('docker/n8n/install-package.sh');
		expect(script).toContain('--omit=dev --omit=optional --legacy-peer-deps --ignore-scripts');
		expect(script).toContain('finish-install.js');
	});
});

describe('docker/postgres/init', () => {
	const initDir = join(repoRoot, 'docker/postgres/init');
	const scripts = readdirSync(initDir)
		.filter((file) => file.endsWith('.sql'))
		.sort();
	const sql = scripts.map((file) => readRepoFile(`docker/postgres/init/${file}`)).join('\n');

	it('is mounted where the postgres image runs init scripts', () => {
		expect(service('postgres').volumes).toContain('./docker/postgres/init:/docker-entrypoint-initdb.d:ro');
		expect(scripts.length).toBeGreaterThan(0);
	});

	it("creates n8n's database and a separate whatsapp_ai database and role", () => {
		expect(sql).toMatch(/CREATE ROLE n8n LOGIN PASSWORD %L/);
		expect(sql).toMatch(/CREATE DATABASE n8n OWNER n8n;/);
		expect(sql).toMatch(/CREATE ROLE whatsapp_ai LOGIN PASSWORD %L/);
		expect(sql).toMatch(/CREATE DATABASE whatsapp_ai OWNER whatsapp_ai;/);
		expect(sql).toMatch(/REVOKE ALL ON DATABASE whatsapp_ai FROM PUBLIC;/);
		expect(serviceEnv(service('n8n')).DB_POSTGRESDB_USER).not.toBe('whatsapp_ai');
	});

	it('reads the role passwords from the environment, not from the file', () => {
		expect(sql).toContain('\\getenv n8n_db_password N8N_DB_PASSWORD');
		expect(sql).toContain('\\getenv whatsapp_ai_db_password WHATSAPP_AI_DB_PASSWORD');
		expect(sql).not.toMatch(/\bPASSWORD\s+'/); // no literal: CREATE ROLE ... PASSWORD 'x'
		const env = serviceEnv(service('postgres'));
		expect(env.N8N_DB_PASSWORD).toMatch(/^\$\{N8N_DB_PASSWORD:\?/);
		expect(env.WHATSAPP_AI_DB_PASSWORD).toMatch(/^\$\{WHATSAPP_AI_DB_PASSWORD:\?/);
	});
});
