import { FakeServer, isRecord, json } from './fakeServer';
import type { FailOptions, RecordedRequest, Reply } from './fakeServer';
import {
	RPC,
	candidate,
	checkSchema,
	collectText,
	embed,
	estimateTokens,
	invalidArgument,
	quotaDetails,
	rpcError,
	safetyRatings,
	streamChunks,
} from './geminiWire';
import type { GeminiResponse } from './geminiWire';

export type { GeminiResponse } from './geminiWire';

export interface GeminiFakeOptions {
	/** When set, requests must carry this key (`x-goog-api-key` header or `?key=`); otherwise any key is accepted. */
	apiKey?: string;
	/** Default embedding size; `outputDimensionality` overrides it per request. */
	dimension?: number;
	modelVersion?: string;
	/** Models returned by GET /{version}/models. */
	models?: string[];
}

type Json = Record<string, unknown>;
type Scripted = (request: Json) => GeminiResponse;
/** A per-request fault: an error answered in the API's own format, a request never answered, or none. */
export type GenerateFault = FailOptions | 'hang' | undefined;

const ROLES = new Set(['user', 'model', 'function', 'system']);
const MODEL_PATH =
	/^\/(v1(?:alpha|beta)?)\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens|embedContent|batchEmbedContents)$/;

/** Default reply: echo the last user text, so tests can see what reached the model. */
const echo: Scripted = (request) => {
	const contents = Array.isArray(request.contents) ? request.contents : [];
	const lastUser = [...contents].reverse().find((c) => isRecord(c) && (c.role ?? 'user') === 'user');
	return { candidates: [candidate([{ text: `Echo: ${collectText(lastUser)}` }])] };
};

/** Fake Gemini REST API (generativelanguage.googleapis.com) as used by @google/generative-ai 0.24. */
export class GeminiFake extends FakeServer {
	readonly apiKey?: string;
	readonly dimension: number;
	readonly modelVersion: string;
	readonly models: string[];
	private script: Scripted[] = [];
	private fallback: Scripted = echo;
	private faultRule?: (request: Json) => GenerateFault;

	constructor(options: GeminiFakeOptions = {}) {
		super();
		this.apiKey = options.apiKey;
		this.dimension = options.dimension ?? 768;
		this.modelVersion = options.modelVersion ?? 'gemini-2.0-flash-001';
		this.models = options.models ?? ['gemini-2.0-flash', 'gemini-2.5-flash', 'gemini-embedding-001', 'text-embedding-004'];
	}

	override reset(): void {
		super.reset();
		this.script = [];
		this.fallback = echo;
		this.faultRule = undefined;
	}

	/** Next generateContent answers `text` (finishReason STOP unless given). */
	reply(text: string, finishReason = 'STOP'): this {
		return this.push(() => ({ candidates: [candidate([{ text }], finishReason)] }));
	}

	functionCall(name: string, args: Json = {}): this {
		return this.push(() => ({ candidates: [candidate([{ functionCall: { name, args } }])] }));
	}

	/** Output blocked: finishReason SAFETY with one HIGH rating and no content. */
	safety(category = 'HARM_CATEGORY_DANGEROUS_CONTENT'): this {
		return this.push(() => ({ candidates: [{ finishReason: 'SAFETY', index: 0, safetyRatings: safetyRatings(category) }] }));
	}

	/** Prompt blocked: no candidates, promptFeedback.blockReason. */
	blockedPrompt(blockReason = 'SAFETY', category = 'HARM_CATEGORY_DANGEROUS_CONTENT'): this {
		return this.push(() => ({ promptFeedback: { blockReason, safetyRatings: safetyRatings(category) } }));
	}

	/** Candidate with `content: {}`, as the API sometimes returns. */
	empty(): this {
		return this.push(() => ({ candidates: [{ content: {}, finishReason: 'STOP', index: 0 }] }));
	}

	/** Any raw GenerateContentResponse (or a function of the request body). */
	respond(response: GeminiResponse | Scripted): this {
		return this.push(typeof response === 'function' ? response : () => structuredClone(response));
	}

	/** Answer used when the script is empty; a string result means a plain text reply. */
	setDefault(fn: (request: Json) => GeminiResponse | string): this {
		this.fallback = (request) => {
			const result = fn(request);
			return typeof result === 'string' ? { candidates: [candidate([{ text: result }])] } : result;
		};
		return this;
	}

	/**
	 * Decide a fault per generateContent request from its body, before the script is consulted.
	 * Queued faults (fail/hang) land on whichever request comes next; under concurrency this picks
	 * the request it means, e.g. by the user's text. `undefined` clears the rule.
	 */
	failWhen(rule: ((request: Json) => GenerateFault) | undefined): this {
		this.faultRule = rule;
		return this;
	}

	/** Scripted responses not yet consumed. */
	get pendingReplies(): number {
		return this.script.length;
	}

	/** Bodies of generateContent / streamGenerateContent calls, in order. */
	generateRequests(): Json[] {
		return this.requestsTo(/:(stream)?[gG]enerateContent$/).map((r) => (isRecord(r.body) ? r.body : {}));
	}

	private push(entry: Scripted): this {
		this.script.push(entry);
		return this;
	}

	protected override authorize(req: RecordedRequest): Reply | undefined {
		const header = req.headers['x-goog-api-key'];
		const key = (Array.isArray(header) ? header[0] : header) ?? req.query.key;
		if (!key) {
			return rpcError(
				403,
				"Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
			);
		}
		if (this.apiKey === undefined || key === this.apiKey) return undefined;
		return rpcError(400, 'API key not valid. Please pass a valid API key.', [
			{ '@type': `${RPC}ErrorInfo`, reason: 'API_KEY_INVALID', domain: 'googleapis.com' },
		]);
	}

	protected faultReply(fault: FailOptions, req: RecordedRequest): Reply {
		if (fault.body !== undefined) return json(fault.status, fault.body);
		const model = MODEL_PATH.exec(req.path)?.[2] ?? 'gemini-2.0-flash';
		const details = fault.status === 429 ? quotaDetails(model, fault.retryAfter) : undefined;
		return rpcError(fault.status, fault.message, details);
	}

	protected route(req: RecordedRequest): Reply | Promise<Reply> {
		const list = /^\/(v1(?:alpha|beta)?)\/models(?:\/([^/:]+))?$/.exec(req.path);
		if (list && req.method === 'GET') return this.listModels(list[1], list[2]);
		const match = MODEL_PATH.exec(req.path);
		if (!match || req.method !== 'POST') return rpcError(404, `Method not found: ${req.method} ${req.path}`);
		const [, apiVersion, model, task] = match;
		const body: Json = isRecord(req.body) ? req.body : {};
		if ((task === 'generateContent' || task === 'streamGenerateContent') && this.faultRule) {
			const fault = this.faultRule(body);
			// Never settles: the client's own timeout ends it, and stop() closes the socket.
			if (fault === 'hang') return new Promise<Reply>(() => undefined);
			if (fault) {
				const reply = this.faultReply(fault, req);
				if (fault.retryAfter !== undefined) reply.headers = { 'retry-after': String(fault.retryAfter), ...reply.headers };
				return reply;
			}
		}
		switch (task) {
			case 'generateContent':
				return this.generate(body, apiVersion, false);
			case 'streamGenerateContent':
				return this.generate(body, apiVersion, true);
			case 'countTokens':
				return this.countTokens(body, apiVersion);
			case 'embedContent':
				return this.embedOne(body, 'EmbedContentRequest');
			default:
				return this.embedBatch(body, model);
		}
	}

	private listModels(apiVersion: string, name?: string): Reply {
		const describe = (id: string) => ({
			name: `models/${id}`,
			displayName: id,
			inputTokenLimit: id.includes('embedding') ? 2048 : 1048576,
			outputTokenLimit: id.includes('embedding') ? 1 : 8192,
			supportedGenerationMethods: id.includes('embedding') ? ['embedContent', 'batchEmbedContents'] : ['generateContent', 'countTokens'],
		});
		if (name === undefined) return json(200, { models: this.models.map(describe) });
		if (this.models.includes(name)) return json(200, describe(name));
		return rpcError(
			404,
			`models/${name} is not found for API version ${apiVersion}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
		);
	}

	private generate(body: Json, apiVersion: string, stream: boolean): Reply {
		const problem = validateGenerate(body, apiVersion);
		if (problem) return invalidArgument(problem);
		const next = this.script.shift() ?? this.fallback;
		const response = next(body);
		const promptTokenCount = estimateTokens(body.contents) + estimateTokens(body.systemInstruction);
		const candidatesTokenCount = estimateTokens(
			Array.isArray(response.candidates) ? response.candidates.map((c) => (isRecord(c) ? c.content : undefined)) : [],
		);
		const full: GeminiResponse = {
			...response,
			usageMetadata: response.usageMetadata ?? {
				promptTokenCount,
				candidatesTokenCount,
				totalTokenCount: promptTokenCount + candidatesTokenCount,
			},
			modelVersion: response.modelVersion ?? this.modelVersion,
		};
		if (!stream) return json(200, full);
		return { status: 200, chunks: streamChunks(full), headers: { 'content-type': 'text/event-stream' } };
	}

	private countTokens(body: Json, apiVersion: string): Reply {
		const inner = isRecord(body.generateContentRequest) ? body.generateContentRequest : body;
		const problem = validateGenerate(inner, apiVersion, 'CountTokensRequest');
		if (problem) return invalidArgument(problem);
		const totalTokens = estimateTokens(inner.contents) + estimateTokens(inner.systemInstruction);
		return json(200, { totalTokens, promptTokensDetails: [{ modality: 'TEXT', tokenCount: totalTokens }] });
	}

	private embedOne(request: Json, at: string): Reply {
		const text = collectText(isRecord(request.content) ? request.content : undefined);
		if (text.trim() === '') return invalidArgument(`* ${at}.content: contents must not be empty.\n`);
		const config = isRecord(request.embedContentConfig) ? request.embedContentConfig : {};
		const size = request.outputDimensionality ?? config.outputDimensionality ?? this.dimension;
		if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 3072) {
			return invalidArgument(`* ${at}.output_dimensionality: must be between 1 and 3072, got ${String(size)}.\n`);
		}
		return json(200, { embedding: { values: embed(text, size) } });
	}

	private embedBatch(body: Json, model: string): Reply {
		const requests = body.requests;
		if (!Array.isArray(requests) || requests.length === 0)
			return invalidArgument('* BatchEmbedContentsRequest.requests: requests must not be empty.\n');
		if (requests.length > 100) return invalidArgument('* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch.\n');
		const embeddings: unknown[] = [];
		for (const [i, request] of requests.entries()) {
			const at = `BatchEmbedContentsRequest.requests[${i}]`;
			if (!isRecord(request)) return invalidArgument(`* ${at}: must be an object.\n`);
			if (request.model !== undefined && request.model !== `models/${model}`) {
				return invalidArgument(`* ${at}.model: model '${String(request.model)}' does not match the model in the URL 'models/${model}'.\n`);
			}
			const one = this.embedOne(request, at);
			if (one.status !== 200) return one;
			embeddings.push((one.body as { embedding: unknown }).embedding);
		}
		return json(200, { embeddings });
	}
}

/** The checks the real API makes that a client is most likely to trip. */
function validateGenerate(body: Json, apiVersion: string, request = 'GenerateContentRequest'): string | undefined {
	const contents = body.contents;
	if (!Array.isArray(contents) || contents.length === 0) return `* ${request}.contents: contents is not specified\n`;
	const all = isRecord(body.systemInstruction) ? [...contents, body.systemInstruction] : contents;
	for (const [i, content] of all.entries()) {
		if (!isRecord(content)) return `* ${request}.contents[${i}]: must be an object\n`;
		if (content.role !== undefined && (typeof content.role !== 'string' || !ROLES.has(content.role))) {
			return 'Please use a valid role: user, model.';
		}
		if (!Array.isArray(content.parts) || content.parts.length === 0)
			return `* ${request}.contents[${i}].parts: contents.parts must not be empty.\n`;
	}
	const tools = Array.isArray(body.tools) ? body.tools : [];
	for (const [t, tool] of tools.entries()) {
		const declarations = isRecord(tool) && Array.isArray(tool.functionDeclarations) ? tool.functionDeclarations : [];
		for (const [d, declaration] of declarations.entries()) {
			if (!isRecord(declaration) || typeof declaration.name !== 'string' || declaration.name === '') {
				return `* ${request}.tools[${t}].function_declarations[${d}].name: Name cannot be empty.\n`;
			}
			const error = checkSchema(declaration.parameters, `tools[${t}].function_declarations[${d}].parameters`, apiVersion);
			if (error) return error;
		}
	}
	const config = isRecord(body.generationConfig) ? body.generationConfig : {};
	return checkSchema(config.responseSchema, 'generation_config.response_schema', apiVersion);
}
