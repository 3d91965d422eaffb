import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class WhatsAppAiChromaApi implements ICredentialType {
	name = 'whatsAppAiChromaApi';

	displayName = 'WhatsApp AI: ChromaDB API';

	icon = { light: 'file:../icons/chroma.svg', dark: 'file:../icons/chroma.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:8000',
			placeholder: 'http://chromadb-auth:8000',
			description: 'Where your Chroma server answers',
			required: true,
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Sent as the X-Chroma-Token header when your server has token auth on; leave empty otherwise',
		},
		{
			displayName: 'Chroma Tenant',
			name: 'chromaTenant',
			type: 'string',
			default: 'default_tenant',
			description: "Chroma's own tenant (not the clinic tenant, which is a node parameter)",
		},
		{
			displayName: 'Database',
			name: 'database',
			type: 'string',
			default: 'default_database',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-Chroma-Token': '={{$credentials.authToken}}' },
		},
	};

	// Reads the configured Chroma tenant and database: an endpoint our token proxy guards (only the
	// heartbeat is open there), so a wrong Auth Token fails the test, and one that Chroma answers
	// with 404 when the tenant or database does not exist. A plain Chroma without auth answers it
	// with or without the header.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/api/v2/tenants/{{encodeURIComponent($credentials.chromaTenant || "default_tenant")}}/databases/{{encodeURIComponent($credentials.database || "default_database")}}',
			method: 'GET',
		},
	};
}
