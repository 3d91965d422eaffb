import type { Pool } from 'pg';
import { ensureMigrated } from '../shared/migrations/runner';
import { MemoryInputError, toIso } from './errors';
import { MEMORY_MIGRATIONS } from './migrations';
import { isTurnRole, type TurnRole } from './turns';

// Long-term record of every appended turn in Postgres, for clinics that must keep one. Redis
// history expires; this does not, until the retention purge removes it.

export const DEFAULT_PURGE_BATCH_SIZE = 5_000;

export interface LogTurnInput {
	tenant: string;
	conversationKey: string;
	/** The contact's number; for group chats the member's (groupMemberOf), else erase cannot find the row. Defaults to the last part of the conversation key. */
	phone?: string;
	role: TurnRole;
	text: string;
	messageId?: string;
	metadata?: Record<string, unknown>;
	/** When the message was sent; defaults to now. Retention counts from it. */
	at?: string | Date;
}

/** `${tenant}:${provider}:${session}:${phone}` → phone (the group id for group chats). */
export function phoneFromConversationKey(conversationKey: string): string {
	return conversationKey.slice(conversationKey.lastIndexOf(':') + 1);
}

/** Write one turn; returns false when this message id and role were already logged. */
export async function logTurn(pool: Pool, input: LogTurnInput): Promise<boolean> {
	if (!input.tenant) throw new MemoryInputError('tenant is required for the audit log');
	if (!isTurnRole(input.role)) throw new MemoryInputError(`role must be user, assistant or system, got ${String(input.role)}`);
	const phone = input.phone || phoneFromConversationKey(input.conversationKey);
	if (!phone) throw new MemoryInputError(`no phone in conversation key ${input.conversationKey}`);
	await ensureMigrated(pool, MEMORY_MIGRATIONS);
	const result = await pool.query(
		`INSERT INTO conversation_log (tenant, phone, conversation_key, role, text, message_id, metadata, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT DO NOTHING`,
		[
			input.tenant,
			phone,
			input.conversationKey,
			input.role,
			withoutNul(String(input.text ?? '')),
			input.messageId || null,
			// Stringified by hand: pg would turn a top-level array into a Postgres array.
			input.metadata ? JSON.stringify(input.metadata) : null,
			toIso('at', input.at ?? new Date()),
		],
	);
	return result.rowCount === 1;
}

/**
 * Delete one tenant's rows older than `days`, in batches so no single statement holds locks on
 * a large table for long. Returns how many rows went.
 */
export async function purgeOlderThan(
	pool: Pool,
	tenant: string,
	days: number,
	{ batchSize = DEFAULT_PURGE_BATCH_SIZE, now = new Date() }: { batchSize?: number; now?: Date } = {},
): Promise<number> {
	if (!tenant) throw new MemoryInputError('tenant is required to purge the audit log');
	// Zero or negative days would empty the log: refuse rather than guess.
	if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
		throw new MemoryInputError(`retention days must be a positive number, got ${String(days)}`);
	}
	if (!Number.isInteger(batchSize) || batchSize < 1) throw new MemoryInputError('batchSize must be a whole number of at least 1');
	await ensureMigrated(pool, MEMORY_MIGRATIONS);
	// One fixed cutoff, so the loop ends even while new rows arrive.
	const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
	let deleted = 0;
	for (;;) {
		const result = await pool.query(
			`DELETE FROM conversation_log WHERE id IN (
				SELECT id FROM conversation_log WHERE tenant = $1 AND created_at < $2 LIMIT $3
			)`,
			[tenant, cutoff, batchSize],
		);
		const count = result.rowCount ?? 0;
		deleted += count;
		if (count < batchSize) return deleted;
	}
}

function withoutNul(text: string): string {
	// Postgres text cannot hold U+0000; WhatsApp text should not carry it, but one must not fail the log.
	return text.replace(/\u0000/g, '');
}
