// The WhatsApp simulator as `npm start` runs it: each provider's chats post, signed with the
// local secrets, to the workflow that provider serves here (WAHA → the clinic assistant, Cloud
// API → the veterinary assistant, Evolution API → the echo), and n8n's credentials point at the
// simulator's provider endpoints.
import { startSimulator, type SimulatorHandle } from '../../simulator';
import type { LocalConfig } from './localConfig';
import { LOCAL_EVOLUTION_INSTANCE, LOCAL_PHONE_NUMBER_ID } from './provision';

export interface ProviderUrls {
	waha: string;
	cloud: string;
	evolution: string;
}

export type RunningSimulator = SimulatorHandle;

export async function startLocalSimulator(config: LocalConfig, webhookBase: string): Promise<RunningSimulator> {
	const secrets = config.secrets;
	return await startSimulator({
		port: config.simulatorPort,
		businessName: 'Clínica Bem Viver',
		waha: {
			webhookUrl: `${webhookBase}/webhook/whatsapp/clinic`,
			hmacKey: secrets.wahaHmacKey,
			apiKey: secrets.wahaApiKey,
			session: 'default',
		},
		cloud: {
			webhookUrl: `${webhookBase}/webhook/whatsapp/vet`,
			appSecret: secrets.cloudAppSecret,
			accessToken: secrets.cloudAccessToken,
			phoneNumberId: LOCAL_PHONE_NUMBER_ID,
			verifyToken: secrets.cloudVerifyToken,
		},
		evolution: { webhookUrl: `${webhookBase}/webhook/whatsapp/echo`, apiKey: secrets.evolutionApiKey, instance: LOCAL_EVOLUTION_INSTANCE },
	});
}
