// Downloads an inbound message's media so a workflow gets it as n8n binary data. Where and how
// each provider hands media out is the provider's business (providers/<name>/media.ts); this
// names the file.
import type { InboundMessage } from '../shared/message';
import type { CredentialData } from '../shared/providers';
import { getProvider } from './providers';
import type { MediaLimits } from './providers/media';

export { BoundedFetchError as MediaDownloadError } from '../shared/boundedFetch';
export type { MediaLimits } from './providers/media';

export const DEFAULT_MEDIA_TIMEOUT_SECONDS = 30;

export interface DownloadedMedia {
	data: Buffer;
	mimeType: string;
	fileName: string;
}

export async function downloadMedia(
	message: InboundMessage,
	credentials: CredentialData,
	limits: MediaLimits,
): Promise<DownloadedMedia | undefined> {
	if (!message.media) return undefined;
	const fetched = await getProvider(message.provider).downloadMedia(message, credentials, limits);
	if (!fetched) return undefined;
	const mimeType = (message.media.mimetype ?? fetched.mimeType ?? 'application/octet-stream').split(';')[0].trim();
	return {
		data: fetched.data,
		mimeType,
		fileName: message.media.filename ?? `${message.type}-${message.messageId}${extensionOf(mimeType)}`,
	};
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
