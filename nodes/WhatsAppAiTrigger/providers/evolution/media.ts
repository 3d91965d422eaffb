import { boundedFetch, BoundedFetchError, sameOriginAs } from '../../../shared/boundedFetch';
import { text } from '../../../shared/providers/account';
import { asRecord, asText } from '../../../shared/read';
import { API_ANSWER_BYTES, parseJson, tooLarge, trimSlash, type MediaDownloader } from '../media';

/** The instance decrypts the message's media and answers it as base64. */
export const downloadEvolutionMedia: MediaDownloader = async (message, credentials, limits) => {
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
	if (data.length > limits.maxBytes) throw tooLarge(data.length, limits.maxBytes);
	return { data, mimeType: asText(reply?.mimetype) };
};
