// Tenant and session names become parts of Redis keys and conversation keys joined with ':'
// (`tenant:provider:session:phone`). A ':' inside one would let tenant `a:waha` with session `s`
// and tenant `a` with session `waha:s` name the same conversation, so it is refused, as are
// whitespace and control characters (invisible in logs, and unsafe in key patterns).

const KEY_PART = /^[^\s:\p{Cc}]{1,100}$/u;

/** Why `value` cannot be a tenant or session name, or undefined when it can. */
export function keyPartProblem(label: 'tenant' | 'session', value: unknown): string | undefined {
	if (typeof value !== 'string' || value === '') return `${label} must be a non-empty name`;
	if (KEY_PART.test(value)) return undefined;
	if (value.length > 100) return `${label} must be at most 100 characters`;
	return `${label} "${value.replace(/\p{Cc}/gu, '?').slice(0, 40)}" must not contain ":", spaces or control characters`;
}

export class KeyPartError extends Error {}

/** `value` when it can be a tenant or session name; throws a KeyPartError that says why not. */
export function checkKeyPart(label: 'tenant' | 'session', value: unknown): string {
	const problem = keyPartProblem(label, value);
	if (problem) throw new KeyPartError(problem);
	return value as string;
}
