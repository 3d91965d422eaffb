// Request building that the fakes cannot show: the Cloud API media upload (GraphFake has no
// /media endpoint), unsupported operations, addressing and partial failures of long texts.
import { getOutboundProvider } from '../../../nodes/WhatsAppAiSend/providers';
import { cloudOutbound } from '../../../nodes/WhatsAppAiSend/providers/cloud';
import { evolutionJid, evolutionNumber, evolutionOutbound } from '../../../nodes/WhatsAppAiSend/providers/evolution';
import type { HttpCall, HttpRequest, HttpResponse, SendContext } from '../../../nodes/WhatsAppAiSend/providers/types';
import { wahaChatId, wahaMessageId, wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';

function recorder(...answers: HttpResponse[]): HttpCall & { requests: HttpRequest[] } {
	const requests: HttpRequest[] = [];
	const call = (async (request: HttpRequest) => {
		requests.push(request);
		return answers[Math.min(requests.length - 1, answers.length - 1)];
	}) as HttpCall & { requests: HttpRequest[] };
	call.requests = requests;
	return call;
}

const ok = (body: unknown): HttpResponse => ({ status: 200, headers: {}, body });
const fast = { retries: 0, baseDelayMs: 1, maxDelayMs: 1 };

describe('Cloud API media from n8n binary data', () => {
	it('uploads to /media as multipart, then sends the returned id', async () => {
		const http = recorder(ok({ id: '1037543291543636' }), ok({ messages: [{ id: 'wamid.DOC' }] }));
		const context: SendContext = { http, baseUrl: 'https://graph.example/', session: '1234567890', apiVersion: 'v21.0', retry: fast };
		const bytes = Buffer.from('%PDF-1.4 receita');
		const result = await cloudOutbound.sendMedia(
			{ to: '+55 11 98888-7777', kind: 'document', source: { data: bytes }, filename: 'receita.pdf', caption: 'Sua receita' },
			context,
		);
		expect(http.requests).toEqual([
			{
				method: 'POST',
				url: 'https://graph.example/v21.0/1234567890/media',
				formData: {
					messaging_product: 'whatsapp',
					file: { data: bytes, filename: 'receita.pdf', contentType: 'application/pdf' },
					type: 'application/pdf',
				},
			},
			{
				method: 'POST',
				url: 'https://graph.example/v21.0/1234567890/messages',
				body: {
					messaging_product: 'whatsapp',
					recipient_type: 'individual',
					to: '5511988887777',
					type: 'document',
					document: { id: '1037543291543636', caption: 'Sua receita', filename: 'receita.pdf' },
				},
			},
		]);
		expect(result).toMatchObject({ ok: true, operation: 'sendMedia', messageIds: ['wamid.DOC'] });
		expect(result.raw).toEqual([{ id: '1037543291543636' }, { messages: [{ id: 'wamid.DOC' }] }]);
	});

	it('names a voice note upload by its type when no file name is given', async () => {
		const http = recorder(ok({ id: 'm1' }), ok({ messages: [{ id: 'wamid.V' }] }));
		await cloudOutbound.sendMedia(
			{ to: '5511988887777', kind: 'voice', source: { data: Buffer.from('OggS') }, caption: 'ignored' },
			{ http, baseUrl: 'https://g', session: '1', retry: fast },
		);
		expect(http.requests[0].formData?.file).toMatchObject({ filename: 'voice.ogg', contentType: 'audio/ogg; codecs=opus' });
		expect(http.requests[1].body).toMatchObject({ type: 'audio', audio: { id: 'm1' } });
		expect(http.requests[1].url).toBe('https://g/v23.0/1/messages'); // default Graph version
	});

	it('fails clearly when the upload answers without an id', async () => {
		const http = recorder(ok({}));
		await expect(
			cloudOutbound.sendMedia(
				{ to: '5511', kind: 'image', source: { data: Buffer.from('x') } },
				{ http, baseUrl: 'https://g', session: '1', retry: fast },
			),
		).rejects.toMatchObject({ kind: 'provider', message: expect.stringContaining('without a media id') });
	});
});

describe('unsupported operations and addressing', () => {
	it('refuses templates outside the Cloud API with unsupported_operation', async () => {
		const context: SendContext = { http: recorder(ok({})), baseUrl: 'http://x', session: 's' };
		for (const provider of [wahaOutbound, evolutionOutbound]) {
			await expect(provider.sendTemplate({ to: '5511', name: 'lembrete', language: 'pt_BR' }, context)).rejects.toMatchObject({
				kind: 'unsupported_operation',
				provider: provider.name,
				message: expect.stringContaining('templates exist only on the WhatsApp Cloud API'),
			});
		}
	});

	it('looks providers up by name', () => {
		expect(getOutboundProvider('waha')).toBe(wahaOutbound);
		expect(getOutboundProvider('evolution')).toBe(evolutionOutbound);
		expect(() => getOutboundProvider('telegram')).toThrow('unknown provider "telegram"');
	});

	it("turns phone numbers into each provider's address", () => {
		expect(wahaChatId('+55 (11) 98888-7777')).toBe('5511988887777@c.us');
		expect(wahaChatId('5511988887777@s.whatsapp.net')).toBe('5511988887777@c.us');
		expect(wahaChatId('120363025@g.us')).toBe('120363025@g.us');
		expect(evolutionNumber('5511988887777@c.us')).toBe('5511988887777');
		expect(evolutionNumber('120363025@g.us')).toBe('120363025@g.us');
		expect(evolutionJid('+55 11 98888-7777')).toBe('5511988887777@s.whatsapp.net');
		expect(() => wahaChatId('abc')).toThrow('to "abc" holds no phone number or chat id');
	});

	it("reads WAHA message ids from every engine's answer", () => {
		expect(wahaMessageId({ id: 'true_1@c.us_A' })).toBe('true_1@c.us_A');
		expect(wahaMessageId({ id: { _serialized: 'true_1@c.us_B' } })).toBe('true_1@c.us_B');
		expect(wahaMessageId({ key: { id: 'C' } })).toBe('C');
		expect(wahaMessageId('')).toBeUndefined();
	});
});

describe('long texts', () => {
	it('reports the ids already sent when a later part fails', async () => {
		const http = recorder(
			{ status: 201, headers: {}, body: { key: { id: 'FIRST' } } },
			{ status: 400, headers: {}, body: { status: 400, error: 'Bad Request', response: { message: ['boom'] } } },
		);
		const error = await evolutionOutbound
			.sendText({ to: '5511988887777', text: 'Frase. '.repeat(1200) }, { http, baseUrl: 'http://evo', session: 'clinic', retry: fast })
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'provider', httpStatus: 400, providerMessage: 'boom', sentMessageIds: ['FIRST'] });
	});
});
