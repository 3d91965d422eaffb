// What every provider's media download shares: the limits, the result, and the one error type.
// The payload only ever chooses *which* file, never *where* it is fetched from: each provider's
// media.ts asks its own configured base URL (or, for the Cloud API, Meta's media hosts that the
// Graph API pointed at), so the API key or token never reaches a host an attacker named.

import { BoundedFetchError } from '../../shared/boundedFetch';
import type { InboundMessage } from '../../shared/message';
import type { CredentialData } from '../../shared/providers';

export interface MediaLimits {
	maxBytes: number;
	timeoutMs: number;
}

export interface FetchedMedia {
	data: Buffer;
	/** What the provider said the file is, when the message itself did not. */
	mimeType?: string;
}

export type MediaDownloader = (
	message: InboundMessage,
	credentials: CredentialData,
	limits: MediaLimits,
) => Promise<FetchedMedia | undefined>;

/** A JSON answer of an API is small; a large one is not what we asked for. */
export const API_ANSWER_BYTES = 64 * 1024;

export const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function refused(reason: string): BoundedFetchError {
	return new BoundedFetchError(reason, 'refused');
}

export function tooLarge(size: number, maxBytes: number): BoundedFetchError {
	return new BoundedFetchError(`the file is ${size} bytes, above the ${maxBytes}-byte limit`, 'too_large');
}

export function parseJson(data: Buffer): unknown {
	try {
		return JSON.parse(data.toString('utf8'));
	} catch {
		return undefined;
	}
}
