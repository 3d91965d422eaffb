// Hints for the words of this package that clinic staff meet in the node panel. One place, so
// every node explains a word the same way.

/** Under every Tenant field. */
export const TENANT_HINT =
	'Tenant = the name of your clinic or shop inside this n8n (e.g. "clinica-sorriso"). Keep "default" if you run just one. Everything saved (conversations, bookings, consent) is kept apart per tenant.';

/** Under every Conversation Key field. */
export const CONVERSATION_KEY_HINT =
	'Conversation key = which chat this is: tenant, WhatsApp service, number and phone, joined by ":". The WhatsApp AI Trigger fills it in; leave it as it is.';

/** Under the Idempotency Key of a booking. */
export const IDEMPOTENCY_KEY_HINT =
	'A "do it only once" code: if the same request arrives twice (WhatsApp sometimes repeats a message), the second one returns the first appointment instead of booking again. The WhatsApp message ID is a good choice.';

/** Under Append Turn. */
export const APPEND_TURN_HINT =
	'A "turn" is one message in the chat, from the patient (User) or from the bot or staff (Assistant). Add Message to History adds it to the remembered conversation.';
