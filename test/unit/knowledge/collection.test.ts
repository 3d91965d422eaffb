import type { Collection } from 'chromadb';
import { CHROMA_NAME, checkEmbeddingSpace, collectionNameFor, embeddingSpaceOf } from '../../../nodes/KnowledgeBase/collection';
import { KnowledgeBaseError } from '../../../nodes/KnowledgeBase/errors';
import type { KnowledgeDeps } from '../../../nodes/KnowledgeBase/types';

function caught(run: () => unknown): KnowledgeBaseError {
	try {
		run();
	} catch (error) {
		if (error instanceof KnowledgeBaseError) return error;
		throw error;
	}
	throw new Error('did not throw');
}

describe('collection names', () => {
	it('reads as wa-kb-<slug>-<hash>', () => {
		expect(collectionNameFor('clinica-sol')).toMatch(/^wa-kb-clinica-sol-[0-9a-f]{12}$/);
		expect(collectionNameFor('default')).toMatch(/^wa-kb-default-[0-9a-f]{12}$/);
	});

	it('is stable for a tenant', () => {
		expect(collectionNameFor('Clínica-Sol')).toBe(collectionNameFor('Clínica-Sol'));
	});

	it('never collides when slugs do: case, accents and punctuation all count', () => {
		const tenants = ['clinica-sol', 'Clinica-Sol', 'clínica-sol', 'clinica_sol', 'clinica.sol', 'CLINICA--SOL', 'clinica-sol-'];
		const names = tenants.map(collectionNameFor);
		expect(new Set(names.map((name) => name.replace(/-[0-9a-f]{12}$/, ''))).size).toBe(1); // one slug
		expect(new Set(names).size).toBe(tenants.length); // distinct collections
	});

	it.each([
		['clinica-sol'],
		['Clínica-São-José'],
		['ÀÉÎÕÜ_çñ'],
		['a'],
		['x'.repeat(100)],
		['日本語クリニック'],
		['!!!'],
		['-a-'],
		['..'],
		['😀🐶'],
		['tenant.with.dots'],
	])('satisfies Chroma for tenant %j', (tenant) => {
		const name = collectionNameFor(tenant);
		expect(name).toMatch(CHROMA_NAME);
		expect(name.length).toBeGreaterThanOrEqual(3);
		expect(name.length).toBeLessThanOrEqual(512);
		expect(name).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9._-]*[a-zA-Z0-9]$/);
		expect(name).not.toMatch(/--/);
	});

	it('keeps names short even for the longest tenant', () => {
		expect(collectionNameFor('a'.repeat(100)).length).toBeLessThanOrEqual(6 + 48 + 1 + 12);
	});

	it('uses only the hash when nothing of the tenant survives as a slug', () => {
		expect(collectionNameFor('日本語')).toMatch(/^wa-kb-[0-9a-f]{12}$/);
	});

	it.each([[''], ['a:b'], ['with space'], ['tab\there'], ['x'.repeat(101)], [undefined], [42]])(
		'refuses tenant %j as invalid input',
		(tenant) => {
			const error = caught(() => collectionNameFor(tenant as string));
			expect(error.kind).toBe('invalid_input');
			expect(error.message).toMatch(/tenant/);
		},
	);
});

describe('embedding space', () => {
	const deps = (extra: Partial<KnowledgeDeps>) => ({ chroma: {}, gemini: {}, ...extra }) as KnowledgeDeps;

	it('defaults to gemini-embedding-001 at 768', () => {
		expect(embeddingSpaceOf(deps({}))).toEqual({ model: 'gemini-embedding-001', dimension: 768 });
		expect(embeddingSpaceOf(deps({ dimension: 3072, embeddingModel: ' text-embedding-004 ' }))).toEqual({
			model: 'text-embedding-004',
			dimension: 3072,
		});
	});

	it.each([0, -1, 1.5, 4096, Number.NaN])('refuses dimension %p', (dimension) => {
		expect(caught(() => embeddingSpaceOf(deps({ dimension }))).kind).toBe('invalid_input');
	});

	const collection = (metadata: Record<string, unknown> | undefined) =>
		({ name: 'wa-kb-x-0123456789ab', metadata }) as unknown as Collection;

	it('accepts a collection in the same space', () => {
		expect(() =>
			checkEmbeddingSpace(collection({ embeddingModel: 'gemini-embedding-001', embeddingDimension: 768 }), 'x', {
				model: 'gemini-embedding-001',
				dimension: 768,
			}),
		).not.toThrow();
	});

	it('refuses another dimension, saying which and what to do', () => {
		const error = caught(() =>
			checkEmbeddingSpace(collection({ embeddingModel: 'gemini-embedding-001', embeddingDimension: 768 }), 'clinica', {
				model: 'gemini-embedding-001',
				dimension: 3072,
			}),
		);
		expect(error.kind).toBe('dimension_mismatch');
		expect(error.message).toContain('768');
		expect(error.message).toContain('3072');
		expect(error.message).toContain('"clinica"');
		expect(error.message).toMatch(/set the embedding model and dimension back|ingest them again/);
	});

	it('refuses another model at the same dimension', () => {
		const error = caught(() =>
			checkEmbeddingSpace(collection({ embeddingModel: 'text-embedding-004', embeddingDimension: 768 }), 'x', {
				model: 'gemini-embedding-001',
				dimension: 768,
			}),
		);
		expect(error.kind).toBe('dimension_mismatch');
		expect(error.message).toContain('text-embedding-004');
	});

	it('refuses a collection the Knowledge Base did not create', () => {
		const error = caught(() => checkEmbeddingSpace(collection(undefined), 'x', { model: 'gemini-embedding-001', dimension: 768 }));
		expect(error.kind).toBe('chroma');
		expect(error.message).toMatch(/not created by the Knowledge Base/);
	});
});
