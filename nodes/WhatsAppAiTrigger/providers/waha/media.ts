import { boundedFetch, sameOriginAs } from '../../../shared/boundedFetch';
import { text } from '../../../shared/providers/account';
import { refused, trimSlash, type MediaDownloader } from '../media';

/** Where WAHA serves the files it advertises in `media.url`. */
const WAHA_FILES = '/api/files/';

/**
 * The payload's URL names a file under WAHA's /api/files/. Only that path is kept and asked of
 * the configured base URL, whatever host the payload wrote (WAHA may know itself by another
 * name than n8n does, and a forged payload may name any host at all).
 */
export const downloadWahaMedia: MediaDownloader = async (message, credentials, limits) => {
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
