// The agent throws only for input it cannot work with (a caller's bug or a misconfigured node).
// Everything that can go wrong with the model, the tools or the services during a turn ends in
// an answer (the fallback at worst), never in an exception.

export type AgentErrorKind = 'invalid_input' | 'invalid_option';

export class AgentError extends Error {
	constructor(
		message: string,
		/** Machine-readable: 'invalid_input' (the message), 'invalid_option' (the configuration). */
		readonly kind: AgentErrorKind,
		/** The field at fault, e.g. 'message.phone' or 'timeoutMs'. */
		readonly field?: string,
	) {
		super(message);
		this.name = 'AgentError';
	}
}

export function invalidOption(field: string, message: string): AgentError {
	return new AgentError(`${field} ${message}`, 'invalid_option', field);
}

export function invalidInput(field: string, message: string): AgentError {
	return new AgentError(`${field} ${message}`, 'invalid_input', field);
}
