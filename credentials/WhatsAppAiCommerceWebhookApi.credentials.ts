import type { ICredentialType, INodeProperties } from 'n8n-workflow';

// The shared secret a shop signs its commerce webhooks with (abandoned carts, payments). Kept in
// n8n's encrypted credential store rather than in a node parameter, so exporting or sharing the
// workflow never exposes it. Tested by the Cart Recovery Trigger (testedBy
// 'whatsAppAiCommerceWebhookSecretTest'): there is no remote service to call, so the test checks
// that the secret is there and long enough to resist guessing.
export class WhatsAppAiCommerceWebhookApi implements ICredentialType {
	name = 'whatsAppAiCommerceWebhookApi';

	displayName = 'WhatsApp AI: Commerce Webhook API';

	icon = { light: 'file:../icons/cartTrigger.svg', dark: 'file:../icons/cartTrigger.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The shared secret your shop signs webhooks with (HMAC-SHA256 of the raw body). Required: while it is empty, every webhook is refused with HTTP 401. Use at least 32 random characters.',
		},
		{
			displayName: 'Signature Header',
			name: 'signatureHeader',
			type: 'string',
			default: 'X-Signature-256',
			required: true,
			description: 'The request header carrying the signature, as hex or "sha256=" followed by hex',
		},
	];
}
