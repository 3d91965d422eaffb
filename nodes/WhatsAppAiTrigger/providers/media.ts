// Downloading an inbound message's media, per provider. The payload only ever chooses *which*
// file, never *where* it is fetched from: every request goes to the credential's own base URL
// (or, for the Cloud API, to Meta's media hosts that the Graph API pointed at), so the API key or
// token never reaches a host an attacker named, and a redirect off those hosts is refused.

import { boundedFetch, BoundedFetchError, sameOriginAs } from '../../shared/boundedFetch';
import type { InboundMessage, Provider } from '../../shared/message';
import { asNumber, asRecord, asText } from '../../shared/read';

export interface MediaLimits {
	maxBytes: number;
	timeoutMs: number;
}

export interface FetchedMedia {
	data: Buffer;
	/** What the provider said the file is, when the message itself did not. */
	mimeType?: string;
}

/** Credential fields as n8n decrypted them; each provider reads its own. */
export type MediaCredentials = Record<string, unknown>;

type MediaDownloader = (message: InboundMessage, credentials: MediaCredentials, limits: MediaLimits) => Promise<FetchedMedia | undefined>;

/** A JSON answer of an API is small; a large one is not what we asked for. */
const API_ANSWER_BYTES = 64 * 1024;

const trimSlash = (url: string) => url.replace(/\/+$/, '');
const text = (credentials: MediaCredentials, field: string) => asText(credentials[field]) ?? '';

function refused(reason: string): BoundedFetchError {
	return new BoundedFetchError(reason, 'refused');
}

/** Where WAHA serves the files it advertises in `media.url`. */
const WAHA_FILES = '/api/files/';

/**
 * WAHA: the payload's URL names a file under WAHA's /api/files/. Only that path is kept and asked
 * of the configured base URL, whatever host the payload wrote (WAHA may know itself by another
 * name than n8n does, and a forged payload may name any host at all).
 */
const wahaMedia: MediaDownloader = async (message, credentials, limits) => {
	const named = message.media?.url;
	if (!named) return undefined;
	const base = trimSlash(text(credentials, 'baseUrl'));
	let path: string;
	try {
		path = new URL(named, `${base}/`).pathname;
	} catch {
		throw refused('media.url is not a URL');
	}
	const at = path.indexOf(WAHA_FILES);
	if (at < 0) throw refused(`media.url is not a WAHA file (${WAHA_FILES}…)`);
	const file = await boundedFetch({
		url: `${base}${path.slice(at)}`,
		headers: { 'X-Api-Key': text(credentials, 'apiKey') },
		isAllowed: sameOriginAs(base),
		...limits,
	});
	return { data: file.data, mimeType: file.contentType };
};

/** Hosts the Graph API hands media out from (lookaside.fbsbx.com today). */
const META_MEDIA_HOSTS = ['.fbsbx.com', '.fbcdn.net', '.facebook.com', '.whatsapp.net'];

function isMetaMediaHost(url: URL): boolean {
	return url.protocol === 'https:' && META_MEDIA_HOSTS.some((suffix) => url.hostname.endsWith(suffix));
}

/** Cloud API: the media id asks the Graph API for a short-lived URL, fetched with the same token. */
const cloudMedia: MediaDownloader = async (message, credentials, limits) => {
	const id = message.media?.id;
	if (!id) return undefined;
	const graph = trimSlash(text(credentials, 'baseUrl'));
	const headers = { Authorization: `Bearer ${text(credentials, 'accessToken')}` };
	const isGraph = sameOriginAs(graph);
	const answer = await boundedFetch({
		url: `${graph}/${encodeURIComponent(text(credentials, 'apiVersion'))}/${encodeURIComponent(id)}`,
		headers,
		isAllowed: isGraph,
		maxBytes: API_ANSWER_BYTES,
		timeoutMs: limits.timeoutMs,
	});
	const info = asRecord(parseJson(answer.data));
	const url = asText(info?.url);
	if (!url) throw new BoundedFetchError(`the Graph API gave no URL for media ${id}`, 'http');
	const size = asNumber(info?.file_size);
	if (size !== undefined && size > limits.maxBytes) {
		throw new BoundedFetchError(`the file is ${size} bytes, above the ${limits.maxBytes}-byte limit`, 'too_large');
	}
	const file = await boundedFetch({ url, headers, isAllowed: (target) => isGraph(target) || isMetaMediaHost(target), ...limits });
	return { data: file.data, mimeType: asText(info?.mime_type) ?? file.contentType };
};

/** Evolution API: the instance decrypts the message's media and answers it as base64. */
const evolutionMedia: MediaDownloader = async (message, credentials, limits) => {
	if (!message.media) return undefined;
	const base = trimSlash(text(credentials, 'baseUrl'));
	const instance = text(credentials, 'instance') || message.session;
	const answer = await boundedFetch({
		url: `${base}/chat/getBase64FromMediaMessage/${encodeURIComponent(instance)}`,
		method: 'POST',
		headers: { apikey: text(credentials, 'apiKey') },
		body: JSON.stringify({ message: { key: { id: message.media.id ?? message.messageId } }, convertToMp4: false }),
		isAllowed: sameOriginAs(base),
		// base64 is 4/3 of the file, plus the JSON around it
		maxBytes: Math.ceil((limits.maxBytes * 4) / 3) + API_ANSWER_BYTES,
		timeoutMs: limits.timeoutMs,
	});
	const reply = asRecord(parseJson(answer.data));
	const base64 = asText(reply?.base64);
	if (!base64) throw new BoundedFetchError('Evolution API returned no media data', 'http');
	const data = Buffer.from(base64, 'base64');
	if (data.length > limits.maxBytes) {
		throw new BoundedFetchError(`the file is ${data.length} bytes, above the ${limits.maxBytes}-byte limit`, 'too_large');
	}
	return { data, mimeType: asText(reply?.mimetype) };
};

function parseJson(data: Buffer): unknown {
	try {
		return JSON.parse(data.toString('utf8'));
	} catch {
		return undefined;
	}
}

export const MEDIA_DOWNLOADERS: Record<Provider, MediaDownloader> = {
	waha: wahaMedia,
	cloud: cloudMedia,
	evolution: evolutionMedia,
};
