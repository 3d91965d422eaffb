// Auto-detection: confident on ordinary messages; too-short messages are read in every language.
import { detectLanguage } from '../../../nodes/SymptomTriage/languages';
import { tokenizeClauses } from '../../../nodes/SymptomTriage/normalize';
import { categories, pet, triage } from './support';

const detect = (text: string) =>
	detectLanguage(
		tokenizeClauses(text)
			.flat()
			.map((word) => word.text),
	);

describe('detectLanguage', () => {
	it.each([
		['Minha mãe não consegue respirar direito', 'pt'],
		['vc pode marcar uma consulta pra mim amanhã?', 'pt'],
		['Mi papá tiene un dolor muy fuerte en el pecho', 'es'],
		['¿Cuánto cuesta la consulta? Gracias', 'es'],
		['My dad has chest pain and he is sweating', 'en'],
		['how much is a checkup for my dog?', 'en'],
		// Words spelt apart in the two languages (bien/bem, después/depois), not only the shared "no", "sem", "queria".
		['embarazada de 30 sem, no sangro y el bebé se mueve bien, quería saber cuándo es la eco', 'es'],
		['to grávida de 30 sem, sem febre, a barriga ta bem, depois passo ai', 'pt'],
	])('is confident about %s', (text, language) => {
		expect(detect(text)).toEqual({ language, confident: true });
	});

	it('is not confident about a message with too few telling words', () => {
		expect(detect('convulsionando').confident).toBe(false);
		expect(detect('ok').confident).toBe(false);
		expect(detect('').confident).toBe(false);
		expect(detect('chumbinho').language).toBe('pt');
	});
});

describe('classify with language auto', () => {
	it('reports the detected language and advises in it', () => {
		const spanish = triage('mi hija está convulsionando', 'auto');
		expect(spanish.language).toBe('es');
		expect(spanish.advice).toMatch(/SAMU 192/);
		expect(spanish.advice).toMatch(/Llame/);
		expect(triage("my dad can't breathe", 'auto').language).toBe('en');
		expect(triage('meu pai não consegue respirar', 'auto').language).toBe('pt');
	});

	it('reads a one-word message in every language and keeps the most urgent reading', () => {
		expect(triage('convulsionando', 'auto').escalate).toBe(true);
		expect(triage('seizure', 'auto')).toMatchObject({ escalate: true, language: 'en' });
		expect(new Set(categories(pet('envenenado', 'auto')))).toEqual(new Set(['vet.rodenticide_chumbinho']));
	});

	it('falls back to Portuguese when nothing matches in any language', () => {
		expect(triage('ok', 'auto')).toMatchObject({ level: 'standard', language: 'pt', matches: [] });
	});

	it('uses the language given instead of detecting', () => {
		// A Spanish phrase read with the English rules finds nothing.
		expect(triage('no puedo respirar', 'en').escalate).toBe(false);
		expect(triage('no puedo respirar', 'es').escalate).toBe(true);
	});
});
