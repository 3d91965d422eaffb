// A stand-in for the Gemini adapter at unit level: answers are GenerateResult values (or thrown
// errors) scripted per call, so the agent's own logic is tested without HTTP. The wire format is
// covered by the integration tests against the Gemini fake.
import type { CallOptions, Content, GenerateRequest, GenerateResult } from '../../../nodes/shared/gemini/types';
import type { AgentGemini } from '../../../nodes/GeminiAgent';

type Answer = GenerateResult | Error | ((request: GenerateRequest) => GenerateResult | Error | Promise<GenerateResult>);

export const text = (value: string, finishReason = 'STOP'): GenerateResult => ({
	kind: 'content',
	text: value,
	functionCalls: [],
	modelContent: { role: 'model', parts: [{ text: value }] },
	finishReason,
	truncated: finishReason === 'MAX_TOKENS',
	usage: { promptTokens: 10, outputTokens: 5, totalTokens: 15 },
});

export const call = (name: string, args: Record<string, unknown> = {}): GenerateResult => ({
	kind: 'content',
	text: '',
	functionCalls: [{ name, args }],
	modelContent: { role: 'model', parts: [{ functionCall: { name, args } }] },
	finishReason: 'STOP',
	truncated: false,
	usage: { promptTokens: 20, outputTokens: 3, totalTokens: 23 },
});

export const topicAnswer = (onTopic: boolean, confidence = 0.95): GenerateResult => text(JSON.stringify({ on_topic: onTopic, confidence }));

/** Main calls take `main` answers in order; topic checks (JSON schema calls) take `topic` answers. */
export class ScriptedGemini implements AgentGemini {
	readonly requests: GenerateRequest[] = [];
	readonly options: (CallOptions | undefined)[] = [];
	private readonly main: Answer[] = [];
	private readonly topic: Answer[] = [];

	answer(...answers: Answer[]): this {
		this.main.push(...answers);
		return this;
	}

	topicAnswer(...answers: Answer[]): this {
		this.topic.push(...answers);
		return this;
	}

	get mainRequests(): GenerateRequest[] {
		return this.requests.filter((r) => !r.responseSchema);
	}

	get topicRequests(): GenerateRequest[] {
		return this.requests.filter((r) => !!r.responseSchema);
	}

	async generate(request: GenerateRequest, options?: CallOptions): Promise<GenerateResult> {
		// The agent pushes onto its contents array after the call; keep what was sent.
		this.requests.push({ ...request, contents: structuredClone(request.contents) as Content[] });
		this.options.push(options);
		const queue = request.responseSchema ? this.topic : this.main;
		const next = queue.shift() ?? (request.responseSchema ? topicAnswer(true) : text('Olá! Como posso ajudar?'));
		const value = typeof next === 'function' ? await next(request) : next;
		if (value instanceof Error) throw value;
		return value;
	}
}

export const baseMessage = {
	text: 'Oi, quanto custa a consulta?',
	conversationKey: 'clinic:waha:default:5511999990000',
	tenant: 'clinic',
	phone: '5511999990000',
};
