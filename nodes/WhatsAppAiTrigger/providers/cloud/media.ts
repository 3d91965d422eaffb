import { boundedFetch, BoundedFetchError, sameOriginAs } from '../../../shared/boundedFetch';
import { text } from '../../../shared/providers/account';
import { asNumber, asRecord, asText } from '../../../shared/read';
import { API_ANSWER_BYTES, parseJson, tooLarge, trimSlash, type MediaDownloader } from '../media';

/** Hosts the Graph API hands media out from (lookaside.fbsbx.com today). */
const META_MEDIA_HOSTS = ['.fbsbx.com', '.fbcdn.net', '.facebook.com', '.whatsapp.net'];

function isMetaMediaHost(url: URL): boolean {
	return url.protocol === 'https:' && META_MEDIA_HOSTS.some((suffix) => url.hostname.endsWith(suffix));
}

/** The media id asks the Graph API for a short-lived URL, fetched with the same token. */
export const downloadCloudMedia: MediaDownloader = async (message, credentials, limits) => {
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
	if (size !== undefined && size > limits.maxBytes) throw tooLarge(size, limits.maxBytes);
	const file = await boundedFetch({ url, headers, isAllowed: (target) => isGraph(target) || isMetaMediaHost(target), ...limits });
	return { data: file.data, mimeType: asText(info?.mime_type) ?? file.contentType };
};
