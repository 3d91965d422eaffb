// Constant-time comparison of API keys and tokens: the simulator checks them like the real
// providers, and a local tool is no reason to show a timing side channel in code others copy.

import { createHash, timingSafeEqual } from 'node:crypto';

/** Hashing first makes both sides the same length and hides the secret's length too. */
export function equalSecrets(given: string, expected: string): boolean {
	const a = createHash('sha256').update(given, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b);
}
