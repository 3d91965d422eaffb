// Mechanisms the red-flag rules learned from tuning set 16's false alarms (and blind 19's), each checked
// with wordings written fresh for this test (none is copied from a set): the rules alone must leave each
// look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// how one would tell, in general
	['como eu percebo se meu gato está com a gengiva branca? é só olhar?', 'veterinary'],
	['cómo se nota una convulsión en un gato? la mía duerme mucho y me da miedo no darme cuenta', 'veterinary'],
	['qué pasaría si me tomo dos pastillas del anticoagulante juntas sin querer? es por saber', 'human'],
	// the family's history, not the speaker's present
	['na minha família teve muito AVC, queria fazer um check-up de pressão', 'human'],
	// a state dated years back by a birth
	['I had a blood clot after my first baby 8 years ago, should I mention it at my booking?', 'human'],
	// back to themselves, under control, healing, stitched
	['he had a seizure at nursery on friday, they checked him over and he has been totally himself since', 'human'],
	['fainted at the dentist last week but came round straight away, felt fine after. can I book a cleaning?', 'human'],
	['refill for her epilepsy tablets please, her fits are well controlled', 'veterinary'],
	['ela cortou a pata no vidro, sangrou muito, levou 4 pontos e tá cicatrizando bem. quando tira?', 'veterinary'],
	// a swallowed thing passed in the stool, then fine
	['se comió una goma de pelo el domingo y la hizo entera en la caca hoy, come bien y juega', 'veterinary'],
	// in someone's care
	[
		'um gato de rua foi atropelado ontem aqui na frente, a protetora levou e ele tá sendo tratado. vocês castram gato de rua?',
		'veterinary',
	],
	// a denial after the phrase, with "also"
	['febre nenhuma, falta de ar tbm não, só o nariz entupido', 'human'],
	// figures of speech: a look, a wait, a pain
	['he stared at me like i had starved him when i was 5 minutes late with dinner lol', 'veterinary'],
	['the queue was so long i nearly fainted haha, can I book online next time?', 'human'],
	['tive pedra no rim mês passado, aquela dor que você quer morrer, já saiu. quero marcar o retorno', 'human'],
	// not-the-red-flag words: a full bladder still passing, toes moved and felt, no raisins, an abscess, X-rays
	['desde ontem o xixi sai só um pouquinho e a bexiga fica cheia, sem dor forte. tem urologista?', 'human'],
	['me caí de la bici, la muñeca está hinchada y no la puedo apoyar pero muevo los dedos. hacen placa de rayos?', 'human'],
	['she ate a slice of bread, no raisins in it, I checked the packet. all fine?', 'veterinary'],
	// fluids kept down: weak, not dehydrated
	['llevo un día con vómitos, pero tolero el agua de a sorbitos, estoy flojita. me ven hoy?', 'human'],
	// one sentence of the message is a general question
	['a meningite passa pelo beijo? uma menina da turma da minha filha pegou', 'human'],
	['la parvovirosis se contagia entre perros adultos? en el parque dijeron que hubo un caso', 'veterinary'],
	// someone else's event today; a sister-in-law's history; chat English without "my"
	['a neighbour collapsed in the shop today, the ambulance took him and he is in ICU. do you run first aid courses?', 'human'],
	['meu cunhado teve um infarto ano passado e agora quero fazer um check-up', 'human'],
	['workmate fainted at the meeting on monday, turned out to be low sugar. can I get my glucose checked?', 'human'],
	// "si" before a verb that "sí" (yes) cannot stand before
	['si rompo la bolsa de noche, vengo a urgencias o llamo a la matrona? estoy de 32 semanas', 'human'],
	// a vaccine's cover
	['booking her 12 week jabs please, want her protected against parvo before the beach', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// a family's history, then it is happening now
	['na minha família todos tiveram infarto e agora estou com dor forte no peito', 'human'],
	// a birth weeks ago dates a state that goes on
	['tive bebê há 2 semanas e estou sangrando muito', 'human'],
	// a stray being run over now, still bleeding
	['um cachorro da rua foi atropelado agora na frente de casa e tá sangrando muito', 'veterinary'],
	// an undenied shortness of breath
	['tô com falta de ar, não sei o que fazer', 'human'],
	// a swallowed thing not passed
	['se comió una goma de pelo el domingo y vomita todo lo que come', 'veterinary'],
	// fluids not kept down
	['vomito todo, no tolero ni el agua y estoy muy flojo', 'human'],
	// a general question asked of a seizure going on now, in a sentence of its own
	['minha filha está convulsionando agora. convulsão febril deixa sequela?', 'human'],
	// someone else's emergency going on now, today
	['a neighbour collapsed in the shop today and he is not breathing', 'human'],
	// the waters broken now
	['rompí la bolsa hace un rato y estoy de 32 semanas', 'human'],
];

describeWordings('Scope mechanisms and vocabulary learned from tuning set 16', EMERGENCIES, NON_EMERGENCIES);
