// Mechanisms the red-flag rules learned from tuning set 14's false alarms (a set heavy in hard
// negatives), each checked with wordings written fresh for this test (none is copied from a set): the
// rules alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// ages and seasons gone by
	['quando eu tinha uns 12 anos tive uma convulsão, nunca mais tive. preciso de atestado pra academia', 'human'],
	['no carnaval retrasado minha mãe engasgou feio com um pedaço de carne, hoje ela tá ótima. tem fono?', 'human'],
	['cuando mi hija tenía unos 3 años se tragó una moneda y le hicieron endoscopia, todo salió bien. necesito su carnet', 'human'],
	// a workmate; a friend's pet; a post on a community page
	['mi compañera de trabajo se desmayó en la reunión del lunes, quedó internada. quiero hacerme un electro', 'human'],
	["my mate's border collie ate rat bait last year and pulled through. what bait is safe around dogs?", 'veterinary'],
	['there is a post on the local facebook group about a dog that got bitten by a snake at the oval, what do I look for?', 'veterinary'],
	// so that one's own does not: a purpose, not a state
	['envenenaron al gato de la vecina, quiero una malla para que el mío no salga', 'veterinary'],
	// local swelling around a sting; an eyelid that twitches; a worried parent; a vaccine's name
	['uma abelha picou meu braço, inchou um pouco em volta, sem falta de ar', 'human'],
	['me picó una avispa, se hinchó un poco alrededor, respiro bien', 'human'],
	['bee sting on my foot, swollen a bit around the sting, breathing fine', 'human'],
	['me tiembla el párpado hace una semana, será cansancio?', 'human'],
	['counted all the pills after she knocked the bottle, none missing, just a paranoid mum', 'human'],
	['is the meningococcal B vaccine free for babies?', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	// the sting that goes on to the face or the breath
	['me picó una abeja, se hinchó alrededor y ahora se me hinchan los labios y me cuesta respirar', 'human'],
	['bee sting, swollen around the sting and now my tongue is swelling and my throat feels tight', 'human'],
	// a sting, then breathing trouble or lips swelling now
	['uma vespa me picou e agora tô com falta de ar', 'human'],
	['got stung by a wasp and now my lips are swelling', 'human'],
	// a person who says he will kill himself, told by a sibling
	['mi hermano dice que se va a matar, tiene pastillas guardadas', 'human'],
	// the speaker's dog in a fight with a neighbour's
	['my pug got into a fight with the neighbours dog and his eye popped out of the socket', 'veterinary'],
	// a child who swallowed a button battery now
	['mi hijo de 2 años se tragó una pila de botón hace 10 minutos', 'human'],
];

describeWordings('Scope mechanisms and vocabulary learned from tuning set 14', EMERGENCIES, NON_EMERGENCIES);
