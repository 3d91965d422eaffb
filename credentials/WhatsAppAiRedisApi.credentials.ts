import type { ICredentialType, INodeProperties } from 'n8n-workflow';

// Tested by the nodes that use it (testedBy: 'whatsAppAiRedisConnectionTest'): a real PING,
// since Redis speaks no HTTP that a credential test request could reach.
export class WhatsAppAiRedisApi implements ICredentialType {
	name = 'whatsAppAiRedisApi';

	displayName = 'WhatsApp AI: Redis API';

	icon = { light: 'file:../icons/redis.svg', dark: 'file:../icons/redis.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{ displayName: 'Host', name: 'host', type: 'string', default: 'localhost', required: true },
		{ displayName: 'Port', name: 'port', type: 'number', default: 6379 },
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			description: 'Redis 6+ ACL user; leave empty for the default user',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Database Number', name: 'database', type: 'number', default: 0 },
		{ displayName: 'SSL/TLS', name: 'ssl', type: 'boolean', default: false },
		{
			displayName: 'Key Prefix',
			name: 'prefix',
			type: 'string',
			default: 'wa:',
			description: 'Prefix of every key this package writes, so it can share a Redis with others',
		},
	];
}
