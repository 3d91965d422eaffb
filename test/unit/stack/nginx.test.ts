// docker/nginx: the edge nginx (TLS, editor allow-list, rate limits, routing) and the Chroma
// token proxy, checked as parsed files with nginx's matching rules (support.ts). The real
// `nginx -t` runs on the same files in checkStack.test.ts.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import {
	children,
	healthcheckText,
	loadCompose,
	loadEnvExample,
	parseNginx,
	readRepoFile,
	repoRoot,
	routeRequest,
	runEditorAllowList,
	serverListening,
	serviceEnv,
	loadEdgeNginx,
	type NginxDirective,
} from './support';

const { compose } = loadCompose();
const services = compose.services;
const nginxService = services.nginx;

// Sample allow-list: an office address, a VPN range, an IPv6 range
const ALLOWED = '203.0.113.7/32, 198.51.100.0/24 2001:db8::/48';
const http = loadEdgeNginx(ALLOWED);
const https = serverListening(http, '443');
const plain = serverListening(http, '80');

const WEBHOOK = 'http://n8n-webhook:5678';
const MAIN = 'http://n8n:5678';

const PUBLIC_PATHS = ['/webhook/whatsapp/waha', '/webhook/any/other/path', '/webhook-waiting/42', '/form/booking', '/form-waiting/42'];
const EDITOR_PATHS = [
	'/',
	'/workflow/42',
	'/rest/settings',
	'/rest/login',
	'/rest/forgot-password',
	'/rest/owner/setup',
	'/rest/push',
	'/api/v1/workflows',
	'/webhook-test/whatsapp/waha',
	'/form-test/booking',
	'/healthz',
	// other spellings land in the restricted catch-all, never in a public location
	'/WEBHOOK/whatsapp/waha',
	'/Form/booking',
];
const LOGIN_PATHS = [
	'/rest/login',
	'/rest/login/',
	'/REST/Login',
	'/rest/forgot-password',
	'/rest/change-password',
	'/rest/resolve-password-token',
	'/rest/owner/setup',
];

function volumes(name: string): string[] {
	return (services[name]?.volumes ?? []).map(String);
}

function flatten(block: NginxDirective[]): NginxDirective[] {
	return block.flatMap((d) => [d, ...flatten(d.block ?? [])]);
}

describe('docker/nginx/nginx.conf: mounted as the nginx image expects', () => {
	it('mounts the config, the allow-list script, the certificates and the ACME webroot read-only', () => {
		expect(volumes('nginx').sort()).toEqual(
			[
				'./docker/nginx/nginx.conf:/etc/nginx/nginx.conf:ro',
				'./docker/nginx/40-editor-allow-list.sh:/docker-entrypoint.d/40-editor-allow-list.sh:ro',
				'./docker/nginx/certs:/etc/nginx/certs:ro',
				'./docker/nginx/acme-webroot:/var/www/certbot:ro',
			].sort(),
		);
	});

	it('ships the entrypoint script executable (the image skips *.sh files that are not)', () => {
		for (const script of ['docker/nginx/40-editor-allow-list.sh', 'docker/nginx/self-signed.sh']) {
			expect({ script, executable: (statSync(join(repoRoot, script)).mode & 0o111) !== 0 }).toEqual({
				script,
				executable: true,
			});
		}
	});

	it('keeps the container healthcheck on plain HTTP', () => {
		expect(healthcheckText(nginxService)).toContain('http://127.0.0.1/nginx-health');
		expect(routeRequest(http, plain, '/nginx-health').directive('return')?.[0]).toBe('200');
	});
});

describe('docker/nginx/nginx.conf: TLS on by default', () => {
	it('listens on 443 with TLS, using the certificate pair mounted from docker/nginx/certs', () => {
		const listen = children(https, 'listen')[0].args;
		expect(listen).toEqual(expect.arrayContaining(['443', 'ssl']));
		expect(children(https, 'ssl_certificate')[0]?.args).toEqual(['/etc/nginx/certs/fullchain.pem']);
		expect(children(https, 'ssl_certificate_key')[0]?.args).toEqual(['/etc/nginx/certs/privkey.pem']);
		expect(nginxService.ports).toContain('${NGINX_HTTPS_PORT:-443}:443');
	});

	it('speaks TLS 1.2 and 1.3 only', () => {
		expect(children(https, 'ssl_protocols')[0]?.args).toEqual(['TLSv1.2', 'TLSv1.3']);
		expect(flatten(http).filter((d) => d.name === 'ssl_protocols')).toHaveLength(1);
	});

	it('sends HSTS on every HTTPS response, errors included', () => {
		const hsts = children(https, 'add_header').find((h) => h.args[0] === 'Strict-Transport-Security');
		expect(hsts?.args[2]).toBe('always');
		const maxAge = Number(/max-age=(\d+)/.exec(hsts?.args[1] ?? '')?.[1]);
		expect(maxAge).toBeGreaterThanOrEqual(180 * 24 * 3600);
		// A location with an add_header of its own would drop the server's headers.
		for (const location of children(https, 'location')) {
			expect({ location: location.args, add_header: children(location.block, 'add_header') }).toEqual({
				location: location.args,
				add_header: [],
			});
		}
	});

	it('serves on port 80 only the healthcheck, ACME challenges and a redirect to https', () => {
		expect(
			children(plain, 'location')
				.map((l) => l.args.join(' '))
				.sort(),
		).toEqual(['= /nginx-health', '/.well-known/acme-challenge/', '/'].sort());
		expect(flatten(plain).filter((d) => d.name === 'proxy_pass')).toEqual([]);
		for (const path of ['/', '/rest/login', '/webhook/whatsapp/waha', '/api/v1/workflows']) {
			expect(routeRequest(http, plain, path).directive('return')).toEqual(['301', 'https://$host$request_uri']);
		}
		const acme = routeRequest(http, plain, '/.well-known/acme-challenge/token123');
		expect(acme.directive('root')).toEqual(['/var/www/certbot']);
		expect(acme.directive('return')).toBeUndefined();
	});

	it('keeps key material out of git', () => {
		for (const file of ['docker/nginx/certs/privkey.pem', 'docker/nginx/certs/fullchain.pem']) {
			expect(() => execFileSync('git', ['check-ignore', '-q', file], { cwd: repoRoot, stdio: 'ignore' })).not.toThrow();
		}
		const tracked = execFileSync('git', ['ls-files', 'docker/nginx/certs'], {
			cwd: repoRoot,
			encoding: 'utf8',
		});
		expect(tracked).not.toMatch(/\.(pem|key)$/m);
	});

	it('has docker/nginx/self-signed.sh write a usable pair for a local trial', () => {
		const dir = mkdtempSync(join(tmpdir(), 'self-signed-'));
		try {
			execFileSync('sh', [join(repoRoot, 'docker/nginx/self-signed.sh'), 'clinic.test', dir], {
				stdio: 'ignore',
			});
			expect(statSync(join(dir, 'privkey.pem')).mode & 0o077).toBe(0);
			const cert = execFileSync('openssl', ['x509', '-in', join(dir, 'fullchain.pem'), '-noout', '-subject', '-ext', 'subjectAltName'], {
				encoding: 'utf8',
			});
			expect(cert).toContain('DNS:clinic.test');
			expect(readFileSync(join(dir, 'privkey.pem'), 'utf8')).toMatch(/BEGIN (EC )?PRIVATE KEY/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('docker/nginx/nginx.conf: routing (HTTPS server)', () => {
	it.each([
		...PUBLIC_PATHS.map((path) => [path, WEBHOOK]),
		['/webhook-test/whatsapp/waha', MAIN],
		['/form-test/booking', MAIN],
		['/rest/push', MAIN],
		['/rest/login', MAIN],
		['/rest/workflows', MAIN],
		['/api/v1/workflows', MAIN],
		['/healthz', MAIN],
		['/', MAIN],
	])('routes %s to %s', (path, upstream) => {
		expect(routeRequest(http, https, path).upstream).toBe(upstream);
	});

	it('proxies only to compose services on the n8n port', () => {
		const hosts = children(https, 'set').map((set) => new URL(set.args[1]));
		expect(hosts.length).toBeGreaterThan(0);
		for (const url of hosts) {
			expect(Object.keys(services)).toContain(url.hostname);
			expect(url.port).toBe('5678');
		}
	});

	it('upgrades the editor push connection to a WebSocket', () => {
		const push = routeRequest(http, https, '/rest/push');
		expect(push.directive('proxy_http_version')).toEqual(['1.1']);
		expect(push.headers.upgrade).toBe('$http_upgrade');
		expect(push.headers.connection).toBe('$connection_upgrade');
		const map = children(http, 'map').find((m) => m.args[1] === '$connection_upgrade');
		expect(map?.args[0]).toBe('$http_upgrade');
		expect(Number.parseInt(push.directive('proxy_read_timeout')![0], 10)).toBeGreaterThanOrEqual(3600);
	});

	it('passes the client address and scheme to n8n on every route', () => {
		for (const path of ['/webhook/whatsapp/waha', '/rest/push', '/rest/login', '/']) {
			const { headers } = routeRequest(http, https, path);
			expect(headers).toEqual(
				expect.objectContaining({
					'x-real-ip': '$remote_addr',
					'x-forwarded-for': '$proxy_add_x_forwarded_for',
					'x-forwarded-proto': '$scheme',
					host: '$http_host',
				}),
			);
		}
	});

	it('streams webhook bodies unbuffered, so signatures over the raw body hold', () => {
		const webhook = routeRequest(http, https, '/webhook/whatsapp/waha');
		expect(webhook.directive('proxy_request_buffering')).toEqual(['off']);
		expect(webhook.directive('proxy_buffering')).toEqual(['off']);
	});

	it('accepts 25 MB bodies for WhatsApp media and sets timeouts', () => {
		const webhook = routeRequest(http, https, '/webhook/whatsapp/waha');
		expect(webhook.directive('client_max_body_size')).toEqual(['25m']);
		for (const name of ['proxy_connect_timeout', 'proxy_read_timeout', 'proxy_send_timeout']) {
			expect(webhook.directive(name)).toBeDefined();
		}
	});

	it('re-resolves service names through Docker DNS', () => {
		expect(children(http, 'resolver')[0]?.args[0]).toBe('127.0.0.11');
	});
});

describe('docker/nginx/nginx.conf: editor and APIs only from N8N_EDITOR_ALLOW_CIDRS', () => {
	const inside = ['203.0.113.7', '198.51.100.42', '2001:db8::5'];
	const outside = ['192.0.2.1', '203.0.113.8', '198.51.101.1', '2001:db9::1', '10.0.0.5', '127.0.0.1'];

	it.each(EDITOR_PATHS)('serves %s to listed addresses only', (path) => {
		const route = routeRequest(http, https, path);
		for (const ip of inside) expect({ ip, access: route.access(ip) }).toEqual({ ip, access: 'allow' });
		for (const ip of outside) expect({ ip, access: route.access(ip) }).toEqual({ ip, access: 'deny' });
	});

	it.each(PUBLIC_PATHS)('serves %s to everyone (providers and patients)', (path) => {
		const route = routeRequest(http, https, path);
		for (const ip of [...inside, ...outside]) {
			expect({ ip, access: route.access(ip) }).toEqual({ ip, access: 'allow' });
		}
	});

	it('is private by default: only the public webhook location opens itself', () => {
		const opened = children(https, 'location').filter((l) => children(l.block, 'allow').some((a) => a.args[0] === 'all'));
		expect(opened.map((l) => l.args.join(' '))).toEqual(['~ ^/(webhook|webhook-waiting|form|form-waiting)/']);
		// The server-level rules end with `deny all;`
		const rules = https.filter((d) => d.name === 'allow' || d.name === 'deny');
		expect(rules[rules.length - 1]).toEqual({ name: 'deny', args: ['all'] });
	});

	it('takes the list from the environment, required (no default, so never open by accident)', () => {
		expect(serviceEnv(nginxService).N8N_EDITOR_ALLOW_CIDRS).toMatch(/^\$\{N8N_EDITOR_ALLOW_CIDRS:\?[^}]+\}$/);
		const entry = loadEnvExample().find((e) => e.name === 'N8N_EDITOR_ALLOW_CIDRS');
		expect(entry?.value).toBe('');
		expect(entry?.comment.join(' ')).toMatch(/403/);
	});
});

describe('docker/nginx/40-editor-allow-list.sh', () => {
	it('writes one allow line per entry (commas, spaces or newlines), then deny all', () => {
		const { status, conf } = runEditorAllowList('203.0.113.7/32,198.51.100.0/24\n2001:db8::/48  10.1.2.3');
		expect(status).toBe(0);
		const rules = parseNginx(conf!);
		expect(rules).toEqual([
			{ name: 'allow', args: ['203.0.113.7/32'] },
			{ name: 'allow', args: ['198.51.100.0/24'] },
			{ name: 'allow', args: ['2001:db8::/48'] },
			{ name: 'allow', args: ['10.1.2.3'] },
			{ name: 'deny', args: ['all'] },
		]);
	});

	it.each([
		['unset', undefined],
		['empty', ''],
		['only separators', ' , ,'],
	])('refuses an %s list, so nginx does not start', (_label, value) => {
		const { status, stderr, conf } = runEditorAllowList(value);
		expect(status).not.toBe(0);
		expect(stderr).toMatch(/N8N_EDITOR_ALLOW_CIDRS is empty/);
		expect(conf).toBeUndefined();
	});

	it.each(['10.0.0.0/8;allow', '10.0.0.0/8}', 'all', '*', '256.1.1.1', '10.0.0.0/33', '2001:db8::/129', 'example.com', '$remote_addr'])(
		'refuses %s (config injection or not an address)',
		(value) => {
			const { status, stderr, conf } = runEditorAllowList(`203.0.113.7 ${value}`);
			expect(status).not.toBe(0);
			expect(stderr).toContain('is not an IPv4/IPv6 address or CIDR range');
			expect(conf).toBeUndefined();
		},
	);

	it('accepts an explicit open list, with a warning', () => {
		const { status, stderr, conf } = runEditorAllowList('0.0.0.0/0, ::/0');
		expect(status).toBe(0);
		expect(stderr).toMatch(/WARNING: 0\.0\.0\.0\/0 opens/);
		expect(conf).toContain('allow ::/0;');
	});
});

describe('docker/nginx/nginx.conf: rate limits', () => {
	const zones = Object.fromEntries(
		children(http, 'limit_req_zone').map((z) => {
			const zone = z.args
				.find((a) => a.startsWith('zone='))!
				.slice('zone='.length)
				.split(':')[0];
			const rate = z.args.find((a) => a.startsWith('rate='))!.slice('rate='.length);
			return [zone, { key: z.args[0], rate }];
		}),
	);

	function limit(path: string): { zone?: string; burst?: number; nodelay: boolean } {
		const args = routeRequest(http, https, path).directive('limit_req');
		if (!args) return { nodelay: false };
		return {
			zone: args.find((a) => a.startsWith('zone='))?.slice('zone='.length),
			burst: Number(args.find((a) => a.startsWith('burst='))?.slice('burst='.length)),
			nodelay: args.includes('nodelay'),
		};
	}

	it('answers 429 when a limit is hit', () => {
		expect(children(http, 'limit_req_status')[0]?.args).toEqual(['429']);
	});

	it.each(PUBLIC_PATHS)('limits %s generously per client address (providers burst)', (path) => {
		const { zone, burst, nodelay } = limit(path);
		expect(zone).toBe('n8n_webhook');
		expect(zones.n8n_webhook).toEqual({ key: '$binary_remote_addr', rate: '30r/s' });
		expect(burst).toBeGreaterThanOrEqual(100);
		expect(nodelay).toBe(true);
	});

	it.each(LOGIN_PATHS)('limits POSTs to %s strictly', (path) => {
		expect(limit(path)).toEqual({ zone: 'n8n_login', burst: 5, nodelay: true });
		expect(zones.n8n_login.rate).toBe('5r/m');
	});

	it('counts only POSTs to the login routes (the editor GETs /rest/login on every load)', () => {
		const key = zones.n8n_login.key;
		const map = children(http, 'map').find((m) => m.args[1] === key);
		expect(map?.args[0]).toBe('$request_method');
		const entries = Object.fromEntries((map?.block ?? []).map((d) => [d.name, d.args[0]]));
		// An empty key is not counted by limit_req
		expect(entries).toEqual({ POST: '$binary_remote_addr', default: '' });
	});

	it.each(['/rest/settings', '/rest/push', '/rest/workflows', '/'])('does not limit %s', (path) => {
		expect(limit(path).zone).toBeUndefined();
	});
});

describe('docker/nginx/chroma-auth.conf.template: token check in front of Chroma', () => {
	const TOKEN = 'abc123def456';
	const template = readRepoFile('docker/nginx/chroma-auth.conf.template');
	// What the nginx image's envsubst step writes to conf.d/default.conf (inside http {})
	const rendered = parseNginx(template.replace(/\$\{CHROMA_AUTH_TOKEN\}/g, TOKEN));
	const server = children(rendered, 'server')[0]?.block ?? [];
	const proxy = services['chromadb-auth'];

	it('is rendered by the nginx image from /etc/nginx/templates, with the token from .env', () => {
		expect(volumes('chromadb-auth')).toEqual(['./docker/nginx/chroma-auth.conf.template:/etc/nginx/templates/default.conf.template:ro']);
		expect(serviceEnv(proxy).CHROMA_AUTH_TOKEN).toMatch(/^\$\{CHROMA_AUTH_TOKEN:\?[^}]+\}$/);
		// Only that variable: envsubst would replace any other ${VAR} the container defines
		expect([...template.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1])).toEqual(['CHROMA_AUTH_TOKEN']);
	});

	it("checks the header the package's Chroma credential and client send", () => {
		const credential = readRepoFile('credentials/WhatsAppAiChromaApi.credentials.ts');
		const client = readRepoFile('nodes/shared/clients/chroma.ts');
		const sent = /headers: \{ '([A-Za-z-]+)': '=\{\{\$credentials\.authToken\}\}' \}/;
		const header = sent.exec(credential)?.[1];
		expect(header).toBe('X-Chroma-Token');
		expect(client).toContain(`'${header}': creds.authToken`);
		const map = children(rendered, 'map')[0];
		expect(map.args[0]).toBe(`$http_${header!.toLowerCase().replace(/-/g, '_')}`);
		const entries = Object.fromEntries((map.block ?? []).map((d) => [d.name, d.args[0]]));
		// The empty-token entry makes nginx refuse to start when the token is empty.
		expect(entries).toEqual({ default: '0', '': '0', [TOKEN]: '1' });
	});

	it('answers 401 without the token and forwards to Chroma with it', () => {
		const root = children(server, 'location').find((l) => l.args.join(' ') === '/');
		const check = children(root?.block, 'if')[0];
		expect(check?.args.join(' ')).toBe(`(${children(rendered, 'map')[0].args[1]} = 0)`);
		expect(children(check?.block, 'return')[0]?.args).toEqual(['401']);
		expect(children(root?.block, 'proxy_pass')[0]?.args).toEqual(['$chroma']);
		expect(children(server, 'set')[0]?.args).toEqual(['$chroma', 'http://chromadb:8000']);
	});

	it('leaves the heartbeat open, as Chroma does, for healthchecks and the credential test', () => {
		const heartbeat = children(server, 'location').find((l) => l.args.join(' ') === '= /api/v2/heartbeat');
		expect(children(heartbeat?.block, 'if')).toEqual([]);
		expect(children(heartbeat?.block, 'proxy_pass')[0]?.args).toEqual(['$chroma']);
		expect(healthcheckText(proxy)).toContain('/api/v2/heartbeat');
		expect(children(server, 'listen')[0]?.args).toEqual(['8000']);
	});

	it('is the only way to Chroma: no published port, no shared network, no ignored auth settings', () => {
		const chroma = services.chromadb;
		expect(chroma.ports).toBeUndefined();
		expect(Object.keys(serviceEnv(chroma)).filter((k) => k.startsWith('CHROMA_SERVER_AUTH'))).toEqual([]);
		expect(Object.keys(services['chromadb-auth'].depends_on ?? {})).toEqual(['chromadb']);
	});
});
