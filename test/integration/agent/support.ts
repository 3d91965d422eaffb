// Shared by the agent's integration tests: the Gemini fake behind the real pooled adapter, real
// Redis (a fresh prefix per test), real Postgres (a tenant per test, via the booking helpers)
// and a real Chroma collection searched with the fake's embeddings.
import { randomUUID } from 'crypto';
import type { Passage, KnowledgeSearch } from '../../../nodes/GeminiAgent';
import { getChroma } from '../../../nodes/shared/clients/chroma';
import { getGemini, type GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import { isRecord } from '../../fakes/fakeServer';
import type { GeminiFake, GeminiResponse } from '../../fakes/geminiFake';
import { candidate } from '../../fakes/geminiWire';

export const GEMINI_KEY = 'agent-test-key';

/** Sunday 2030-03-03, noon in São Paulo: the next free slots are Monday morning's. */
export const SUNDAY_NOON = new Date('2030-03-03T12:00:00-03:00');
export const clock = () => SUNDAY_NOON;

export function adapterFor(fake: GeminiFake): GeminiAdapter {
	return getGemini({ apiKey: GEMINI_KEY, baseUrl: fake.url });
}

export function conversationKeyOf(tenant: string, phone: string): string {
	return `${tenant}:waha:default:${phone}`;
}

type Json = Record<string, unknown>;

/** A generateContent body as the tests want to read it. */
export interface ModelView {
	body: Json;
	/** A topic classification (schema-constrained JSON) rather than the main turn. */
	isTopic: boolean;
	system: string;
	contents: Json[];
	/** The text parts of the last user content. */
	lastUserText: string;
	/** The function responses the model is being given now (empty unless the last content holds them). */
	functionResponses: Array<{ name: string; response: Json }>;
	toolNames: string[];
	/** Every function response sent in this request, oldest first. */
	allFunctionResponses: Array<{ name: string; response: Json }>;
}

export function viewOf(body: Json): ModelView {
	const contents = (Array.isArray(body.contents) ? body.contents : []).filter(isRecord);
	const partsOf = (content: Json | undefined): Json[] => (content && Array.isArray(content.parts) ? content.parts.filter(isRecord) : []);
	const responsesOf = (content: Json) =>
		partsOf(content)
			.map((part) => part.functionResponse)
			.filter(isRecord)
			.map((fr) => ({ name: String(fr.name), response: (isRecord(fr.response) ? fr.response : {}) as Json }));
	const last = contents.at(-1);
	const lastUser = [...contents]
		.reverse()
		.find((content) => content.role === 'user' && partsOf(content).some((part) => typeof part.text === 'string'));
	const system = isRecord(body.systemInstruction)
		? partsOf(body.systemInstruction)
				.map((part) => String(part.text ?? ''))
				.join('')
		: '';
	const config = isRecord(body.generationConfig) ? body.generationConfig : {};
	const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
	return {
		body,
		isTopic: config.responseSchema !== undefined,
		system,
		contents,
		lastUserText: partsOf(lastUser)
			.map((part) => (typeof part.text === 'string' ? part.text : ''))
			.join(''),
		functionResponses: last && (last.role === 'function' || last.role === 'user') ? responsesOf(last) : [],
		toolNames: tools.flatMap((tool) =>
			Array.isArray(tool.functionDeclarations) ? tool.functionDeclarations.filter(isRecord).map((d) => String(d.name)) : [],
		),
		allFunctionResponses: contents.flatMap(responsesOf),
	};
}

export const say = (text: string): GeminiResponse => ({ candidates: [candidate([{ text }])] });
export const callTool = (name: string, args: Json = {}): GeminiResponse => ({
	candidates: [candidate([{ functionCall: { name, args } }])],
});
export const topicVerdict = (onTopic: boolean, confidence = 0.95): GeminiResponse => say(JSON.stringify({ on_topic: onTopic, confidence }));

/**
 * Every generateContent is answered by `main` (the turn) or `topic` (the classification), from
 * the request itself: concurrent turns each get the answer their own conversation calls for.
 */
export function routeModel(
	fake: GeminiFake,
	main: (view: ModelView) => GeminiResponse,
	topic: (view: ModelView) => GeminiResponse = () => topicVerdict(true),
): void {
	fake.setDefault((body) => {
		const view = viewOf(body);
		return view.isTopic ? topic(view) : main(view);
	});
}

export interface ChromaKnowledge {
	search: KnowledgeSearch;
	drop(): Promise<void>;
}

/** A real Chroma collection holding `passages`, embedded (and searched) with the fake's embeddings. */
export async function chromaKnowledge(embedder: GeminiAdapter, passages: Omit<Passage, 'score'>[]): Promise<ChromaKnowledge> {
	const url = process.env.WA_AI_CHROMA_URL;
	if (!url) throw new Error('WA_AI_CHROMA_URL is not set: the integration tier starts Chroma in its global setup');
	const chroma = getChroma({ baseUrl: url });
	const name = `wa-test-agent-${randomUUID()}`;
	const collection = await chroma.getOrCreateCollection({ name, embeddingFunction: null });
	await collection.add({
		ids: passages.map((p) => p.id),
		documents: passages.map((p) => p.text),
		embeddings: await embedder.embed({ texts: passages.map((p) => `${p.title}\n${p.text}`), taskType: 'RETRIEVAL_DOCUMENT' }),
		metadatas: passages.map((p) => ({ documentId: p.documentId, title: p.title })),
	});
	return {
		async search(query, topK) {
			const [embedding] = await embedder.embed({ texts: [query], taskType: 'RETRIEVAL_QUERY' });
			const result = await collection.query({ queryEmbeddings: [embedding], nResults: topK });
			const ids = result.ids[0] ?? [];
			return ids.map((id, i) => {
				const metadata = (result.metadatas[0]?.[i] ?? {}) as { documentId?: string; title?: string };
				return {
					id,
					documentId: String(metadata.documentId ?? ''),
					title: String(metadata.title ?? ''),
					text: result.documents[0]?.[i] ?? '',
					// Unit vectors: squared L2 distance d = 2 - 2·cos, so the cosine is 1 - d/2.
					score: 1 - (result.distances[0]?.[i] ?? 2) / 2,
				};
			});
		},
		async drop() {
			await chroma.deleteCollection({ name });
		},
	};
}
