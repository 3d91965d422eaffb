// Errors a shop, its staff or an AI agent can act on. Each has a stable code (the node shell
// turns it into the failed item's `error.kind`), and a message that says what was expected.

export const CART_ERROR_CODES = [
	/** A field is missing or malformed (phone, value, link...). */
	'invalid_input',
	/** No cart with that id or external id in this tenant. */
	'not_found',
	/** A payment whose amount matches neither the cart's value nor its discounted value. */
	'amount_mismatch',
	/** A payment in another currency than the cart's. */
	'currency_mismatch',
	/** A second, different payment for a cart that is already paid. */
	'already_converted',
	/** An idempotency key (external id, payment id) already used for something else. */
	'conflict',
] as const;

export type CartErrorCode = (typeof CART_ERROR_CODES)[number];

export class CartError extends Error {
	constructor(
		readonly code: CartErrorCode,
		message: string,
		/** Extra facts for the failed item's `error` (expected amounts, the existing payment). */
		readonly details?: Record<string, unknown>,
	) {
		super(message);
		this.name = 'CartError';
	}
}

export function invalidInput(message: string): CartError {
	return new CartError('invalid_input', message);
}

export function isCartError(error: unknown, code?: CartErrorCode): error is CartError {
	return error instanceof CartError && (code === undefined || error.code === code);
}
