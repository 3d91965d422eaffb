// Images and voice notes go to Gemini as inlineData. Only types Gemini reads and WhatsApp sends
// are passed, each up to a size limit; anything else is left out with a note in the output and a
// line for the model, so the answer can say what it could not see, and the text is still answered.
import type { Part } from '../shared/gemini/types';
import type { AgentMedia, MediaNote } from './types';

export const DEFAULT_MAX_MEDIA_BYTES = 5 * 1024 * 1024;

// Canonical type per accepted spelling. WhatsApp voice notes are 'audio/ogg; codecs=opus'.
const ALLOWED = new Map<string, string>([
	['image/jpeg', 'image/jpeg'],
	['image/jpg', 'image/jpeg'],
	['image/png', 'image/png'],
	['image/webp', 'image/webp'],
	['audio/ogg', 'audio/ogg'],
	['audio/opus', 'audio/ogg'],
	['audio/mpeg', 'audio/mpeg'],
	['audio/mp3', 'audio/mpeg'],
	['audio/mp4', 'audio/mp4'],
	['audio/m4a', 'audio/mp4'],
	['audio/x-m4a', 'audio/mp4'],
	['audio/aac', 'audio/aac'],
	['audio/wav', 'audio/wav'],
	['audio/wave', 'audio/wav'],
	['audio/x-wav', 'audio/wav'],
]);

/** The canonical mime type Gemini gets, or undefined when the type is not allowed. */
export function allowedMimeType(mimeType: string): string | undefined {
	const base = mimeType.split(';')[0].trim().toLowerCase();
	return ALLOWED.get(base);
}

export interface PreparedMedia {
	parts: Part[];
	notes: MediaNote[];
	/** For the model: what was left out and why, so the reply can say so. */
	refusedLines: string[];
	/** Canonical types of what was sent, for the stored history marker. */
	accepted: string[];
}

export function prepareMedia(media: AgentMedia[] | undefined, maxBytes: number = DEFAULT_MAX_MEDIA_BYTES): PreparedMedia {
	const prepared: PreparedMedia = { parts: [], notes: [], refusedLines: [], accepted: [] };
	(media ?? []).forEach((item, index) => {
		const declared = typeof item?.mimeType === 'string' ? item.mimeType : '';
		const bytes = Buffer.isBuffer(item?.data) ? item.data.length : 0;
		const mimeType = allowedMimeType(declared);
		const refuse = (reason: 'unsupported_type' | 'too_large' | 'empty', line: string) => {
			prepared.notes.push({ index, mimeType: declared, bytes, accepted: false, reason });
			prepared.refusedLines.push(line);
		};
		if (!mimeType) {
			refuse(
				'unsupported_type',
				`The person also sent a file of type ${declared || 'unknown'} that you cannot open; say so briefly if it matters.`,
			);
		} else if (bytes === 0) {
			refuse('empty', `The person also sent a ${declared} attachment that arrived empty; ask them to send it again if it matters.`);
		} else if (bytes > maxBytes) {
			refuse(
				'too_large',
				`The person also sent a ${declared} attachment too large to open here; ask for a smaller one or a text if it matters.`,
			);
		} else {
			prepared.parts.push({ inlineData: { mimeType, data: item.data.toString('base64') } });
			prepared.notes.push({ index, mimeType, bytes, accepted: true });
			prepared.accepted.push(mimeType);
		}
	});
	return prepared;
}
