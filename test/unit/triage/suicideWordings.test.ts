import { triage } from './support';

// Farewell letters, "acabar com isso" and "no quiero seguir" next to a means (pills bought, a rope,
// a bridge): a suicidal crisis the person announces without the word "matar" (blind set 5's misses
// showed these wordings; the cases here are new sentences of the same concepts).
describe('suicidal crisis told without naming it', () => {
	it.each([
		['já escrevi as cartas pros meus filhos, comprei os comprimidos, hoje acabo com isso', 'pt'],
		['no quiero seguir más, ya estoy en el puente', 'es'],
		['got the rope, i just want it all to stop', 'en'],
		['compré las pastillas y ya no quiero seguir', 'es'],
		// pills put aside over time, with despair (blind set 6's miss; new sentences of the same concepts)
		['nao aguento mais, to juntando os remedios de dormir faz semanas', 'pt'],
		['ya no puedo más, estoy guardando las pastillas de mi mamá', 'es'],
		["i can't take it anymore, been stockpiling my tablets for a while", 'en'],
	] as const)('%s → emergency with the suicide advice', (text, language) => {
		const result = triage(text, language);
		expect({ level: result.level, specialty: result.specialty }).toEqual({ level: 'emergency', specialty: 'psychiatry' });
	});

	it.each([
		['vou acabar com isso hoje, preciso entregar o relatório', 'pt'],
		['comprei os remédios da receita, vocês abrem sábado?', 'pt'],
		['I just want the pain in my back to stop, can I book physio?', 'en'],
		["I can't take it anymore at work lol, saving my vacation days for december", 'en'],
		['to guardando as caixas dos remédios pra trazer na consulta, pode ser?', 'pt'],
	] as const)('%s → no red flag', (text, language) => {
		expect(triage(text, language).escalate).toBe(false);
	});
});
