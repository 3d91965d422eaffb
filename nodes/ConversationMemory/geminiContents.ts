import type { Content } from '../shared/gemini/types';
import type { Turn } from './turns';

// History in the shape Gemini's generateContent and startChat accept: roles 'user' and
// 'model' only, the first one 'user', no empty text parts.

export interface GeminiHistory {
	contents: Content[];
	/** System turns (e.g. "handed off to Ana"), for the system instruction rather than the chat. */
	systemNotes: string[];
}

export function toGeminiContents(turns: Turn[]): GeminiHistory {
	const contents: Content[] = [];
	const systemNotes: string[] = [];
	let pending: { role: 'user' | 'model'; texts: string[] } | undefined;
	const flush = () => {
		if (pending) contents.push({ role: pending.role, parts: [{ text: pending.texts.join('\n') }] });
	};
	for (const turn of turns) {
		const text = turn.text.trim();
		if (text === '') continue;
		if (turn.role === 'system') {
			systemNotes.push(text);
			continue;
		}
		const role = turn.role === 'user' ? 'user' : 'model';
		// Gemini rejects a history that opens with the model; a trimmed window can start mid-reply.
		if (!pending && role === 'model') continue;
		// One message per role change: two texts in a row read better joined than as separate parts.
		if (pending?.role === role) {
			pending.texts.push(text);
			continue;
		}
		flush();
		pending = { role, texts: [text] };
	}
	flush();
	return { contents, systemNotes };
}
