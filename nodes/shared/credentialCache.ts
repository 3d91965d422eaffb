import type { ICredentialDataDecryptedObject, IWebhookFunctions } from 'n8n-workflow';

// Each getCredentials() in a webhook makes n8n 2.x acquire a fresh expression isolate, about
// 35 ms of CPU on the main process (measured with bench/e2e-echo.ts). The trigger needs its
// provider secret and the Redis credential on every webhook, so it keeps what n8n decrypted for
// a few seconds, per workflow, node, credential type and credential ID: a different workflow or
// a re-pointed node never sees another's entry, and an edited credential applies within the TTL.

export const WEBHOOK_CREDENTIAL_TTL_MS = 5_000;

const cache = new Map<string, { data: ICredentialDataDecryptedObject; expires: number }>();

/** The node's credential of `type`, or undefined when the node has none of that type set. */
export async function webhookCredentials<T extends object = ICredentialDataDecryptedObject>(
	context: IWebhookFunctions,
	type: string,
	ttlMs = WEBHOOK_CREDENTIAL_TTL_MS,
	now: () => number = Date.now,
): Promise<T | undefined> {
	const node = context.getNode();
	const reference = node.credentials?.[type];
	if (!reference?.id) return undefined;
	const key = `${context.getWorkflow().id}:${node.id}:${type}:${reference.id}`;
	const hit = cache.get(key);
	if (hit && hit.expires > now()) return hit.data as T;
	const data = await context.getCredentials<T>(type);
	cache.set(key, { data: data as ICredentialDataDecryptedObject, expires: now() + ttlMs });
	return data;
}

/** For tests. */
export function clearWebhookCredentialCache(): void {
	cache.clear();
}
