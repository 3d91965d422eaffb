// `npm start`: the whole product on one machine, without Docker. Postgres and Redis (the running
// ones, or started here), a Chroma server, n8n with this package (one process, or queue mode
// with --workers N), the credentials, the workflows imported and active, the clinic's FAQ loaded,
// a few practitioners to book with, and the WhatsApp simulator to talk to it all. Ctrl-C stops
// everything it started. Data stays in .local/ (or WA_AI_LOCAL_DIR) for the next start.
//   npm start [-- --workers 2] [-- --engine legacy]
import path from 'path';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { startChroma, type RunningChroma } from './chroma';
import { loadLocalConfig, type LocalConfig } from './localConfig';
import { ownerSession, startN8nProcesses, installN8n, installPackage, nodeBinOf, type RunningN8n } from './n8n';
import { GiveUp } from './net';
import { ensureDatabases, ensurePostgresService, ensureRedisService, type Service } from './services';
import { provisionN8n, type Provisioned } from './provision';
import { startModel, type RunningModel } from './model';
import { startLocalSimulator, type RunningSimulator } from './simulator';

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

interface Running {
	postgres?: Service;
	redis?: Service;
	chroma?: RunningChroma;
	model?: RunningModel;
	n8n?: RunningN8n;
	simulator?: RunningSimulator;
}

function parseArgs(argv: string[]): { workers?: number; engine?: string } {
	const args: { workers?: number; engine?: string } = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = inline ?? argv[i + 1];
		if (flag === '--workers') args.workers = Number(value);
		else if (flag === '--engine') args.engine = value;
		else continue;
		if (inline === undefined) i++;
	}
	return args;
}

export async function startStack(config: LocalConfig, running: Running): Promise<Provisioned & { simulatorUrl: string }> {
	log('Checking PostgreSQL…');
	running.postgres = await ensurePostgresService(config, log);
	log(`PostgreSQL at ${running.postgres.host}:${running.postgres.port}${running.postgres.started ? ' (started here)' : ''}`);
	log('Checking Redis…');
	running.redis = await ensureRedisService(config, log);
	log(`Redis at ${running.redis.host}:${running.redis.port}${running.redis.started ? ' (started here)' : ''}`);
	const databases = ['whatsapp_ai', ...(config.workers > 0 ? ['n8n_local'] : [])];
	await ensureDatabases(running.postgres, databases);

	log('Starting Chroma…');
	running.chroma = await startChroma({ dataDir: path.join(config.dir, 'chroma'), port: config.chromaPort });
	running.model = await startModel(config, log);

	log('Installing n8n 2.41.1 and this package (the first run downloads n8n: a few minutes)…');
	const userFolder = path.join(config.dir, 'n8n');
	installPackage(userFolder, nodeBinOf(installN8n()));
	const mode = config.workers > 0 ? `queue mode: main + ${config.workers} workers + a webhook process` : 'one process';
	log(`Starting n8n (${mode}, expression engine ${config.expressionEngine})…`);
	running.n8n = await startN8nProcesses({
		userFolder,
		encryptionKey: config.secrets.encryptionKey,
		port: config.n8nPort,
		expressionEngine: config.expressionEngine,
		logDir: path.join(config.dir, 'logs'),
		queue:
			config.workers > 0
				? {
						workers: config.workers,
						postgres: {
							host: running.postgres.host,
							port: running.postgres.port,
							user: running.postgres.user!,
							password: running.postgres.password,
							database: 'n8n_local',
						},
						redis: { host: running.redis.host, port: running.redis.port, password: running.redis.password, database: 0 },
					}
				: undefined,
	});
	const session = await ownerSession(
		running.n8n.url,
		{ email: config.ownerEmail, firstName: 'Clinic', lastName: 'Staff', password: config.secrets.ownerPassword },
		'npm start',
	);

	log('Starting the WhatsApp simulator…');
	running.simulator = await startLocalSimulator(config, running.n8n.webhookUrl);
	log('Creating credentials, importing and activating the workflows…');
	const provisioned = await provisionN8n({
		config,
		n8n: running.n8n,
		apiKey: session.apiKey,
		postgres: running.postgres,
		redis: running.redis,
		chromaUrl: running.chroma.url,
		geminiUrl: running.model.url,
		geminiApiKey: running.model.apiKey,
		providerUrls: running.simulator.providerUrls,
		log,
	});
	return { ...provisioned, simulatorUrl: running.simulator.url };
}

export async function stopStack(running: Running): Promise<void> {
	await running.simulator?.stop().catch(() => undefined);
	await running.n8n?.stop().catch(() => undefined);
	await running.model?.stop().catch(() => undefined);
	await running.chroma?.stop().catch(() => undefined);
	await running.redis?.stop().catch(() => undefined);
	await running.postgres?.stop().catch(() => undefined);
	await closeAllClients().catch(() => undefined);
}

async function main(): Promise<void> {
	const config = loadLocalConfig(parseArgs(process.argv.slice(2)));
	const running: Running = {};
	let stopping = false;
	const shutdown = async (code: number) => {
		if (stopping) return;
		stopping = true;
		log('Stopping everything this started…');
		await stopStack(running);
		log('Stopped.');
		process.exit(code);
	};
	process.on('SIGINT', () => void shutdown(0));
	process.on('SIGTERM', () => void shutdown(0));
	try {
		const ready = await startStack(config, running);
		const login = config.generated
			? `${config.ownerEmail} / ${config.secrets.ownerPassword}  (generated once; kept in ${path.join(config.dir, 'secrets.json')})`
			: `${config.ownerEmail} (password in ${path.join(config.dir, 'secrets.json')}, or N8N_OWNER_PASSWORD in .env)`;
		console.log(`
Ready in ${((Date.now() - started) / 1000).toFixed(0)} s.

  n8n editor      ${running.n8n!.url}
  login           ${login}
  WhatsApp sim.   ${ready.simulatorUrl}
  workflows       ${ready.workflows.map((workflow) => workflow.name).join(', ')}
  model           ${config.geminiApiKey ? 'Google Gemini (GEMINI_API_KEY)' : 'a local demo model (set GEMINI_API_KEY in .env for real answers)'}

Open the simulator, start a WAHA chat to talk to the clinic assistant, or a Cloud API chat for the
veterinary one. Ctrl-C stops everything.
STACK_READY ${JSON.stringify({ editor: running.n8n!.url, simulator: ready.simulatorUrl, pids: running.n8n!.processes.map((p) => p.pid) })}
`);
	} catch (error) {
		console.error(`\n${error instanceof GiveUp ? error.message : ((error as Error).stack ?? error)}`);
		await shutdown(1);
	}
}

if (require.main === module) void main();
