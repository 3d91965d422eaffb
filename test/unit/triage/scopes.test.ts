// Negation, time and figures of speech: a symptom phrase only counts when the person says they
// have it now.
import { categories, pet, triage } from './support';

describe('negation', () => {
	it.each([
		['não tenho dor no peito', 'pt'],
		['nao to com falta de ar', 'pt'],
		['sem dor no peito e sem falta de ar', 'pt'],
		['meu pai não teve desmaio nem dor no peito', 'pt'],
		['no tengo dolor en el pecho', 'es'],
		['sin fiebre ni falta de aire', 'es'],
		["I don't have any chest pain", 'en'],
		['no chest pain, no shortness of breath', 'en'],
		['he did not pass out, he just sat down', 'en'],
	] as const)('drops a negated red flag: %s', (text, language) => {
		const result = triage(text, language);
		expect(result.escalate).toBe(false);
		expect(result.matches.filter((match) => match.level === 'very_urgent' || match.level === 'emergency')).toEqual([]);
	});

	it.each([
		['não consigo respirar', 'pt', 'human.severe_breathing_difficulty'],
		['ele não está respirando', 'pt', 'human.not_breathing_unresponsive'],
		['ele não para de sangrar', 'pt', 'human.severe_haemorrhage'],
		['meu marido não acorda', 'pt', 'human.not_breathing_unresponsive'],
		['não quero mais viver', 'pt', 'human.suicidal_crisis'],
		['no puedo respirar', 'es', 'human.severe_breathing_difficulty'],
		['no para de sangrar', 'es', 'human.severe_haemorrhage'],
		["I can't breathe", 'en', 'human.severe_breathing_difficulty'],
		["it won't stop bleeding", 'en', 'human.severe_haemorrhage'],
	] as const)('keeps a phrase whose own words negate: %s', (text, language, category) => {
		const result = triage(text, language);
		expect(result.escalate).toBe(true);
		expect(categories(result)).toContain(category);
	});

	it('does not let a negation reach across a comma or into the next thought', () => {
		expect(triage('sem febre, com dor no peito').escalate).toBe(true);
		expect(triage('não sei o que fazer, meu filho desmaiou').escalate).toBe(true);
		expect(triage('nao sei o q fazer meu filho desmaiou').escalate).toBe(true);
		expect(triage("I don't know what to do, my son passed out", 'en').escalate).toBe(true);
	});

	it('reads "não sei se", "não aguento" and "nunca ... assim" as affirmations', () => {
		expect(categories(triage('não sei se é um AVC'))).toContain('human.stroke_be_fast');
		expect(categories(triage('não aguento essa dor no peito'))).toContain('human.chest_pain_cardiac');
		expect(categories(triage('nunca senti uma dor no peito assim'))).toContain('human.chest_pain_cardiac');
		expect(categories(triage("I've never had chest pain this bad", 'en'))).toContain('human.chest_pain_cardiac');
		expect(categories(triage('nunca tive dor no peito'))).not.toContain('human.chest_pain_cardiac');
	});

	it('never lets a gap in a pattern reach past the speaker turning to themselves', () => {
		expect(pet('meu cachorro comeu ração e depois eu comi chocolate').escalate).toBe(false);
		expect(pet('meu cachorro comeu um pedaço do meu chocolate').escalate).toBe(true);
		// No red-flag rule matches (the learned layer, which reads no grammar, scores this one just over its threshold).
		expect(categories(pet('my dog ate his food and then i had some chocolate', 'en'))).toEqual([]);
	});

	it('never lets a gap in a phrase skip a negation', () => {
		// Unproductive retching is a GDV red flag on its own; the negated distension is not quoted as one.
		const result = pet('ele tenta vomitar e não sai nada, mas a barriga não está inchada');
		expect(categories(result)).toContain('vet.gdv_bloat');
		expect(result.matches.map((match) => match.phrase).join(' ')).not.toMatch(/inchada/);
		// No red-flag rule matches the negated distension (the learned layer, which reads no grammar, scored
		// it just over its threshold with blind set 15 and tuning set 10 in its data; 0.750 against 0.77 once blind set 20 joined, 0.741 against 0.76 with blind set 21, 0.726 against 0.75 with tuning set 18, 0.708 against 0.74 with blind set 22, 0.693 against 0.73 with blind set 23).
		expect(categories(pet('a barriga não está inchada'))).toEqual([]);
		expect(categories(pet('a barriga está inchada e dura'))).toContain('vet.gdv_bloat');
	});
});

describe('time', () => {
	it.each([
		['meu pai teve um derrame ano passado', 'pt'],
		['meu avô já teve infarto', 'pt'],
		['ela teve convulsão há 3 anos', 'pt'],
		['teve um AVC em 2019', 'pt'],
		['quando eu era criança tive convulsões', 'pt'],
		['mi padre tuvo un infarto el año pasado', 'es'],
		['hace dos años tuvo una convulsión', 'es'],
		['my grandfather had a stroke last year', 'en'],
		['she had a seizure 5 years ago', 'en'],
		['vocês tratam sequela de AVC?', 'pt'],
		['tenho convulsões desde criança, quero trocar de neurologista', 'pt'],
		['I am recovering from a heart attack', 'en'],
	] as const)('drops a red flag in the distant past: %s', (text, language) => {
		expect(triage(text, language).escalate).toBe(false);
	});

	it('keeps a red flag nearer to a present marker than to a past one', () => {
		const result = triage('meu pai teve um derrame ano passado e agora está com a boca torta');
		expect(result.matches.map((match) => match.phrase).join(' ')).not.toMatch(/derrame/);
		expect(new Set(categories(result))).toEqual(new Set(['human.stroke_be_fast']));
		expect(triage('teve derrame ano passado e hoje está ótimo').escalate).toBe(false);
	});

	it('keeps a red flag that is happening again', () => {
		expect(triage('ano passado ele teve AVC e teve de novo').escalate).toBe(true);
		expect(triage('she had a seizure last year and again', 'en').escalate).toBe(true);
	});

	it('keeps recent events: today, yesterday, minutes ago', () => {
		expect(triage('ele desmaiou ontem').escalate).toBe(true);
		expect(triage('convulsionou há 10 minutos').escalate).toBe(true);
	});
});

describe('figures of speech', () => {
	it.each([
		['estou morrendo de rir', 'pt'],
		['to morrendo de fome', 'pt'],
		['quero morrer de rir com essa conta', 'pt'],
		['quase tive um infarto quando vi o preço', 'pt'],
		['preço de infartar', 'pt'],
		['me muero de risa', 'es'],
		['me muero de hambre', 'es'],
		["I'm dying of laughter", 'en'],
		['this chocolate cake is to die for', 'en'],
		['what a stroke of luck', 'en'],
		['I nearly had a heart attack when I saw the bill', 'en'],
	] as const)('is not an emergency: %s', (text, language) => {
		expect(triage(text, language).escalate).toBe(false);
	});

	it('still reads "morrendo de dor" literally', () => {
		expect(triage('estou morrendo de dor na barriga').level).toBe('very_urgent');
	});

	it('applies to pets too', () => {
		expect(pet('meu cachorro está morrendo de fome').escalate).toBe(false);
		expect(pet('my dog is dying to go for a walk', 'en').escalate).toBe(false);
	});
});

describe('scope refinements', () => {
	it.each([
		['minha mãe tá bem, nada de boca torta nem fraqueza', 'pt'],
		['nada de dolor en el pecho, solo tos', 'es'],
		['no sign of chest pain, just a cough', 'en'],
	] as const)('reads a negating phrase like a negator: %s', (text, language) => {
		expect(triage(text, language).escalate).toBe(false);
	});

	it('lets a phrase that opens with its own negator stand after an earlier negation', () => {
		expect(triage('de golpe no nos entiende y no puede agarrar el vaso con la mano izquierda', 'es').escalate).toBe(true);
	});

	it('dates the context next to a past marker, not the complaint after it', () => {
		expect(triage('tive nenem faz 2 semanas e o sangramento aumentou muito, saindo coágulo grande').escalate).toBe(true);
		expect(triage('meu avô já teve infarto').escalate).toBe(false);
	});

	it('does not end a complaint when only the other side is normal', () => {
		expect(triage('minha batata da perna esquerda tá inchada, quente e vermelha depois do voo longo, a direita tá normal').escalate).toBe(
			true,
		);
	});

	it.each([
		['quase tive um avc com esse sistema de agendamento', 'pt'],
		['i nearly had a stroke trying to use your booking form', 'en'],
	] as const)('is not an emergency: %s', (text, language) => {
		expect(triage(text, language).escalate).toBe(false);
	});

	it('reads "never again" and "died of" as history', () => {
		expect(pet('my cat had a seizure once when she was a kitten and never again', 'en').escalate).toBe(false);
		expect(pet('o pai do meu filhote morreu de torção gástrica').escalate).toBe(false);
	});
});
