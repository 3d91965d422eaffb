import { chromaError, embeddingError, KnowledgeBaseError } from '../../../nodes/KnowledgeBase/errors';
import { checkDocument, checkUserMetadata, sameMetadata, userMetadataOf } from '../../../nodes/KnowledgeBase/metadata';
import { chunkId, contentHash, embeddedText, scoreOf } from '../../../nodes/KnowledgeBase/store';
import { GeminiError } from '../../../nodes/shared/gemini/errors';

function refusal(run: () => unknown): KnowledgeBaseError {
	try {
		run();
	} catch (error) {
		if (error instanceof KnowledgeBaseError) return error;
		throw error;
	}
	throw new Error('accepted');
}

describe('document metadata', () => {
	it('keeps flat text, number and boolean values and drops null/undefined', () => {
		expect(checkUserMetadata({ specialty: 'cardiologia', price: 250, active: true, none: null, unset: undefined })).toEqual({
			specialty: 'cardiologia',
			price: 250,
			active: true,
		});
		expect(checkUserMetadata(undefined)).toEqual({});
	});

	it.each([
		[{ address: { city: 'Recife' } }, /metadata\.address is an object.*Flatten it/],
		[{ tags: ['a', 'b'] }, /metadata\.tags is a list/],
		[{ when: new Date(0) }, /is an object/],
		[{ n: Number.POSITIVE_INFINITY }, /finite number/],
		[{ $op: 1 }, /must not start with "\$"/],
		[{ '#document': 'x' }, /must not start with/],
		[{ documentId: 'x' }, /set by the Knowledge Base itself/],
		[{ contentHash: 'x' }, /set by the Knowledge Base itself/],
		[{ '': 1 }, /empty/],
		[['a'], /must be an object/],
		['text', /must be an object/],
	])('refuses %j', (metadata, message) => {
		const error = refusal(() => checkUserMetadata(metadata));
		expect(error.kind).toBe('invalid_input');
		expect(error.message).toMatch(message);
	});

	it('names the document in messages', () => {
		const error = refusal(() => checkDocument({ documentId: 'precos', text: 'x', metadata: { a: { b: 1 } } }, 'documents[3]'));
		expect(error.message).toContain('documents[3] ("precos").metadata.a');
	});

	it('checks documents', () => {
		expect(checkDocument({ documentId: 7, text: 'oi', title: ' Preços ', source: 'faq' }, 'd')).toEqual({
			documentId: '7',
			text: 'oi',
			title: 'Preços',
			source: 'faq',
			metadata: {},
		});
		expect(refusal(() => checkDocument({ documentId: '', text: 'x' }, 'd')).message).toMatch(/documentId must be a non-empty/);
		expect(refusal(() => checkDocument({ documentId: 'a\nb', text: 'x' }, 'd')).message).toMatch(/control characters/);
		expect(refusal(() => checkDocument({ documentId: 'a', text: 5 }, 'd')).message).toMatch(/has no text/);
		expect(refusal(() => checkDocument({ documentId: 'a', text: 'x', title: {} }, 'd')).message).toMatch(/title must be text/);
		expect(refusal(() => checkDocument('x', 'documents[0]')).message).toMatch(/documents\[0\] must be an object/);
	});

	it('separates user metadata from the fields the Knowledge Base sets', () => {
		expect(
			userMetadataOf({ documentId: 'a', title: 't', source: 's', chunkIndex: 0, chunkCount: 1, tenant: 'x', contentHash: 'h', lang: 'pt' }),
		).toEqual({
			lang: 'pt',
		});
	});

	it('compares metadata regardless of key order and null fields', () => {
		expect(sameMetadata({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
		expect(sameMetadata({ a: 1, b: null }, { a: 1 })).toBe(true);
		expect(sameMetadata({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(sameMetadata({ a: 1 }, { a: '1' })).toBe(false);
	});
});

describe('ids, hashes and scores', () => {
	it('derives chunk ids from the document id and index', () => {
		expect(chunkId('precos', 0)).toBe('precos#0');
		expect(chunkId('a#1', 2)).toBe('a#1#2');
		expect(chunkId('a', 12)).not.toBe(chunkId('a#1', 2));
	});

	it('hashes what is embedded, in its embedding space', () => {
		const space = { model: 'gemini-embedding-001', dimension: 768 };
		expect(contentHash('x', space)).toBe(contentHash('x', space));
		expect(contentHash('x', space)).not.toBe(contentHash('y', space));
		expect(contentHash('x', space)).not.toBe(contentHash('x', { ...space, dimension: 3072 }));
		expect(embeddedText('Preços', 'Consulta R$ 180')).toBe('Preços\n\nConsulta R$ 180');
		expect(embeddedText('', 'Consulta')).toBe('Consulta');
	});

	it('turns cosine distance into a similarity in [0, 1]', () => {
		expect(scoreOf(0)).toBe(1);
		expect(scoreOf(0.25)).toBe(0.75);
		expect(scoreOf(1)).toBe(0); // orthogonal
		expect(scoreOf(1.6)).toBe(0); // opposite: clipped
		expect(scoreOf(-0.0000001)).toBe(1); // float noise
		expect(scoreOf(undefined)).toBe(0);
		expect(scoreOf(Number.NaN)).toBe(0);
	});
});

describe('errors staff can act on', () => {
	const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

	it('maps Chroma failures to kind chroma with the address and what to check', () => {
		const at = 'http://chromadb-auth:8000';
		const doing = 'searching the knowledge base of tenant "sol"';
		expect(chromaError(named('ChromaConnectionError'), at, doing).message).toMatch(
			/Could not reach Chroma at http:\/\/chromadb-auth:8000 while searching.*Base URL/,
		);
		expect(chromaError(named('ChromaAuthError'), at, doing).message).toMatch(/401 Unauthorized.*Auth Token/);
		expect(chromaError(named('ChromaForbiddenError'), at, doing).message).toMatch(/403/);
		expect(chromaError(named('ChromaNotFoundError'), at, doing).message).toMatch(/Chroma Tenant and Database/);
		expect(
			chromaError(
				named('ChromaClientError', 'Bad request to http://x/y with status: Collection expecting embedding with dimension of 3, got 2'),
				at,
				doing,
			).message,
		).toBe(`Chroma at ${at} rejected the request while ${doing}: Collection expecting embedding with dimension of 3, got 2`);
		const error = chromaError(named('ChromaServerError', '502: Bad Gateway'), at, doing);
		expect(error.kind).toBe('chroma');
		expect(error.message).toContain('502: Bad Gateway');
		expect(error.toJSON()).toEqual({ kind: 'chroma', message: error.message });
	});

	it('maps Gemini failures to kind embedding with a hint', () => {
		const quota = embeddingError(
			new GeminiError('Gemini API error 429: Resource has been exhausted.', 'http', 429),
			'gemini-embedding-001',
		);
		expect(quota.kind).toBe('embedding');
		expect(quota.message).toMatch(
			/^Gemini could not embed the text with gemini-embedding-001: Gemini API error 429: Resource has been exhausted\. The Gemini quota/,
		);
		expect(embeddingError(new GeminiError('bad key', 'http', 400), 'm').message).toMatch(/API key/);
		expect(embeddingError(new GeminiError('Gemini did not answer within 20000 ms', 'timeout'), 'm').message).toMatch(/network/);
	});
});
