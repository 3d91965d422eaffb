import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import type { Intent } from '../../../nodes/OptOutGuard/types';

// The structures added after blind set 12 (spent): "leave me alone" as verb families (deixar/dejar in
// the forms that ask, with "em paz", "tranquilo", "quieta"), "one more message" as a family of openings
// and kinds of message, consent withdrawn, a block threatened in the passive, an unsubscribe word with
// one typo, the messages that hurt or are hard after a death, too much or too often of the promotions
// with only the care messages kept, promotions refused before the care messages said yes to; and the
// look-alikes: a "stop" that means "wait", a pet that seems to say "leave me alone", "isso me deixa
// tranquila" (it reassures), a wait as a noun. New wordings of ours.

/** Promotions declined: an opt-out with the marketing scope. */
const MARKETING: string[] = [
	'promoção não obrigada, os lembretes de vacina sim',
	'the offers no thanks, the reminders yes please',
	'os descontos chegam toda semana, manda só o lembrete da consulta',
	'me mandan demasiadas promociones, solo quiero los recordatorios de vacunas',
];

const CASES: Array<[text: string, intent: Intent]> = [
	// "leave me alone" in the forms that ask
	['Quero que me deixem sossegada, chega', 'opt_out'],
	['déjenme quieto de una vez, gracias', 'opt_out'],
	['por favor que me dejéis en paz', 'opt_out'],
	['just leave us in peace, thanks', 'opt_out'],
	// the forms that tell: it reassures, or someone else does not
	['Saber que ele comeu hoje me deixa tranquila, obrigada doutora', 'none'],
	['me deja tranquilo saber que la herida cerró bien', 'none'],
	['o cachorro do vizinho não me deixa em paz, late a noite toda', 'none'],
	// a pet that seems to say it
	['Our dog growls at the toddler like "leave me alone", should we worry?', 'none'],
	['a gata mia pro filhote tipo me deixa em paz, é normal?', 'none'],
	// one more message, and a complaint or a block
	['mais uma mensagenzinha dessas e abro reclamação no procon', 'opt_out'],
	['otro correo de estos y les pongo una queja en consumo', 'opt_out'],
	['one more promo and I am filing a complaint', 'opt_out'],
	['keep going like this and you are getting blocked', 'opt_out'],
	['otro mensaje: la cita del jueves es a las 5?', 'none'],
	// consent withdrawn
	['please treat my consent as revoked and delete what you hold', 'opt_out'],
	['a partir de hoje, consentimento revogado', 'opt_out'],
	// one typo in an unsubscribe word
	['pls unsubcribe me', 'opt_out'],
	['quiero desuscribirne de esto', 'opt_out'],
	['não quero me descadastar, só trocar o email', 'none'],
	// the messages hurt after a death
	['Minha cachorra se foi em março e cada aviso de vacina me arrasa', 'opt_out'],
	['Dad passed in May. Seeing reminders with his name is so hard.', 'opt_out'],
	['a dor dele se foi depois do remédio, obrigada!', 'none'],
	['It is so hard to see him limping, he is 14. What can we give him?', 'none'],
	// a stop that means "wait"
	['hang on stop, let me ask my wife which day works', 'none'],
	// a wait as a noun is no "wait, I meant"
	['tres horas de espera el martes, no quiero saber nada más de ustedes', 'opt_out'],
];

describe('detectIntent: structures added after blind set 12', () => {
	it.each(MARKETING)('%j is a marketing opt-out', (text) => {
		expect(detectIntent(text)).toMatchObject({ intent: 'opt_out', scope: 'marketing' });
	});

	it.each(CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});
});
