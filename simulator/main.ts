// `npm run simulator`: settings from SIMULATOR_* variables and --flags (flags win), then the
// simulator until Ctrl-C.

import { ConfigError, helpText, mergeOptions, optionsFromArgs, optionsFromEnv } from './config';
import { startSimulator } from './index';

async function main(): Promise<void> {
	const args = optionsFromArgs(process.argv.slice(2));
	if (args.help) {
		console.log(helpText());
		return;
	}
	const simulator = await startSimulator(mergeOptions(optionsFromEnv(process.env), args.options));
	const { config, providerUrls } = simulator;
	console.log(`WhatsApp simulator: open ${simulator.url}`);
	console.log('Point the n8n credentials at:');
	console.log(
		`  WAHA       Base URL ${providerUrls.waha}  API Key ${config.waha.apiKey || '(none)'}  Session ${config.waha.session}  Webhook HMAC Key ${config.waha.hmacKey || '(none)'}`,
	);
	console.log(
		`  Cloud API  Base URL ${providerUrls.cloud}  Access Token ${config.cloud.accessToken || '(none)'}  Phone Number ID ${config.cloud.phoneNumberId}  App Secret ${config.cloud.appSecret || '(none)'}  Verify Token ${config.cloud.verifyToken}`,
	);
	console.log(
		`  Evolution  Base URL ${providerUrls.evolution}  API Key ${config.evolution.apiKey || '(none)'}  Instance ${config.evolution.instance}`,
	);
	console.log('Patient messages go to:');
	for (const provider of ['waha', 'cloud', 'evolution'] as const)
		console.log(`  ${provider.padEnd(10)} ${config[provider].webhookUrl || '(only webhooks n8n registers)'}`);
	const stop = () => {
		void simulator.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error instanceof ConfigError ? `simulator: ${error.message}` : error);
	process.exit(1);
});
