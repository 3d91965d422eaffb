// Mechanisms the red-flag rules learned from blind set 19 (spent once blind 20 was written), each
// checked with wordings written fresh for this test (none is copied from a set): the rules alone must
// leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// "esta semana" is "this week", not "está": a workmate's story then a booking
	[
		'una compañera de la oficina se desmayó el lunes y vino la ambulancia, nos piden un electro a todos, tenéis hueco esta semana?',
		'human',
	],
	// a neighbour named with "the", as the one it happened to
	['a la vecina le dio un infarto el sábado, me quedé preocupada. hacen chequeos de corazón?', 'human'],
	['o colega do trabalho desmaiou na reunião ontem, levaram ele pro hospital. quero fazer um check-up', 'human'],
	// an in-law's history, asked about for oneself
	['my brother in law had a stroke at 50 and I am 48, can I book a blood pressure check?', 'human'],
	// childhood told with "de peque", "de criança"
	['de peque tuve asma fuerte y me ingresaron, ahora nada, quiero hacer deporte, necesito certificado?', 'human'],
	['de criança eu tive convulsão com febre, hoje tenho 30 anos, preciso de algum exame antes de engravidar?', 'human'],
	// a long-ago time in a clause of its own
	['na minha outra gestação, há 5 anos, tive pré-eclâmpsia. quero marcar o pré-natal dessa', 'human'],
	// a pet's history dated by "when she was young"
	['ela teve cinomose quando era novinha, vomitou sangue e tudo, hoje tem 8 anos e está ótima. quero fazer check-up', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// someone else's emergency going on now
	['la vecina se desmayó y no despierta, qué hago', 'human'],
	['the neighbour collapsed in the garden and he is not breathing', 'human'],
	// a long-ago history, then it is happening now
	['há 3 anos tive hemorragia no parto, e agora estou sangrando muito de novo', 'human'],
	// a reading in a newborn is no joke, whatever the laugh
	['meu bebê de 12 dias tá com 38,5 no termômetro kkk deve ser a roupa', 'human'],
	// a guessed harmless cause with a laugh is nerves: slurred speech since breakfast
	['mi padre desde el desayuno habla arrastrando las palabras jaja, creo que es por el sueño', 'human'],
	// a tick-borne disease: ticks, then a nosebleed now
	['ele pegou carrapato semana passada e hoje saiu sangue do nariz', 'veterinary'],
	// pyometra: an intact bitch with a foul discharge and thirst
	['ela nunca foi castrada e está com secreção fedida, bebendo muita água', 'veterinary'],
];

describeWordings('Scope mechanisms and vocabulary learned from blind set 19 and tuning set 16', EMERGENCIES, NON_EMERGENCIES);
