// What both directions of a provider need to know about its account: which n8n credential holds
// it, which field names the session (WAHA session, Cloud phone number ID, Evolution instance),
// which secret authenticates its webhooks, and whether buttons and lists arrive as numbered
// text menus. The inbound (trigger) and outbound (send) halves live in the nodes' providers/.

import type { Provider } from '../message';

/** Credential fields as n8n decrypted them. */
export type CredentialData = Record<string, unknown>;

/** Credential fields that can authenticate a webhook; a provider reads only its own. */
export interface WebhookSecrets {
	/** Cloud API app secret (HMAC-SHA256 key of X-Hub-Signature-256). */
	appSecret?: string;
	/** WAHA webhook HMAC key (X-Webhook-Hmac). */
	webhookHmacKey?: string;
	/** Evolution API key, sent back in the body's `apikey` field or an `apikey` header. */
	apiKey?: string;
}

export interface ProviderAccount {
	name: Provider;
	label: string;
	credentialType: string;
	/** The session this credential speaks for. */
	sessionOf(credentials: CredentialData): string;
	webhookSecretsOf(credentials: CredentialData): WebhookSecrets;
	/** Buttons and lists go out as numbered text, so a reply like "2" must be mapped back. */
	numberedMenus: boolean;
}

export const text = (credentials: CredentialData, field: string): string =>
	typeof credentials[field] === 'string' ? (credentials[field] as string) : '';
