// A Lua script sent by its SHA-1 (EVALSHA) and only in full when the server has not seen it
// yet (NOSCRIPT, e.g. after a restart or on a new replica): one round trip, little traffic.
import { createHash } from 'crypto';
import type Redis from 'ioredis';

export class LuaScript {
	readonly sha: string;

	constructor(readonly source: string) {
		this.sha = createHash('sha1').update(source).digest('hex');
	}

	async run(redis: Redis, keys: string[], args: Array<string | number>): Promise<unknown> {
		try {
			return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
		} catch (error) {
			if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
			return await redis.eval(this.source, keys.length, ...keys, ...args);
		}
	}
}
