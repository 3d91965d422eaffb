import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import type { Intent } from '../../../nodes/OptOutGuard/types';

// The structures added after blind set 11 (spent): remove verbs in all their forms (the past
// subjunctive of a polite request, Spanish clitics), "this number was someone's", a pause said as
// "not a single message until…", a bare block word closing a complaint, a refusal pointing back with
// "these", cancelling a subscription to the messages, too much of the promotions with only the care
// messages kept; and commerce or a quoted footer that only look like it. New wordings of ours.

/** Promotions declined: an opt-out with the marketing scope. */
const MARKETING: string[] = [
	'promos no gracias',
	'newsletter? no thanks 🙂',
	'os descontos diários tão um exagero, manda só os lembretes das vacinas',
	'las ofertas son demasiadas, solo mándenme los recordatorios de vacunas',
	'the coupons are way too much, can you just send the appointment reminders',
	'promoção todo dia tá demais',
];

const CASES: Array<[text: string, intent: Intent]> = [
	// remove verbs in every conjugation and politeness form
	['Por favor, tirassem meu telefone da lista de vocês', 'opt_out'],
	['Agradeceria que removessem meu contato do sistema de vocês', 'opt_out'],
	['Les pido que me quiten de la lista de difusión', 'opt_out'],
	['Podrían borrarme de su lista, por favor', 'opt_out'],
	['Si pudieran excluirme de la base de datos se los agradezco', 'opt_out'],
	['não sei como vim parar nessa lista, me tirem', 'opt_out'],
	['how did I end up on this list lol. take me off', 'opt_out'],
	// a remove verb that takes a thing off a list moves an appointment
	['Podrían quitarme la vacuna de la lista del martes?', 'none'],
	['Tira a foto do Rex do sistema e coloca a nova', 'none'],
	['me tirem do horário das 10 e coloquem às 11', 'none'],
	// the number was someone else's
	['Esse número era da minha sogra, ela faleceu faz tempo e eu não tenho bicho nenhum', 'opt_out'],
	['This phone used to be my brother’s, he moved abroad. No idea who Luna is', 'opt_out'],
	['este celular era de mi ex, hace rato que no es de él', 'opt_out'],
	// a pause said as "not a single message until…"
	['nem uma mensagem até março por favor, tô de mudança', 'opt_out'],
	['not a single text until june please, traveling', 'opt_out'],
	['até março não tem vaga para castração?', 'none'],
	['no recibí ni un mensaje hasta enero', 'none'],
	// a bare block word closing a complaint about messages
	['another sale email today. blocking.', 'opt_out'],
	['mais uma propaganda hoje. bloqueado', 'opt_out'],
	['meu cartão foi bloqueado no pagamento', 'none'],
	["the reminder didn't come. blocked?", 'none'],
	// a refusal pointing back at the messages
	['prefiero no recibir esto más, gracias', 'opt_out'],
	['i would rather not get these honestly', 'opt_out'],
	["i'd rather not get these vaccines done yet", 'none'],
	// consent never given, data erased
	['nunca autorizei vocês a guardar meus dados. apaguem tudo', 'opt_out'],
	['wipe everything you have on me please', 'opt_out'],
	['I never agreed to the surgery estimate, delete that charge', 'none'],
	// a subscription to the messages cancelled; a product subscription is commerce
	['quero anular minha inscrição nas mensagens de vocês', 'opt_out'],
	['cancel my subscription to the promo texts please', 'opt_out'],
	['quero cancelar a assinatura da ração mensal', 'none'],
	['quero dar de baixa no envio mensal da ração, ainda tenho estoque', 'none'],
	['can I pause the monthly autoship of the kibble?', 'none'],
	['¿puedo cancelar el envío mensual de arena? me sobra', 'none'],
	// too much of something that is not promotions
	['the dose is a bit much, can I just give half?', 'none'],
	// a quoted footer asked about as a scam
	['Got a text saying "text STOP to unsubscribe" — is this legit?', 'none'],
	['me llegó un sms que dice responde BAJA para salir, ¿es estafa o son ustedes?', 'none'],
];

describe('detectIntent: structures added after blind set 11', () => {
	it.each(MARKETING)('%j is a marketing opt-out', (text) => {
		expect(detectIntent(text)).toMatchObject({ intent: 'opt_out', scope: 'marketing' });
	});

	it.each(CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});
});
