import { splitPassages, type Passage } from '../../../nodes/shared/chunkText';
import {
	chunkDocumentText,
	chunkSettings,
	DEFAULT_CHUNK_OVERLAP,
	DEFAULT_CHUNK_SIZE,
	normalizeText,
} from '../../../nodes/KnowledgeBase/chunking';
import { isKnowledgeBaseError } from '../../../nodes/KnowledgeBase/errors';
import clinicFaq from '../../fixtures/knowledge/clinic-faq.json';

const SENTENCES = [
	'A clínica abre de segunda a sexta, das 7h às 19h.',
	'O Dr. Silva atende cardiologia às terças e quintas.',
	'Para exame de sangue, o jejum é de 8 horas; água pode.',
	'O ultrassom abdominal pede jejum de 8 horas de alimentos.',
	'Aceitamos Unimed, Bradesco Saúde, SulAmérica e Amil.',
	'Para cancelar, responda CANCELAR com 24 horas de antecedência.',
];

/** Paragraphs of 2-4 sentences, deterministic. */
function faqText(paragraphs: number): string {
	const out: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		const count = 2 + (p % 3);
		out.push(Array.from({ length: count }, (_, s) => SENTENCES[(p * 3 + s) % SENTENCES.length]).join(' '));
	}
	return out.join('\n\n');
}

/** The invariants every split must keep. */
function expectFaithful(text: string, passages: Passage[], size: number, overlap: number): void {
	let covered = 0; // everything before this offset is in some passage (or white space)
	let previous: Passage | undefined;
	for (const passage of passages) {
		expect(text.slice(passage.start, passage.end)).toBe(passage.text);
		expect(passage.text.length).toBeGreaterThan(0);
		expect(passage.text.length).toBeLessThanOrEqual(size);
		expect(passage.text).toBe(passage.text.trim());
		// No gap: only white space between what was covered and this passage's start.
		expect(text.slice(covered, Math.max(covered, passage.start)).trim()).toBe('');
		if (previous) {
			expect(passage.start).toBeGreaterThan(previous.start);
			expect(passage.end).toBeGreaterThan(previous.end);
			// Overlap: the repeated part is at most `overlap` characters.
			expect(Math.max(0, previous.end - passage.start)).toBeLessThanOrEqual(overlap);
		}
		covered = Math.max(covered, passage.end);
		previous = passage;
	}
	expect(text.slice(covered).trim()).toBe('');
}

describe('splitPassages (nodes/shared/chunkText.ts)', () => {
	it('keeps text that fits as one passage', () => {
		expect(splitPassages('  Olá, tudo bem?  ', 100, 20)).toEqual([{ text: 'Olá, tudo bem?', start: 2, end: 16 }]);
	});

	it('gives nothing for empty or blank text', () => {
		expect(splitPassages('', 100, 10)).toEqual([]);
		expect(splitPassages(' \n\n\t ', 100, 10)).toEqual([]);
	});

	it.each([
		[200, 0],
		[200, 40],
		[300, 100],
		[800, 100],
		[120, 59],
	])('is faithful, bounded and overlapping at size %i / overlap %i', (size, overlap) => {
		const text = faqText(40);
		const passages = splitPassages(text, size, overlap);
		expect(passages.length).toBeGreaterThan(1);
		expectFaithful(text, passages, size, overlap);
	});

	it('really overlaps: each passage after the first repeats the end of the one before', () => {
		const text = faqText(30);
		const passages = splitPassages(text, 300, 100);
		for (let i = 1; i < passages.length; i++) {
			const repeated = passages[i - 1].end - passages[i].start;
			expect(repeated).toBeGreaterThan(0);
			expect(passages[i - 1].text.endsWith(text.slice(passages[i].start, passages[i - 1].end))).toBe(true);
		}
	});

	it('without overlap, passages follow one another with only white space between', () => {
		const text = faqText(30);
		const passages = splitPassages(text, 250, 0);
		for (let i = 1; i < passages.length; i++) {
			expect(passages[i].start).toBeGreaterThanOrEqual(passages[i - 1].end);
			expect(text.slice(passages[i - 1].end, passages[i].start).trim()).toBe('');
		}
	});

	it('cuts at paragraph and sentence ends and starts overlaps at sentence or word starts', () => {
		const text = faqText(30);
		for (const passage of splitPassages(text, 300, 100)) {
			// ends a sentence (or the text), never mid-word
			expect(passage.text).toMatch(/[.;!?]$/);
			// starts at a word start
			expect(passage.start === 0 || /\s/.test(text[passage.start - 1])).toBe(true);
		}
	});

	it('prefers a sentence start for the overlap when one keeps at least half of it', () => {
		const text = `${'Primeira frase curta aqui. '.repeat(6)}Segunda parte sem ponto final e com várias palavras seguidas até o limite`;
		const passages = splitPassages(text, 120, 60);
		for (const passage of passages.slice(1)) {
			const before = text.slice(0, passage.start).trimEnd();
			expect(before.endsWith('.') || /\s/.test(text[passage.start - 1])).toBe(true);
		}
		expectFaithful(text, passages, 120, 60);
	});

	it('does not take "Dr." for a sentence end', () => {
		const text = 'Consulte o Dr. Silva sobre o exame. ' + 'Outra frase com conteúdo. '.repeat(10);
		const starts = splitPassages(text, 80, 40).map((p) => p.text);
		expect(starts.some((t) => t.startsWith('Silva'))).toBe(false);
	});

	it('cuts a word longer than the size inside it, with overlap, never splitting a surrogate pair', () => {
		const word = '😀'.repeat(300); // 600 UTF-16 units, no white space
		const passages = splitPassages(`início ${word} fim`, 100, 20);
		expectFaithful(`início ${word} fim`, passages, 100, 20);
		for (const passage of passages) {
			expect(passage.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
		}
	});

	it('handles a long word of plain letters', () => {
		const text = 'x'.repeat(1000);
		const passages = splitPassages(text, 100, 30);
		expectFaithful(text, passages, 100, 30);
		expect(passages[1].start).toBe(70);
	});

	it('refuses a size or overlap that cannot work', () => {
		expect(() => splitPassages('abc', 0)).toThrow(RangeError);
		expect(() => splitPassages('abc', 10, 10)).toThrow(RangeError);
		expect(() => splitPassages('abc', 10, -1)).toThrow(RangeError);
		expect(() => splitPassages('abc', 10.5)).toThrow(RangeError);
	});

	it('is linear: 10x the text takes about 10x the time, not 100x', () => {
		const small = faqText(400);
		const large = faqText(4000);
		const time = (text: string) => {
			const start = process.hrtime.bigint();
			splitPassages(text, 800, 100);
			return Number(process.hrtime.bigint() - start) / 1e6;
		};
		time(small); // warm up
		const smallMs = Math.min(time(small), time(small), time(small));
		const largeMs = Math.min(time(large), time(large), time(large));
		expect(largeMs / Math.max(smallMs, 2)).toBeLessThan(40);
	});
});

describe('Knowledge Base chunking', () => {
	it('defaults to 800 characters with 100 of overlap', () => {
		expect(chunkSettings()).toEqual({ chunkSize: DEFAULT_CHUNK_SIZE, chunkOverlap: DEFAULT_CHUNK_OVERLAP });
		expect(DEFAULT_CHUNK_SIZE).toBe(800);
		expect(DEFAULT_CHUNK_OVERLAP).toBe(100);
	});

	it('keeps the default overlap within half of a small size', () => {
		expect(chunkSettings({ chunkSize: 150 })).toEqual({ chunkSize: 150, chunkOverlap: 75 });
	});

	it.each([
		[{ chunkSize: 50 }, /Chunk size/],
		[{ chunkSize: 100_000 }, /Chunk size/],
		[{ chunkSize: 800, chunkOverlap: 500 }, /Chunk overlap .* half/],
		[{ chunkSize: 800, chunkOverlap: -1 }, /Chunk overlap/],
		[{ chunkSize: 800.5 }, /Chunk size/],
	])('refuses %j', (options, message) => {
		let caught: unknown;
		try {
			chunkSettings(options);
		} catch (error) {
			caught = error;
		}
		expect(isKnowledgeBaseError(caught, 'invalid_input')).toBe(true);
		expect((caught as Error).message).toMatch(message);
	});

	it('splits each clinic FAQ entry into chunks of at most 800 characters', () => {
		for (const entry of clinicFaq) {
			const chunks = chunkDocumentText(entry.text);
			expect(chunks.length).toBeGreaterThan(0);
			for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(800);
		}
		// the price list is longer than one chunk
		expect(chunkDocumentText(clinicFaq.find((entry) => entry.documentId === 'precos')!.text).length).toBe(2);
	});

	it('normalizes line ends, control characters and blank lines before chunking', () => {
		expect(normalizeText('a\r\nb\rc\u0000d  \n\n\n\n e\u0007')).toBe('a\nb\ncd\n\n e');
		expect(chunkDocumentText('  \n\t\n ')).toEqual([]);
	});
});
