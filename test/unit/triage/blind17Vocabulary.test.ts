// Vocabulary and scope words the red-flag rules learned from blind set 17's misses (once its figures were
// taken), each checked with wordings written fresh for this test (none is copied from a set): the rules
// alone must escalate each emergency and leave each look-alike alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// rat bait boxes got into, with signs
	['my dog looks pale and lethargic and the bait box in the shed has been chewed open', 'veterinary'],
	// a question about how many would be too many, with pills saved up or despair
	['how many of my sleeping pills would be too many? been saving them, so tired of everything', 'human'],
	// string or thread caught under the tongue, however little
	['found a bit of thread under his tongue and he keeps being sick', 'veterinary'],
	// a missing button battery near a small child holds whatever the laugh or the "fine"
	['o controle apareceu sem a pilha redondinha e meu filho de 1 ano tava brincando com ele kkk, mas tá bem', 'human'],
	// a plural cat with lilies
	['my cats have been nibbling the lilies on the table', 'veterinary'],
	// a vaccine reaction in everyday Portuguese
	['o gato tomou a vacina de manhã e agora tá inchando a cara e vomitou', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// what was only feared before it turned out otherwise
	['a pilha que achávamos que ele tinha engolido apareceu embaixo do sofá, tá tudo bem', 'human'],
	['la pila que creíamos que se había tragado apareció en el cajón', 'human'],
	// a friend of the speaker's own, told as a story, then the speaker's own upset
	[
		'a amiga da minha filha tomou uma cartela de remédio na escola e foi parar no hospital, já recebeu alta. minha filha tá abalada, tem psicóloga?',
		'human',
	],
	// bait boxes named, nothing eaten, no signs
	['we have bait boxes in the garage, where should I put them so the dog cannot reach?', 'veterinary'],
];

describeWordings('blind set 17 vocabulary', EMERGENCIES, NON_EMERGENCIES);
