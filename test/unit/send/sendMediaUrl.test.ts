import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { sendMedia } from '../../../nodes/WhatsAppAiSend/actions/message/sendMedia.operation';
import type { OutboundProvider, SendContext } from '../../../nodes/WhatsAppAiSend/providers';

// Send Media with a URL: an address inside a private network never reaches the provider, unless
// the workflow explicitly allows it.
function run(mediaUrl: string, options: Record<string, unknown> = {}) {
	const sent: unknown[] = [];
	const provider = {
		sendMedia: async (request: unknown) => (sent.push(request), { ok: true, messageId: 'm' }),
	} as unknown as OutboundProvider;
	const parameters: Record<string, unknown> = { mediaSource: 'url', mediaUrl, mediaKind: 'image', fileName: '', caption: '', options };
	const context = {
		getNodeParameter: (name: string, _index: number, fallback?: unknown) => parameters[name] ?? fallback,
		getNode: () => ({ name: 'Send', type: 'whatsAppAiSend' }),
		getInputData: () => [{ json: {} }],
	} as unknown as IExecuteFunctions;
	return { sent, result: sendMedia.execute.call(context, 0, provider, {} as SendContext, '5511999990000') };
}

describe('Send Media URL', () => {
	it.each([
		'http://169.254.169.254/latest/meta-data/iam/',
		'http://127.0.0.1:3000/api/sessions',
		'http://10.0.0.2/x.jpg',
		'http://localhost/x.jpg',
	])('refuses %s before anything is sent', async (url) => {
		const { sent, result } = run(url);
		await expect(result).rejects.toThrow(NodeOperationError);
		await expect(result).rejects.toThrow(/private network/);
		expect(sent).toEqual([]);
	});

	it('passes a private address on when Allow Private Media URLs is on', async () => {
		const { sent, result } = run('http://127.0.0.1:3000/x.jpg', { allowPrivateMediaUrls: true });
		await expect(result).resolves.toMatchObject({ ok: true });
		expect(sent).toEqual([expect.objectContaining({ source: { url: 'http://127.0.0.1:3000/x.jpg' } })]);
	});

	it('passes a public address literal on', async () => {
		const { sent, result } = run('https://93.184.216.34/leaflet.pdf');
		await expect(result).resolves.toMatchObject({ ok: true });
		expect(sent).toHaveLength(1);
	});
});
