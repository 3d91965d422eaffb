import type { ICredentialType, INodeProperties } from 'n8n-workflow';

// Tested by the nodes that use it (testedBy: 'whatsAppAiPostgresConnectionTest'): a real
// SELECT 1, since Postgres speaks no HTTP that a credential test request could reach.
export class WhatsAppAiPostgresApi implements ICredentialType {
	name = 'whatsAppAiPostgresApi';

	displayName = 'WhatsApp AI: Postgres API';

	icon = { light: 'file:../icons/postgres.svg', dark: 'file:../icons/postgres.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{ displayName: 'Host', name: 'host', type: 'string', default: 'localhost', required: true },
		{ displayName: 'Port', name: 'port', type: 'number', default: 5432 },
		{ displayName: 'Database', name: 'database', type: 'string', default: 'postgres', required: true },
		{ displayName: 'User', name: 'user', type: 'string', default: 'postgres', required: true },
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'SSL',
			name: 'ssl',
			type: 'options',
			options: [
				{ name: 'Disable', value: 'disable' },
				{ name: 'Require (Do Not Verify Certificate)', value: 'require' },
				{ name: 'Verify Full', value: 'verify-full' },
			],
			default: 'disable',
		},
		{
			displayName: 'Max Connections',
			name: 'maxConnections',
			type: 'number',
			default: 10,
			description: 'Size of the connection pool shared by every execution in this n8n process',
		},
	];
}
