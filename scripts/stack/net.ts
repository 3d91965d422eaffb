import { createServer } from 'net';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Thrown by a `waitFor` check to stop waiting at once (the thing being waited for died). */
export class GiveUp extends Error {}

/** Polls `check` until it returns true; fails with `what` and the last error after `timeoutMs`. */
export async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, everyMs = 250): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	while (Date.now() < deadline) {
		try {
			if (await check()) return;
		} catch (error) {
			lastError = error;
			if (error instanceof GiveUp) throw error;
		}
		await new Promise((resolve) => setTimeout(resolve, everyMs));
	}
	const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
	throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
}
