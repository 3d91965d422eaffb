import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import type { Intent } from '../../../nodes/OptOutGuard/types';

// The concepts and rules added after blind set 10 (spent): promotions declined while the care
// messages stay, a pause until a holiday or season, a death or loss said softly, complaints after
// repeated asks, channels refused one by one. New wordings of ours, each with close look-alikes.

/** Promotions declined: an opt-out with the marketing scope. */
const MARKETING: string[] = [
	'as ofertas de banho eu dispenso, mas os lembretes podem continuar',
	'los cupones de la tienda me los ahorro, gracias',
	'the grooming deals can go, keep the vaccine reminders',
	'those discount blasts? hard pass',
	'could do without the newsletter honestly',
	'reminders ok, but sales stuff every day? no',
	'avisos de vacuna bien, pero ofertas cada semana no',
	'lembrete pode mandar, mas promoção toda semana não dá',
];

const CASES: Array<[text: string, intent: Intent]> = [
	// marketing declined, and what only looks like it
	['no me interesan las promos, solo los turnos', 'opt_out'],
	['a promo de banho não dá pra usar com cupom?', 'none'],
	['the promo can go on my card?', 'none'],
	['i could do without the traffic today, running late', 'none'],
	['promoção toda semana? adorei', 'none'],
	['ofertas todos los días? qué bueno, ¿hay de arena?', 'none'],
	['promo de ração tem?', 'none'],
	// a pause until a holiday, season or month
	['me escreve só depois do feriadão', 'opt_out'],
	['escríbeme después de año nuevo porfa', 'opt_out'],
	['message me after the summer please', 'opt_out'],
	['give the reminders a rest for a bit', 'opt_out'],
	['text me after the holidays about the booster?', 'none'],
	['call me after christmas to book the spay', 'none'],
	['me manda o orçamento depois das férias', 'none'],
	['cancel my grooming appointment after the holidays', 'none'],
	['escríbeme después de las 6', 'none'],
	// a death or a loss, said softly
	['perdimos a Toby en abril, pueden quitarlo del sistema', 'opt_out'],
	['we lost Biscuit over the summer, please take him off the system', 'opt_out'],
	['nuestro gato Milo se fue al cielo, cada aviso nos duele', 'opt_out'],
	['mi perrita cruzó el arcoíris, no puedo ver más estos mensajes', 'opt_out'],
	['perdemos a consulta de ontem, podemos remarcar?', 'none'],
	['we lost his vaccine card, can you send the records?', 'none'],
	['o outro gato morreu ano passado, esse aqui tá mancando e dói a pata', 'none'],
	['minha cachorra morreu de rir com o vídeo', 'none'],
	['me muero de ganas de ver al cachorro', 'none'],
	["i'm dying to see the new puppy pics", 'none'],
	// a complaint after repeated asks
	['ya es la tercera vez que pido esto, voy a poner una denuncia', 'opt_out'],
	['second time asking. complaint to the FTC next', 'opt_out'],
	['pela segunda vez: vou abrir reclamação no procon', 'opt_out'],
	['ja pedi o resultado 3 vezes, vou reclamar no procon', 'none'],
	['third time asking for the xray results, this deserves a 1 star review', 'none'],
	// channels refused one by one
	['nem whats, nem email, nem telefonema. nada', 'opt_out'],
	['nem email nem sms chegou ainda do resultado', 'none'],
	// the contact taken off the system, consent, unsubscribing, being left alone
	['remove my details from your database', 'opt_out'],
	['please take my contact off the system', 'opt_out'],
	['take my number off the waitlist', 'none'],
	['déjenme tranqui porfa', 'opt_out'],
	['desuscríbanme de todo', 'opt_out'],
	['quem autorizou vocês a me mandar isso?', 'opt_out'],
	['quién les dio permiso para escribirme', 'opt_out'],
	['who gave you permission to text me', 'opt_out'],
	// another service's app, a retraction
	['how do i unsubscribe from my old groomers app?', 'none'],
	['my daughter grabbed my phone and typed unsubscribe, disregard', 'none'],
	// A death, then another pet's pain: a symptom for triage, never an opt-out.
	['o outro morreu, esse tá com a pata que dói muito', 'none'],
	['perdemos a Mel ontem, o outro ta com a pata que dói', 'none'],
	['perdimos a Toby, y la otra tiene una pata que le duele', 'none'],
	['we lost Max last week and now Bella limps, it hurts her a lot', 'none'],
	['my cat died last week and my other cat, it hurts when i touch her paw', 'none'],
	// The messages themselves hurting still are.
	['perdemos a Mel, cada lembrete dói muito', 'opt_out'],
	// "no" is Portuguese too ("in the"): "calls" and "emails" tell the English.
	['no calls, no emails, no texts please', 'opt_out'],
];

describe('detectIntent: concepts added after blind set 10', () => {
	it.each(MARKETING)('%j is a marketing opt-out', (text) => {
		expect(detectIntent(text)).toMatchObject({ intent: 'opt_out', scope: 'marketing' });
	});

	it.each(CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});
});
