// The only module that imports the Gemini SDK. Everything above it speaks plain data (types.ts)
// and gets typed results: blocked and empty answers come back as values, failures as one
// GeminiError after retries with backoff.
import {
	GoogleGenerativeAI,
	GoogleGenerativeAIAbortError,
	GoogleGenerativeAIFetchError,
	GoogleGenerativeAIRequestInputError,
	type EnhancedGenerateContentResponse,
	type GenerateContentRequest,
	type ModelParams,
	type RequestOptions,
} from '@google/generative-ai';
import { ClientCache } from '../clients/clientCache';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry, type RetryPolicy } from '../retry';
import { GeminiError } from './errors';
import type { CallOptions, Content, EmbedRequest, FunctionCall, GeminiCredentials, GenerateRequest, GenerateResult } from './types';

export const DEFAULT_GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com';
/** The chat model every node uses unless told otherwise: change it here, and only here. */
export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';
export const DEFAULT_EMBEDDING_MODEL = 'gemini-embedding-001';
export const DEFAULT_TIMEOUT_MS = 20_000;
/** batchEmbedContents accepts at most this many texts per request. */
const EMBED_BATCH_LIMIT = 100;

// Finish reasons that mean the model's answer was withheld, not merely short.
const BLOCKING_FINISH_REASONS = new Set(['SAFETY', 'RECITATION', 'LANGUAGE', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY']);

export class GeminiAdapter {
	private readonly sdk: GoogleGenerativeAI;

	private readonly requestOptions: RequestOptions;

	constructor(credentials: GeminiCredentials) {
		if (!credentials.apiKey) throw new GeminiError('The Gemini credential has no API key', 'invalid_request');
		this.sdk = new GoogleGenerativeAI(credentials.apiKey);
		this.requestOptions = {
			baseUrl: (credentials.baseUrl || DEFAULT_GEMINI_BASE_URL).replace(/\/+$/, ''),
			apiVersion: 'v1beta',
		};
	}

	async generate(request: GenerateRequest, options: CallOptions = {}): Promise<GenerateResult> {
		const model = this.sdk.getGenerativeModel(modelParams(request), this.requestOptions);
		const body: GenerateContentRequest = { contents: request.contents as GenerateContentRequest['contents'] };
		const response = await this.call(async (signal) => (await model.generateContent(body, { signal })).response, options);
		return interpretResponse(response);
	}

	/** One vector per text, in order; batches of 100 behind the scenes. */
	async embed(request: EmbedRequest, options: CallOptions = {}): Promise<number[][]> {
		const modelName = request.model || DEFAULT_EMBEDDING_MODEL;
		const model = this.sdk.getGenerativeModel({ model: modelName }, this.requestOptions);
		const vectors: number[][] = [];
		for (let start = 0; start < request.texts.length; start += EMBED_BATCH_LIMIT) {
			const batch = request.texts.slice(start, start + EMBED_BATCH_LIMIT);
			const requests = batch.map((text) => ({
				content: { role: 'user', parts: [{ text }] },
				taskType: request.taskType,
				// Not in the 0.24 SDK types, but sent as-is and honoured by the API.
				...(request.outputDimensionality ? { outputDimensionality: request.outputDimensionality } : {}),
			}));
			const result = await this.call(
				async (signal) => await model.batchEmbedContents({ requests } as Parameters<typeof model.batchEmbedContents>[0], { signal }),
				options,
			);
			if (!Array.isArray(result.embeddings) || result.embeddings.length !== batch.length) {
				throw new GeminiError(`Gemini returned ${result.embeddings?.length ?? 0} embeddings for ${batch.length} texts`, 'http');
			}
			for (const embedding of result.embeddings) vectors.push(embedding.values);
		}
		return vectors;
	}

	/** Runs one SDK call with a per-attempt timeout and retries; SDK errors become GeminiError. */
	private async call<T>(run: (signal: AbortSignal) => Promise<T>, options: CallOptions): Promise<T> {
		const policy: RetryPolicy = {
			retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
			baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
			maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
		};
		const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
		const cancel = options.signal;
		let attempts = 0;
		try {
			return await withRetry(
				async () => {
					attempts++;
					if (cancel?.aborted) throw new GeminiError('The Gemini call was cancelled by its caller', 'timeout');
					// AbortSignal.timeout's timer is unref'd, unlike the SDK's own `timeout` option.
					const attemptSignal = cancel ? AbortSignal.any([AbortSignal.timeout(timeoutMs), cancel]) : AbortSignal.timeout(timeoutMs);
					try {
						return await run(attemptSignal);
					} catch (error) {
						if (cancel?.aborted) throw new GeminiError('The Gemini call was cancelled by its caller', 'timeout');
						throw toGeminiError(error, timeoutMs);
					}
				},
				(error) => ({
					// A caller that gave up (its own deadline passed) gets no more attempts.
					retryable: error instanceof GeminiError && error.retryable && !cancel?.aborted,
					retryAfterMs: error instanceof RetryHintedGeminiError ? error.retryAfterMs : undefined,
				}),
				policy,
			);
		} catch (error) {
			if (error instanceof GeminiError) {
				throw new GeminiError(error.message, error.kind, error.status, error.rpcStatus, attempts);
			}
			throw error;
		}
	}
}

/** A GeminiError carrying the server's RetryInfo hint for the retry loop. */
class RetryHintedGeminiError extends GeminiError {
	retryAfterMs?: number;
}

function modelParams(request: GenerateRequest): ModelParams {
	const params: Record<string, unknown> = { model: request.model };
	if (request.systemInstruction) params.systemInstruction = request.systemInstruction;
	if (request.tools?.length) {
		params.tools = [{ functionDeclarations: request.tools }];
		params.toolConfig = {
			functionCallingConfig: {
				mode: request.toolMode ?? 'AUTO',
				...(request.allowedFunctionNames ? { allowedFunctionNames: request.allowedFunctionNames } : {}),
			},
		};
	}
	const generationConfig: Record<string, unknown> = {};
	if (request.temperature !== undefined) generationConfig.temperature = request.temperature;
	if (request.maxOutputTokens !== undefined) generationConfig.maxOutputTokens = request.maxOutputTokens;
	if (request.responseSchema) {
		generationConfig.responseMimeType = 'application/json';
		generationConfig.responseSchema = request.responseSchema;
	}
	if (Object.keys(generationConfig).length) params.generationConfig = generationConfig;
	if (request.safetySettings?.length) params.safetySettings = request.safetySettings;
	return params as unknown as ModelParams;
}

/** Reads the raw response without the SDK's throwing text()/functionCalls() helpers. */
export function interpretResponse(response: EnhancedGenerateContentResponse): GenerateResult {
	const candidate = response.candidates?.[0];
	if (!candidate) {
		const blockReason = response.promptFeedback?.blockReason;
		if (blockReason) return { kind: 'blocked', stage: 'prompt', reason: String(blockReason) };
		return { kind: 'empty', finishReason: 'NO_CANDIDATES' };
	}
	const finishReason = String(candidate.finishReason ?? 'STOP');
	if (BLOCKING_FINISH_REASONS.has(finishReason)) {
		return { kind: 'blocked', stage: 'response', reason: finishReason };
	}
	const parts = candidate.content?.parts ?? [];
	const text = parts
		.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : ''))
		.join('')
		.trim();
	const functionCalls: FunctionCall[] = parts
		.filter((part) => 'functionCall' in part && part.functionCall)
		.map((part) => ({
			name: part.functionCall!.name,
			args: (part.functionCall!.args ?? {}) as Record<string, unknown>,
		}));
	if (!text && functionCalls.length === 0) return { kind: 'empty', finishReason };
	const usage = response.usageMetadata;
	return {
		kind: 'content',
		text,
		functionCalls,
		modelContent: { role: 'model', parts: parts as Content['parts'] },
		finishReason,
		truncated: finishReason === 'MAX_TOKENS',
		usage: usage
			? {
					promptTokens: usage.promptTokenCount ?? 0,
					outputTokens: usage.candidatesTokenCount ?? 0,
					totalTokens: usage.totalTokenCount ?? 0,
				}
			: undefined,
	};
}

/** Maps whatever the SDK threw into one GeminiError with a clear message. */
export function toGeminiError(error: unknown, timeoutMs: number): GeminiError {
	if (error instanceof GeminiError) return error;
	if (error instanceof GoogleGenerativeAIFetchError) {
		const details = Array.isArray(error.errorDetails) ? error.errorDetails : [];
		const hinted = new RetryHintedGeminiError(
			`Gemini API error ${error.status ?? ''}: ${shortMessage(error.message)}`.trim(),
			'http',
			error.status,
			rpcStatusOf(error.status),
		);
		const retryInfo = details.find((detail) => String(detail?.['@type'] ?? '').endsWith('RetryInfo'));
		hinted.retryAfterMs = parseRetryAfter(retryInfo?.retryDelay);
		return hinted;
	}
	if (error instanceof GoogleGenerativeAIAbortError || isAbortLike(error)) {
		return new GeminiError(`Gemini did not answer within ${timeoutMs} ms`, 'timeout');
	}
	if (error instanceof GoogleGenerativeAIRequestInputError) {
		return new GeminiError(error.message, 'invalid_request');
	}
	const message = error instanceof Error ? error.message : String(error);
	return new GeminiError(`Could not reach Gemini: ${shortMessage(message)}`, 'network');
}

function isAbortLike(error: unknown): boolean {
	const name = (error as { name?: string } | null)?.name;
	return name === 'AbortError' || name === 'TimeoutError';
}

// The SDK's message repeats the URL and the JSON details; keep what a person needs.
function shortMessage(message: string): string {
	const bracket = message.indexOf('] ');
	const core = bracket >= 0 ? message.slice(bracket + 2) : message;
	const details = core.indexOf(' [{');
	return (details >= 0 ? core.slice(0, details) : core).trim();
}

function rpcStatusOf(status: number | undefined): string | undefined {
	switch (status) {
		case 400:
			return 'INVALID_ARGUMENT';
		case 403:
			return 'PERMISSION_DENIED';
		case 404:
			return 'NOT_FOUND';
		case 429:
			return 'RESOURCE_EXHAUSTED';
		case 500:
			return 'INTERNAL';
		case 503:
			return 'UNAVAILABLE';
		case 504:
			return 'DEADLINE_EXCEEDED';
		default:
			return undefined;
	}
}

const adapters = new ClientCache<GeminiAdapter>(
	(creds: GeminiCredentials) => new GeminiAdapter(creds),
	async () => undefined,
);

/** The shared adapter for these credentials. */
export function getGemini(creds: GeminiCredentials): GeminiAdapter {
	return adapters.get(creds);
}
