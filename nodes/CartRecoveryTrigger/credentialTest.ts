import type { INodeCredentialTestResult } from 'n8n-workflow';

// The Commerce Webhook credential's test, run by the node (testedBy): there is no remote service
// to call, so it checks what can be checked: a secret is set, long enough to resist guessing,
// and the header name is one.

export interface CommerceCredentials {
	secret?: string;
	signatureHeader?: string;
}

/** Shorter secrets can be guessed; the credential test says so (the webhook still accepts them). */
export const MIN_SECRET_LENGTH = 16;

export function testCommerceSecret(data: CommerceCredentials | undefined): INodeCredentialTestResult {
	const secret = String(data?.secret ?? '');
	if (secret === '')
		return { status: 'Error', message: 'No webhook secret: every webhook would be refused with 401. Set the secret your shop signs with.' };
	if (secret.length < MIN_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `The secret has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} (32 random characters recommended)`,
		};
	}
	const header = String(data?.signatureHeader ?? '').trim();
	if (header !== '' && !/^[A-Za-z0-9-]+$/.test(header)) return { status: 'Error', message: `"${header}" is not a valid header name` };
	return { status: 'OK', message: 'The secret is set; webhooks signed with it will be accepted' };
}
