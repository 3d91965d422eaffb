// Gemini types as the rest of the package sees them: plain data, no SDK classes, so a later
// switch to @google/genai touches only adapter.ts.

export interface GeminiCredentials {
	apiKey: string;
	baseUrl?: string;
}

export type Role = 'user' | 'model' | 'function';

export type Part =
	| { text: string }
	| { inlineData: { mimeType: string; data: string } }
	| { functionCall: FunctionCall }
	| { functionResponse: { name: string; response: Record<string, unknown> } };

export interface Content {
	role: Role;
	parts: Part[];
}

export interface FunctionCall {
	name: string;
	args: Record<string, unknown>;
}

export interface FunctionDeclaration {
	name: string;
	description: string;
	/** OpenAPI-style schema object (type: 'object', properties, required). */
	parameters?: Record<string, unknown>;
}

export type HarmCategory =
	'HARM_CATEGORY_HARASSMENT' | 'HARM_CATEGORY_HATE_SPEECH' | 'HARM_CATEGORY_SEXUALLY_EXPLICIT' | 'HARM_CATEGORY_DANGEROUS_CONTENT';

export type HarmThreshold = 'BLOCK_LOW_AND_ABOVE' | 'BLOCK_MEDIUM_AND_ABOVE' | 'BLOCK_ONLY_HIGH' | 'BLOCK_NONE';

export interface GenerateRequest {
	model: string;
	contents: Content[];
	systemInstruction?: string;
	tools?: FunctionDeclaration[];
	/** AUTO lets the model choose; ANY forces a call; NONE forbids calls. */
	toolMode?: 'AUTO' | 'ANY' | 'NONE';
	allowedFunctionNames?: string[];
	/** When set, the model must answer JSON matching this schema. */
	responseSchema?: Record<string, unknown>;
	temperature?: number;
	maxOutputTokens?: number;
	safetySettings?: { category: HarmCategory; threshold: HarmThreshold }[];
}

export interface Usage {
	promptTokens: number;
	outputTokens: number;
	totalTokens: number;
}

/**
 * What a generate call produced. Blocked and empty answers are results, not exceptions: every
 * caller must decide what to send the person instead, and the type makes it impossible to forget.
 */
export type GenerateResult =
	| {
			kind: 'content';
			text: string;
			functionCalls: FunctionCall[];
			/** The model turn to append to history before sending function responses. */
			modelContent: Content;
			finishReason: string;
			/** The answer was cut at maxOutputTokens. */
			truncated: boolean;
			usage?: Usage;
	  }
	| { kind: 'blocked'; stage: 'prompt' | 'response'; reason: string }
	| { kind: 'empty'; finishReason: string };

export type EmbedTaskType = 'RETRIEVAL_DOCUMENT' | 'RETRIEVAL_QUERY' | 'SEMANTIC_SIMILARITY' | 'CLASSIFICATION' | 'CLUSTERING';

export interface EmbedRequest {
	texts: string[];
	model?: string;
	taskType?: EmbedTaskType;
	outputDimensionality?: number;
}

export interface CallOptions {
	/** Per attempt, in milliseconds. */
	timeoutMs?: number;
	retries?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** Cancels the call and any retry still to come, e.g. when the caller's own deadline passes. */
	signal?: AbortSignal;
}
