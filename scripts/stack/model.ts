// The model `npm start` points the Gemini credential at: Google's API when GEMINI_API_KEY is set,
// otherwise a local demo model that speaks Gemini's REST format (the test suite's fake), so the
// whole flow can be tried without a key. Its answers say they come from a demo.
import { GeminiFake } from '../../test/fakes/geminiFake';
import type { LocalConfig } from './localConfig';

export interface RunningModel {
	url: string;
	apiKey: string;
	stop(): Promise<void>;
}

const GOOGLE = 'https://generativelanguage.googleapis.com';

type Json = Record<string, unknown>;

function lastUserText(body: Json): string {
	const contents = Array.isArray(body.contents) ? (body.contents as Json[]) : [];
	const user = [...contents].reverse().find((content) => content.role === 'user');
	const parts = Array.isArray(user?.parts) ? (user.parts as Json[]) : [];
	return parts
		.map((part) => (typeof part.text === 'string' ? part.text : ''))
		.join(' ')
		.trim();
}

function systemText(body: Json): string {
	const instruction = body.systemInstruction as Json | undefined;
	const parts = Array.isArray(instruction?.parts) ? (instruction.parts as Json[]) : [];
	return parts.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
}

export async function startModel(config: LocalConfig, log: (line: string) => void): Promise<RunningModel> {
	if (config.geminiApiKey) return { url: GOOGLE, apiKey: config.geminiApiKey, stop: async () => undefined };
	log('No GEMINI_API_KEY in .env: starting a local demo model');
	const demo = new GeminiFake({ apiKey: 'demo' });
	demo.setDefault((body) => {
		// The agent's topic check asks for JSON: everything is on topic in the demo.
		if ((body.generationConfig as Json | undefined)?.responseSchema) return JSON.stringify({ on_topic: true, confidence: 0.9 });
		const text = lastUserText(body);
		// Show that retrieval works: quote the best passage the Knowledge Base gave for this message.
		const passage = /<passage id="[^"]*" title="([^"]*)">\n([\s\S]*?)\n<\/passage>/.exec(systemText(body));
		const quote = passage ? ` Na base de conhecimento, "${passage[1]}" diz: ${passage[2].split(/(?<=[.!?])\s/)[0]}` : '';
		return `(modelo de demonstração) Recebi: "${text.slice(0, 200)}".${quote} Configure GEMINI_API_KEY no arquivo .env para respostas de verdade.`;
	});
	await demo.start();
	return { url: demo.url, apiKey: 'demo', stop: async () => await demo.stop() };
}
