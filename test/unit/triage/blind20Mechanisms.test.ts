// Mechanisms the red-flag rules learned from blind set 20 (spent once its figures after rounds 18-23
// were reported, with blind 21 written and committed unread), each checked with wordings written fresh
// for this test (none is copied from a set): the rules alone must leave each look-alike alone and
// still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// someone from work, a workmate's event today, what others say
	['a woman from the gym collapsed on the treadmill yesterday, they are saying it was her heart. can I get an ECG?', 'human'],
	['minha colega desmaiou no trabalho hj e levaram ela pro hospital, fiquei preocupada, vocês fazem eletro?', 'human'],
	// a relative who tells it, their animal; the speaker's own named by the pronoun alone; a question's "está"
	['minha irmã contou que o gato dela teve obstrução urinária. o meu é macho e castrado, quanto está a consulta de rotina?', 'veterinary'],
	// the speaker's own did not eat it
	['o cachorro da minha tia comeu chocolate e passou mal. o meu não comeu nada, quais petiscos são seguros?', 'veterinary'],
	// an earlier pregnancy in digits; childhood with "qd"
	['in my 2nd pregnancy I had bleeding and bed rest, now 10 weeks with my third. when is the first scan?', 'human'],
	['qd eu era criança tive asma forte, hoje tenho 30 anos e nunca mais tive crise. posso fazer mergulho?', 'human'],
	// how one tells two things apart; first aid asked about
	['como eu diferencio uma crise de asma de uma crise de ansiedade? quero saber pra ajudar minha irmã', 'human'],
	['si mi nene toma lavandina, le doy leche o lo hago vomitar? pregunto para saber', 'human'],
	// chest pain reproduced by pressing, after the gym; home and well; a life embittered
	['dor no peito só quando aperto, começou depois da academia, sem falta de ar. tem ortopedista?', 'human'],
	['el martes le hicieron vomitar el chocolate en urgencias y ya está en casa re bien, cuándo es el control?', 'veterinary'],
	['esta perra me está amargando la vida, rompe todo jaja. tienen juguetes resistentes?', 'veterinary'],
	// "sitting" is no "fitting"
	['the cat was sitting in the sink all morning, is that normal for a kitten?', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// someone from work in trouble now
	['a guy at work collapsed and is not breathing, what do we do', 'human'],
	// a relative's threat now is no story told
	['minha irmã disse que vai se jogar da ponte hoje', 'human'],
	// the speaker's own pyometra signs after a sister's story
	[
		'minha irmã contou que a cadela dela teve piometra. a minha não é castrada e está com secreção com pus e bebendo muita água',
		'veterinary',
	],
	// chest pain with the red signs
	['dor no peito forte que vai pro braço e suor frio, começou agora', 'human'],
	// a seizure
	['my dog is fitting on the floor and wont stop', 'veterinary'],
];

describeWordings('Scope mechanisms learned from blind set 20', EMERGENCIES, NON_EMERGENCIES);
