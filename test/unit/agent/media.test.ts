import { allowedMimeType, DEFAULT_MAX_MEDIA_BYTES, prepareMedia } from '../../../nodes/GeminiAgent';

const bytes = (n: number) => Buffer.alloc(n, 7);

describe('media allowlist', () => {
	it('accepts the image and audio types WhatsApp sends, canonicalised', () => {
		expect(allowedMimeType('image/jpeg')).toBe('image/jpeg');
		expect(allowedMimeType('image/jpg')).toBe('image/jpeg');
		expect(allowedMimeType('IMAGE/PNG')).toBe('image/png');
		expect(allowedMimeType('image/webp')).toBe('image/webp');
		expect(allowedMimeType('audio/ogg; codecs=opus')).toBe('audio/ogg');
		expect(allowedMimeType('audio/mpeg')).toBe('audio/mpeg');
		expect(allowedMimeType('audio/mp4')).toBe('audio/mp4');
		expect(allowedMimeType('audio/aac')).toBe('audio/aac');
		expect(allowedMimeType('audio/x-wav')).toBe('audio/wav');
	});

	it('refuses everything else', () => {
		for (const type of ['video/mp4', 'application/pdf', 'image/gif', 'image/svg+xml', 'text/html', 'audio/amr', '', 'image']) {
			expect(allowedMimeType(type)).toBeUndefined();
		}
	});

	it('turns accepted items into inlineData and notes the refused ones, in order', () => {
		const prepared = prepareMedia(
			[
				{ mimeType: 'image/jpeg', data: bytes(10) },
				{ mimeType: 'video/mp4', data: bytes(10) },
				{ mimeType: 'audio/ogg; codecs=opus', data: bytes(20) },
				{ mimeType: 'image/png', data: bytes(0) },
				{ mimeType: 'image/png', data: bytes(101) },
			],
			100,
		);
		expect(prepared.parts).toEqual([
			{ inlineData: { mimeType: 'image/jpeg', data: bytes(10).toString('base64') } },
			{ inlineData: { mimeType: 'audio/ogg', data: bytes(20).toString('base64') } },
		]);
		expect(prepared.notes).toEqual([
			{ index: 0, mimeType: 'image/jpeg', bytes: 10, accepted: true },
			{ index: 1, mimeType: 'video/mp4', bytes: 10, accepted: false, reason: 'unsupported_type' },
			{ index: 2, mimeType: 'audio/ogg', bytes: 20, accepted: true },
			{ index: 3, mimeType: 'image/png', bytes: 0, accepted: false, reason: 'empty' },
			{ index: 4, mimeType: 'image/png', bytes: 101, accepted: false, reason: 'too_large' },
		]);
		expect(prepared.accepted).toEqual(['image/jpeg', 'audio/ogg']);
		expect(prepared.refusedLines).toHaveLength(3);
		expect(prepared.refusedLines[0]).toContain('video/mp4');
	});

	it('defaults to a 5 MB limit per item', () => {
		expect(DEFAULT_MAX_MEDIA_BYTES).toBe(5 * 1024 * 1024);
		expect(prepareMedia([{ mimeType: 'image/webp', data: bytes(DEFAULT_MAX_MEDIA_BYTES) }]).notes[0].accepted).toBe(true);
		expect(prepareMedia([{ mimeType: 'image/webp', data: bytes(DEFAULT_MAX_MEDIA_BYTES + 1) }]).notes[0]).toMatchObject({
			accepted: false,
			reason: 'too_large',
		});
	});

	it('survives items that are not what they claim', () => {
		const prepared = prepareMedia([{ mimeType: 42 as unknown as string, data: 'x' as unknown as Buffer }]);
		expect(prepared.notes).toEqual([{ index: 0, mimeType: '', bytes: 0, accepted: false, reason: 'unsupported_type' }]);
	});
});
