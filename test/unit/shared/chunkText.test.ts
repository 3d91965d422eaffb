import { splitMessage, WHATSAPP_TEXT_LIMIT } from '../../../nodes/shared/chunkText';

/** Everything but white space, in order: what a split must keep intact. */
const visible = (text: string) => text.replace(/\s+/g, '');

/** Each chunk is a verbatim slice of `text`, the slices in order and separated only by white space. */
function expectFaithfulSplit(text: string, chunks: string[], max: number): void {
	expect(chunks.join('')).not.toBe('');
	let from = 0;
	for (const chunk of chunks) {
		expect(chunk.length).toBeGreaterThan(0);
		expect(chunk.length).toBeLessThanOrEqual(max);
		const at = text.indexOf(chunk, from);
		expect(at).toBeGreaterThanOrEqual(from);
		expect(text.slice(from, at).trim()).toBe(''); // only trimmed white space between chunks
		from = at + chunk.length;
	}
	expect(text.slice(from).trim()).toBe('');
	expect(visible(chunks.join(''))).toBe(visible(text));
}

const SENTENCES_PT = [
	'Olá, Maria! Sua consulta com a Dra. Ana está confirmada para terça-feira às 14h.',
	'Por favor, chegue com quinze minutos de antecedência e traga seus exames anteriores.',
	'Caso precise remarcar, responda esta mensagem até 24 horas antes do horário marcado?',
	'Lembre-se: o jejum de oito horas é necessário para os exames de sangue…',
	'Estamos à disposição para qualquer dúvida sobre preparo, convênio ou estacionamento.',
];

function ptBrText(length: number): string {
	let text = '';
	for (let i = 0; text.length < length; i++) text += `${SENTENCES_PT[i % SENTENCES_PT.length]} `;
	return text.slice(0, length).trimEnd() + '.';
}

describe('splitMessage', () => {
	it('returns a text that fits unchanged, and nothing for blank text', () => {
		expect(splitMessage('Olá! Tudo bem?')).toEqual(['Olá! Tudo bem?']);
		expect(splitMessage('x'.repeat(WHATSAPP_TEXT_LIMIT))).toHaveLength(1);
		expect(splitMessage('')).toEqual([]);
		expect(splitMessage('  \n ')).toEqual([]);
	});

	it('splits a 10,000-character pt-BR reply into 3 messages at sentence ends, in order', () => {
		const text = ptBrText(10_000);
		expect(text.length).toBeGreaterThanOrEqual(10_000);
		const chunks = splitMessage(text);
		expect(chunks).toHaveLength(3);
		expectFaithfulSplit(text, chunks, WHATSAPP_TEXT_LIMIT);
		for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/[.!?…]$/);
		// "Dra. Ana" is an abbreviation, never a sentence end.
		for (const chunk of chunks) expect(chunk).not.toMatch(/Dra\.$/);
	});

	it('prefers a paragraph break over a later sentence end', () => {
		const first = 'Primeiro parágrafo. Com duas frases.';
		const second = 'Segundo parágrafo tem mais texto. E continua aqui.';
		const text = `${first}\n\n${second}`;
		expect(splitMessage(text, first.length + 20)).toEqual([first, second]);
	});

	it('prefers a sentence end over a later space', () => {
		const text = 'Uma frase curta aqui. Outra frase que não cabe toda';
		expect(splitMessage(text, 30)).toEqual(['Uma frase curta aqui.', 'Outra frase que não cabe toda']);
	});

	it('keeps closing quotes and brackets with their sentence', () => {
		const text = 'Ela disse "pode vir amanhã." (Confirmado!) Depois falamos.';
		const chunks = splitMessage(text, 45);
		expect(chunks[0]).toBe('Ela disse "pode vir amanhã." (Confirmado!)');
		expectFaithfulSplit(text, chunks, 45);
	});

	it('cuts an emoji sequence longer than the limit only between code points', () => {
		const family = '👨‍👩‍👧‍👦';
		const chunks = splitMessage(family.repeat(2), 7);
		expect(chunks.join('')).toBe(family.repeat(2));
		for (const chunk of chunks) expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
	});

	it('falls back to words, then to a hard cut for a word longer than the limit', () => {
		expect(splitMessage('alfa beta gama delta', 11)).toEqual(['alfa beta', 'gama delta']);
		const long = 'a'.repeat(25);
		expect(splitMessage(long, 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
	});

	it('never splits a surrogate pair or an emoji sequence', () => {
		const family = '👨‍👩‍👧‍👦'; // ZWJ sequence of 11 UTF-16 units
		const thumbs = '👍🏽'; // emoji plus skin tone modifier
		const text = `${'😀'.repeat(30)}${family}${thumbs.repeat(5)}${'🇧🇷'.repeat(10)}`;
		for (const max of [11, 12, 13, 16, 23]) {
			const chunks = splitMessage(text, max);
			expectFaithfulSplit(text, chunks, max);
			expect(chunks.join('')).toBe(text);
			for (const chunk of chunks) {
				expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/); // no lone surrogate at an edge
				expect(chunk).not.toMatch(/^\u200D|\u200D$/); // no ZWJ sequence torn apart
				expect(chunk).not.toMatch(/^\uD83C[\uDFFB-\uDFFF]/); // no orphaned skin tone
			}
			expect(chunks.some((chunk) => chunk.includes(family))).toBe(true);
		}
	});

	it('trims white space only at the cut points', () => {
		const text = '  Primeira frase.   \n\n   Segunda frase aqui.  ';
		expect(splitMessage(text, 22)).toEqual(['  Primeira frase.', 'Segunda frase aqui.  ']);
	});

	it('splits a long text of only line breaks and words at line breaks', () => {
		const lines = Array.from({ length: 50 }, (_, i) => `Item ${i + 1}: horário disponível`);
		const text = lines.join('\n');
		const chunks = splitMessage(text, 200);
		expectFaithfulSplit(text, chunks, 200);
		for (const chunk of chunks) expect(chunk.split('\n').every((line) => lines.includes(line))).toBe(true);
	});

	it('keeps every character in order for random texts and limits', () => {
		let seed = 42;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		const pieces = ['palavra', 'ação', ' ', ' ', '. ', '! ', '? ', '…', '\n', '\n\n', '😀', '👍🏽', '🇧🇷', 'x'.repeat(30), '"fim." '];
		for (let run = 0; run < 200; run++) {
			let text = '';
			const length = 50 + Math.floor(random() * 400);
			while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
			const max = 8 + Math.floor(random() * 120);
			expectFaithfulSplit(text.trim() === '' ? 'x' : text, splitMessage(text.trim() === '' ? 'x' : text, max), max);
		}
	});

	it('rejects a limit that is not a positive integer', () => {
		expect(() => splitMessage('abc', 0)).toThrow(RangeError);
		expect(() => splitMessage('abc', 1.5)).toThrow(RangeError);
	});
});
