import type Redis from 'ioredis';

// Lua scripts run atomically on the server, so several n8n workers writing the same contact
// never interleave. defineCommand sends EVALSHA and falls back to EVAL once per connection.

export type ScriptArg = string | number;
export type RunScript = (redis: Redis, keys: string[], args: ScriptArg[]) => Promise<unknown>;

type WithCommand = Record<string, (...args: ScriptArg[]) => Promise<unknown>>;

export function defineScript(name: string, lua: string, numberOfKeys: number): RunScript {
	return async (redis, keys, args) => {
		if (keys.length !== numberOfKeys) throw new Error(`${name} takes ${numberOfKeys} keys, got ${keys.length}`);
		const commands = redis as unknown as WithCommand;
		// The shared client lives for the whole process: define once, reuse on every call.
		if (typeof commands[name] !== 'function') redis.defineCommand(name, { numberOfKeys, lua });
		return await commands[name](...keys, ...args);
	};
}
