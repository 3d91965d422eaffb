// Mechanisms the red-flag rules learned in round 29 from their remaining false alarms, each checked with
// wordings written fresh for this test (none is copied from a set): the rules alone must leave each
// look-alike alone and still escalate the close emergency. Someone else's story goes on past a clause where
// the speaker turns to themselves mid-clause ("made me realise I haven't...") and past rehab or surgery as
// a place of care; the speaker's own attack or stopped heart at a bill, and a dental crown; poisoning done
// to animals at large, with the speaker's own fine; the speaker's own who never did it ("os meus nunca fizeram isso");
// someone else's story with a "still" in care ("is still in hospital", "todavía está internada").
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// someone else's story: the speaker turns to themselves mid-clause; in rehab or physio
	[
		'my cousin had a stroke last month, mouth went crooked and all, really frightening, made me think i havent seen a doctor in ages. any appointments?',
		'human',
	],
	['o vizinho da frente teve um derrame mês passado, a boca ficou torta, já tá na fisioterapia. vcs fazem check up?', 'human'],
	[
		'a una compañera del gimnasio le dio un ictus hace dos semanas, se le torció la cara, ya está en rehabilitación. ¿me pueden tomar la presión?',
		'human',
	],
	// a bill, and a dental crown
	['chegou o boleto do plano e eu quase tive um infarto aqui 😩 vcs parcelam?', 'human'],
	['quando abri a fatura do hospital quase tive um treco, dá pra parcelar?', 'human'],
	['my heart almost stopped when i opened the invoice from the dentist 😬 can i split it?', 'human'],
	['got the quote for the braces and my heart sank, any payment plans?', 'human'],
	['need to book the fitting for my new crown, the temporary one fell out', 'human'],
	// poisoning done to animals at large, the speaker's own fine
	['estão envenenando gatos aqui no condomínio, os meus estão bem, como proteger eles?', 'veterinary'],
	["someone's been poisoning cats in our road, mine are fine but what signs do i look for?", 'veterinary'],
	['están envenenando perros en la plaza, los míos están bien, ¿qué hago para cuidarlos?', 'veterinary'],
	// the speaker's own never did it
	['al hijo de una compañera se le atoró una moneda y lo operaron, los míos nunca hicieron eso, pero qué hago si pasa?', 'human'],
	['my mates little girl swallowed a button battery and needed surgery, mine have never done that but which toys are risky?', 'human'],
	// someone else's story told with a "still" in care
	['my neighbour got bitten by a snake on the weekend and is still in hospital, do you stock antivenom?', 'human'],
	['a una compañera le picó una víbora el domingo y todavía está internada, ¿ustedes tienen suero?', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	['my cousin had a stroke last month and now his face is drooping again and he cant lift his arm', 'human'],
	['a mi vecina le dio un derrame la semana pasada, se le torció la boca, y ahora no responde y yo no sé qué hacer', 'human'],
	['meu pai teve derrame mês passado, hoje a boca ficou torta de novo e ele não fala direito', 'human'],
	['my heart stopped beating, he collapsed when he saw the bill and isnt breathing', 'human'],
	['recebi a conta e agora estou com dor forte no peito que vai pro braço e suando frio', 'human'],
	["she's in labour at home and i can see the baby's head crowning", 'human'],
	['estão envenenando cachorro aqui na rua e o meu comeu uma isca, tá babando e tremendo', 'veterinary'],
	['someone is poisoning cats round here and mine came home drooling and twitching', 'veterinary'],
	['están envenenando perros en el barrio y mi perro comió algo en la calle, ahora está convulsionando', 'veterinary'],
	['o filho da minha colega engoliu uma pilha, os meus nunca fizeram isso mas agora o meu engoliu um ímã', 'human'],
	['my mates boy swallowed a battery last year, mine have never done that, but my daughter has just swallowed a button battery', 'human'],
	['my neighbour got bitten by a snake and is still not breathing properly, what do i do', 'human'],
	['a mi compañero le picó una víbora hace un rato y todavía no llega la ambulancia, se le hincha la pierna', 'human'],
	// someone else's, now, the speaker's own fine, and the speaker asking what to do
	['o filho da vizinha engoliu uma pilha agora, os meus estão bem, o que eu faço?', 'human'],
	['the dog next door just ate rat poison, mine are fine, what do I do?', 'veterinary'],
];

describeWordings('false alarms 29: stories, bills and animals at large', EMERGENCIES, NON_EMERGENCIES);
