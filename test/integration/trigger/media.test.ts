import type { InboundMessage } from '../../../nodes/shared/message';
import { downloadMedia, MediaTooLargeError, type MediaHttp } from '../../../nodes/WhatsAppAiTrigger/media';
import { EvolutionFake } from '../../fakes/evolutionFake';
import { GraphFake } from '../../fakes/graphFake';
import { WahaFake } from '../../fakes/wahaFake';

// The trigger's media download against each provider's fake, with an HTTP adapter that adds the
// credential headers the way the node's httpRequestWithAuthentication does.
const waha = new WahaFake({ apiKey: 'waha-key' });
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: '1', apiVersion: 'v23.0' });
const evolution = new EvolutionFake({ apiKey: 'evo-key', instance: 'clinic' });
beforeAll(async () => await Promise.all([waha.start(), graph.start(), evolution.start()]));
afterAll(async () => await Promise.all([waha.stop(), graph.stop(), evolution.stop()]));

function http(headers: Record<string, string>): MediaHttp {
	return {
		json: async (method, url, body) => {
			const response = await fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
			if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
			return await response.json();
		},
		bytes: async (url) => {
			const response = await fetch(url, { headers });
			if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
			return { data: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? undefined };
		},
	};
}

const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
const message = (extra: Partial<InboundMessage>): InboundMessage => ({
	event: 'message',
	provider: 'waha',
	tenant: 't',
	session: 'default',
	conversationKey: 't:waha:default:5511999990000',
	messageId: 'm1',
	chatId: '5511999990000@c.us',
	phone: '5511999990000',
	type: 'image',
	text: '',
	timestamp: '2026-11-21T10:00:00.000Z',
	isGroup: false,
	...extra,
});

describe('downloadMedia', () => {
	it('fetches a WAHA file URL with the API key', async () => {
		waha.files.set('default/photo.jpeg', { data: bytes, mimetype: 'image/jpeg' });
		const media = await downloadMedia(
			message({ media: { url: `${waha.url}/api/files/default/photo.jpeg`, mimetype: 'image/jpeg' } }),
			{ baseUrl: waha.url },
			http({ 'X-Api-Key': 'waha-key' }),
			1_000,
		);
		expect(media).toEqual({ data: bytes, mimeType: 'image/jpeg', fileName: 'image-m1.jpg' });
	});

	it('resolves a Cloud API media id, then downloads it with the bearer token', async () => {
		const id = graph.addMedia({ bytes, mimeType: 'image/jpeg' });
		const media = await downloadMedia(
			message({ provider: 'cloud', media: { id, mimetype: 'image/jpeg' } }),
			{ baseUrl: graph.url, apiVersion: 'v23.0' },
			http({ Authorization: 'Bearer graph-token' }),
			1_000,
		);
		expect(media?.data).toEqual(bytes);
	});

	it('asks Evolution API for the base64 of the message', async () => {
		evolution.media.set('3EB0AA', { base64: bytes.toString('base64'), mimetype: 'image/jpeg' });
		const media = await downloadMedia(
			message({ provider: 'evolution', messageId: '3EB0AA', media: { id: '3EB0AA', mimetype: 'image/jpeg' } }),
			{ baseUrl: evolution.url, instance: 'clinic' },
			http({ apikey: 'evo-key' }),
			1_000,
		);
		expect(media?.data).toEqual(bytes);
	});

	it('refuses media above the size limit', async () => {
		const id = graph.addMedia({ bytes: Buffer.alloc(2_000), mimeType: 'video/mp4' });
		await expect(
			downloadMedia(message({ provider: 'cloud', type: 'video', media: { id } }), { baseUrl: graph.url, apiVersion: 'v23.0' }, http({ Authorization: 'Bearer graph-token' }), 1_000),
		).rejects.toBeInstanceOf(MediaTooLargeError);
	});
});
