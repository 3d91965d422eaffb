// Optional: point the provider's webhook at this trigger when the workflow is activated, and
// take it away when it is deactivated. WAHA keeps webhooks in the session config, Evolution API
// per instance; the Cloud API's subscription lives in the Meta app dashboard, so the Cloud
// provider has no registration at all.

export interface RegistrationHttp {
	json(method: 'GET' | 'POST' | 'PUT', url: string, body?: Record<string, unknown>): Promise<unknown>;
}

export interface RegistrationTarget {
	baseUrl: string;
	/** WAHA session or Evolution instance. */
	session: string;
	webhookUrl: string;
	/** The webhook secret the provider must send back or sign with (WAHA HMAC key, Evolution API key). */
	secret?: string;
	statuses: boolean;
	sessions: boolean;
}

export interface WebhookRegistration {
	isRegistered(target: RegistrationTarget, http: RegistrationHttp): Promise<boolean>;
	register(target: RegistrationTarget, http: RegistrationHttp): Promise<void>;
	unregister(target: RegistrationTarget, http: RegistrationHttp): Promise<void>;
}

export type Json = Record<string, unknown>;

export const baseOf = (target: RegistrationTarget) => target.baseUrl.replace(/\/+$/, '');
