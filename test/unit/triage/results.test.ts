// What a result carries besides the level: colour and wait, specialty, and localized advice.
import { LEVEL_INFO, LEVELS } from '../../../nodes/SymptomTriage/levels';
import { pet, triage } from './support';

describe('levels', () => {
	it('follows Manchester: colour, maximum wait and escalation', () => {
		expect(LEVELS.map((level) => [level, LEVEL_INFO[level].colour, LEVEL_INFO[level].maxWaitMinutes, LEVEL_INFO[level].escalate])).toEqual([
			['emergency', 'red', 0, true],
			['very_urgent', 'orange', 10, true],
			['urgent', 'yellow', 60, false],
			['standard', 'green', 120, false],
			['non_urgent', 'blue', 240, false],
		]);
	});

	it('copies the level facts into the result; the most urgent match decides and comes first', () => {
		const result = triage('estou com dor no peito e meu braço está sangrando muito');
		expect(result).toMatchObject({
			level: 'emergency',
			colour: 'red',
			maxWaitMinutes: 0,
			escalate: true,
			profile: 'human',
			language: 'pt',
			rulesVersion: '2026.11.1/2026.12.35',
		});
		expect(result.matches.map((match) => match.level)).toEqual(['emergency', 'very_urgent']);
	});

	it('gives green, not blue, to a message that matches nothing', () => {
		expect(triage('oi, tudo bem?')).toMatchObject({
			level: 'standard',
			colour: 'green',
			escalate: false,
			matches: [],
			specialty: 'general_practice',
		});
	});
});

describe('specialty', () => {
	it.each([
		['tenho palpitações e pressão alta', 'pt', 'cardiology'],
		['estou com manchas na pele e coceira', 'pt', 'dermatology'],
		['dor no joelho quando subo escada', 'pt', 'orthopedics'],
		['meu filho de 4 anos está com febre alta', 'pt', 'paediatrics'],
		['quero marcar um horário', 'pt', 'general_practice'],
		['tengo dolor de espalda', 'es', 'orthopedics'],
		['tengo acné', 'es', 'dermatology'],
		["I've been having palpitations", 'en', 'cardiology'],
		['my daughter has an earache', 'en', 'paediatrics'],
		['I have a rash on my arm', 'en', 'dermatology'],
	] as const)('suggests for %s', (text, language, specialty) => {
		expect(triage(text, language).specialty).toBe(specialty);
	});

	it.each([
		['meu gato está com tártaro', 'pt', 'dentistry'],
		['meu cachorro está se coçando e com queda de pelo', 'pt', 'dermatology'],
		['meu cachorro está mancando', 'pt', 'orthopedics'],
		['meu cachorro vomitou uma vez', 'pt', 'general_practice'],
		['mi perro tiene mal aliento', 'es', 'dentistry'],
		['my dog keeps scratching', 'en', 'dermatology'],
		['my dog ate chocolate', 'en', 'emergency'],
	] as const)('suggests for pets: %s', (text, language, specialty) => {
		expect(pet(text, language).specialty).toBe(specialty);
	});

	it('names the specialty in the language of the result and uses it in routine advice', () => {
		const result = triage('dor no joelho');
		expect(result.specialtyLabel).toBe('Ortopedia');
		expect(result.advice).toContain('consulta de Ortopedia');
		expect(triage('knee pain', 'en').advice).toContain('Orthopaedics appointment');
		expect(pet('mi perro tiene sarro', 'es').advice).toContain('Odontología Veterinaria');
	});
});

describe('advice', () => {
	it.each(['pt', 'es', 'en'] as const)('sends people to SAMU 192 on a red flag (%s)', (language) => {
		const text = { pt: 'meu pai desmaiou', es: 'mi papá se desmayó', en: 'my dad passed out' }[language];
		expect(triage(text, language).advice).toContain('SAMU 192');
	});

	it.each(['pt', 'es', 'en'] as const)('gives CVV 188 for suicidal ideation, with SAMU 192 for immediate danger (%s)', (language) => {
		const text = { pt: 'quero me matar', es: 'quiero matarme', en: 'I want to kill myself' }[language];
		const result = triage(text, language);
		expect(result.advice).toContain('CVV 188');
		expect(result.advice).toContain('SAMU 192');
	});

	it('gives both the overdose and the suicide advice when a message has both', () => {
		const result = triage('tomei um monte de remédio porque quero morrer');
		expect(result.level).toBe('emergency');
		expect(new Set(result.matches.map((match) => match.category))).toEqual(new Set(['human.overdose_poisoning', 'human.suicidal_crisis']));
		expect(result.advice.split('\n\n')).toHaveLength(2);
		expect(result.advice).toMatch(/SAMU 192[\s\S]*CVV 188/);
	});

	it.each([
		['pt', 'meu cachorro foi atropelado', /pronto-atendimento veterinário 24 horas mais próximo/],
		['es', 'atropellaron a mi perro', /urgencia veterinaria 24 horas más cercana/],
		['en', 'my dog was hit by a car', /nearest 24-hour veterinary emergency clinic/],
	] as const)('sends pets to the nearest 24 h veterinary emergency (%s)', (language, text, expected) => {
		const result = pet(text, language);
		expect(result.advice).toMatch(expected);
		expect(result.advice).not.toContain('SAMU');
	});

	it('gives toxin-specific advice for poisonings', () => {
		expect(pet('meu cachorro comeu chocolate').advice).toMatch(/Não provoque vômito/);
		expect(pet('my dog ate grapes', 'en').advice).toMatch(/Do not make it vomit/);
	});

	it('answers booking questions with booking first, and the red flags to watch for after', () => {
		const result = triage('quero marcar uma consulta');
		expect(result.level).toBe('non_urgent');
		expect(result.advice).toMatch(/^Podemos ajudar com o agendamento de Clínica Geral\. .*SAMU 192/);
	});
});
