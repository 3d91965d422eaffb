// Mechanisms the red-flag rules learned from tuning set 13's false alarms (a set heavy in hard
// negatives), each checked with wordings written fresh for this test (none is copied from a set): the
// rules alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// the speaker's own dog named by its breed is no attacker
	['meu rottweiler comeu rápido e deitou, barriga normal, sem babar. como evito torção?', 'veterinary'],
	['our staffy is due to whelp next week, no discharge yet, eating well', 'veterinary'],
	// half a food is no sock
	['a Mel comeu meia banana que caiu no chão, tá normal', 'veterinary'],
	['mi perro se comió media manzana, le hace mal?', 'veterinary'],
	// a heart stopped by joy; blood tests; a block of chocolate is no blocked cat
	['meu coração quase parou de felicidade quando ela abanou o rabo depois da cirurgia', 'veterinary'],
	['grávida de 10 semanas, preciso marcar os exames de sangue do pré-natal', 'human'],
	['embarazada de 9 semanas, ¿dónde me hago los análisis de sangre?', 'human'],
	['is a block of cheese bad for cats? asking for my flatmate', 'veterinary'],
	// gone, healed
	['me salió un sarpullido con el antibiótico, me lo cambiaron y ya se me fue todo', 'human'],
	['se cortó la pata con un vidrio la semana pasada, lo suturaron y ya cicatrizó', 'veterinary'],
	// a general question, "a bit" being no bite
	['can cats get sunburn if they sit by the window a bit too long?', 'veterinary'],
	// a dog's flea product asked about for a cat, never applied
	['o antipulgas de cachorro serve pra gato? tenho os dois em casa', 'veterinary'],
	['does the dog flea drops work on cats too? got one of each', 'veterinary'],
	// a toad kept away; a child checked at the hospital and fine
	['a toad was in the garden but I pulled him away before he could mouth it, he is totally fine', 'veterinary'],
	['my son had a fit with a high fever on Sunday, checked at the hospital, fever gone and back to his usual self', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	// a dog that grabs, with holes or punctures, even without the word "bite"
	['o pitbull do vizinho pegou meu gato pelo pescoço, tem furos e ele tá mole', 'veterinary'],
	['a husky grabbed my puppy at the park, there are punctures on her belly and she is panting', 'veterinary'],
	['un perro grande agarró a mi perrita del lomo, tiene agujeros y llora', 'veterinary'],
	// a sock, and the hearts that do stop
	['meu cachorro engoliu uma meia inteira e tá tentando vomitar', 'veterinary'],
	['meu pai caiu, o coração parou, estão fazendo massagem', 'human'],
	// real bleeding in pregnancy beside a blood test
	['grávida de 10 semanas, fiz exame de sangue ontem e hoje tô sangrando muito com cólica', 'human'],
	// a blocked cat is still blocked
	['my male cat is blocked, straining in the litter box and nothing comes out', 'veterinary'],
	// the product applied, and a toad mouthed
	['passei a pipeta do cachorro na minha gata ontem à noite', 'veterinary'],
	['my dog licked a cane toad and his gums are bright red and he is frothing', 'veterinary'],
];

describeWordings('Scope mechanisms and vocabulary learned from tuning set 13', EMERGENCIES, NON_EMERGENCIES);
