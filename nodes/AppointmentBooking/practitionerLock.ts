// Writers that claim time of one practitioner take turns.
//
// The exclusion constraint alone never lets two overlapping appointments in, but it checks a new
// entry only after inserting it: two writers claiming the same slot at the same instant can each
// insert, then each wait for the other's transaction, and Postgres breaks that deadlock after
// deadlock_timeout (1 s) by failing one with 40P01. So book and reschedule first take a
// transaction-scoped advisory lock on the practitioner: the second writer waits until the first
// commits and then meets a committed row, which the constraint refuses at once (slot_taken).
// The constraint still decides; the lock only orders the writers. Other practitioners are
// unaffected, and a writer that skips the lock (psql, an older version) is still refused by the
// constraint; should it deadlock with us, retryOnDeadlock asks again.
import { sqlStateOf } from './errors';

const LOCK_NAMESPACE = 'n8n-nodes-whatsapp-ai:booking';

/** SQL that takes this transaction's write turn for the practitioner id in parameter `$n`. */
export function practitionerLockSql(parameter: string): string {
	return `pg_advisory_xact_lock(hashtext('${LOCK_NAMESPACE}'), hashtext(${parameter}::text))`;
}

const DEADLOCK_DETECTED = '40P01';
export const DEADLOCK_ATTEMPTS = 3;

/** Runs `run` again when Postgres chose it as a deadlock victim (nothing of it was kept). */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = DEADLOCK_ATTEMPTS): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await run();
		} catch (error) {
			if (sqlStateOf(error) !== DEADLOCK_DETECTED || attempt >= attempts) throw error;
		}
	}
}
