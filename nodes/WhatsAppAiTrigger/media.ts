// Downloads an inbound message's media so a workflow gets it as n8n binary data. Each provider
// hands media out differently; the HTTP calls come from the node (with its credential's auth).
import type { InboundMessage } from '../shared/message';

export interface MediaHttp {
	json(method: 'GET' | 'POST', url: string, body?: unknown): Promise<unknown>;
	bytes(url: string): Promise<{ data: Buffer; contentType?: string }>;
}

export interface MediaSource {
	baseUrl: string;
	apiVersion?: string;
	instance?: string;
}

export interface DownloadedMedia {
	data: Buffer;
	mimeType: string;
	fileName: string;
}

export class MediaTooLargeError extends Error {}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export async function downloadMedia(
	message: InboundMessage,
	source: MediaSource,
	http: MediaHttp,
	maxBytes: number,
): Promise<DownloadedMedia | undefined> {
	const media = message.media;
	if (!media) return undefined;
	let result: { data: Buffer; mimeType?: string };
	if (message.provider === 'cloud') {
		if (!media.id) return undefined;
		const info = (await http.json('GET', `${trimSlash(source.baseUrl)}/${source.apiVersion}/${media.id}`)) as {
			url?: string;
			mime_type?: string;
			file_size?: number;
		};
		if (!info.url) throw new Error(`the Graph API gave no URL for media ${media.id}`);
		if (info.file_size !== undefined && info.file_size > maxBytes) throw tooLarge(info.file_size, maxBytes);
		const file = await http.bytes(info.url);
		result = { data: file.data, mimeType: info.mime_type ?? file.contentType };
	} else if (message.provider === 'evolution') {
		const reply = (await http.json('POST', `${trimSlash(source.baseUrl)}/chat/getBase64FromMediaMessage/${encodeURIComponent(source.instance ?? message.session)}`, {
			message: { key: { id: media.id ?? message.messageId } },
			convertToMp4: false,
		})) as { base64?: string; mimetype?: string };
		if (!reply.base64) throw new Error('Evolution API returned no media data');
		result = { data: Buffer.from(reply.base64, 'base64'), mimeType: reply.mimetype };
	} else {
		if (!media.url) return undefined;
		const url = media.url.startsWith('/') ? `${trimSlash(source.baseUrl)}${media.url}` : media.url;
		const file = await http.bytes(url);
		result = { data: file.data, mimeType: file.contentType };
	}
	if (result.data.length > maxBytes) throw tooLarge(result.data.length, maxBytes);
	const mimeType = (media.mimetype ?? result.mimeType ?? 'application/octet-stream').split(';')[0].trim();
	return { data: result.data, mimeType, fileName: media.filename ?? `${message.type}-${message.messageId}${extensionOf(mimeType)}` };
}

function tooLarge(size: number, maxBytes: number): MediaTooLargeError {
	return new MediaTooLargeError(`media is ${size} bytes, above the ${maxBytes}-byte limit`);
}

const EXTENSIONS: Record<string, string> = {
	'image/jpeg': '.jpg',
	'image/png': '.png',
	'image/webp': '.webp',
	'audio/ogg': '.ogg',
	'audio/mpeg': '.mp3',
	'audio/mp4': '.m4a',
	'video/mp4': '.mp4',
	'application/pdf': '.pdf',
};

function extensionOf(mimeType: string): string {
	return EXTENSIONS[mimeType] ?? '';
}
