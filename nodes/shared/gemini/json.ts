import { GeminiError } from './errors';
import type { CallOptions, GenerateRequest, GenerateResult, Usage } from './types';

// A JSON-schema-constrained question to the model whose failure must never decide anything:
// every way it can go wrong (HTTP error, timeout, blocked, empty, not JSON) becomes a short
// reason, and the caller keeps its own deterministic answer.

export type JsonAnswer = { ok: true; value: unknown; usage?: Usage } | { ok: false; error: string };

type Generate = { generate(request: GenerateRequest, options?: CallOptions): Promise<GenerateResult> };

export async function askForJson(gemini: Generate, request: GenerateRequest, options?: CallOptions): Promise<JsonAnswer> {
	let result: GenerateResult;
	try {
		result = await gemini.generate(request, options);
	} catch (error) {
		return { ok: false, error: describeGeminiError(error) };
	}
	if (result.kind === 'blocked') return { ok: false, error: `blocked: ${result.reason}` };
	if (result.kind === 'empty') return { ok: false, error: 'empty' };
	try {
		// The schema should guarantee JSON, but a proxy or a model change might wrap it in a fence.
		const value: unknown = JSON.parse(result.text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
		return result.usage ? { ok: true, value, usage: result.usage } : { ok: true, value };
	} catch {
		return { ok: false, error: 'invalid_json' };
	}
}

export function describeGeminiError(error: unknown): string {
	if (error instanceof GeminiError) return error.kind === 'http' ? `http ${error.status ?? 'error'}` : error.kind;
	return 'unexpected';
}
