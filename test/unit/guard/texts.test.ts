import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { DEFAULT_TEXTS, optInConfirmation, optOutConfirmation } from '../../../nodes/OptOutGuard/texts';
import { LANGUAGES } from '../../../nodes/OptOutGuard/types';

describe('confirmation texts', () => {
	it('confirms in the contact’s language, per category', () => {
		expect(optOutConfirmation('pt', 'all')).toBe('Pronto! Você não receberá mais mensagens nossas. Para voltar, envie VOLTAR.');
		expect(optOutConfirmation('es', 'all')).toBe(DEFAULT_TEXTS.es.optedOutAll);
		expect(optOutConfirmation('en', 'marketing')).toBe(DEFAULT_TEXTS.en.optedOutMarketing);
		expect(optInConfirmation('es')).toBe(DEFAULT_TEXTS.es.optedIn);
	});

	it('takes overrides per language and falls back for blank ones', () => {
		const texts = { pt: { optedOutAll: 'Ok, paramos. Envie VOLTAR para voltar.', optedIn: '  ' } };
		expect(optOutConfirmation('pt', 'all', texts)).toBe('Ok, paramos. Envie VOLTAR para voltar.');
		expect(optInConfirmation('pt', texts)).toBe(DEFAULT_TEXTS.pt.optedIn);
		expect(optOutConfirmation('en', 'all', texts)).toBe(DEFAULT_TEXTS.en.optedOutAll);
	});

	// Each text tells the contact a keyword; the detector must understand it, in that language.
	it.each(LANGUAGES)('names keywords that layer 1 understands (%s)', (language) => {
		const keyword = (text: string) => /\b([A-ZÁÉÍÓÚ]{4,})\.$/.exec(text)?.[1] ?? '';
		const texts = DEFAULT_TEXTS[language];
		expect(detectIntent(keyword(texts.optedOutAll)).intent).toBe('opt_in');
		expect(detectIntent(keyword(texts.optedOutMarketing)).intent).toBe('opt_in');
		expect(detectIntent(keyword(texts.optedIn)).intent).toBe('opt_out');
	});
});
