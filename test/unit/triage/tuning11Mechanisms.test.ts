// Mechanisms the red-flag rules learned from tuning set 11's false alarms (scope rules that apply to any
// symptom), each checked with wordings written fresh for this test (none is copied from a set): the rules
// alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// care received (a nebuliser, a vet on call, an injection, made sick), then over
	['levei no PS de madrugada por uma crise de asma, fez nebulização e agora tá respirando ótimo', 'human'],
	['se cayó del sillón ayer, lo vio el vet de guardia, radiografía normal y hoy come normal', 'veterinary'],
	['le picó una abeja, lo llevamos a la guardia, le pusieron una inyección y hoy está de 10', 'veterinary'],
	['the emergency vet made him sick after the grapes and his bloods this morning were normal', 'veterinary'],
	// a hard time gone through, years back
	['ano passado passei por uma fase difícil, cheguei a tentar tirar minha vida, hoje tô estável e quero renovar a receita', 'human'],
	// others' animals, then the speaker's own are fine
	['envenenaram uns gatos aqui no bairro, os meus tão bem e dentro de casa, que cuidado devo ter?', 'veterinary'],
	[
		'someone on the local facebook group says a dog ate rat poison in the park. mine are fine, what signs should I watch for?',
		'veterinary',
	],
	['¿viste lo del chico que se desmayó en el partido? ¿hacen electrocardiogramas?', 'human'],
	// a screening result; a turn to do something; a product asked about
	['preciso agendar colonoscopia, deu sangue oculto positivo no exame de rotina', 'human'],
	['ahora me toca pedir turno con el dermatólogo, ¿hay para la semana que viene?', 'human'],
	['dá pra colocar coleira antipulgas de cachorro num gato?', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// one of the speaker's own, or something going on now, is no story of others
	['envenenaram meu cachorro, os outros tão bem mas ele tá babando e tremendo', 'veterinary'],
	['someone poisoned the cats on our street, mine seemed fine but now my kitten is drooling and having a fit', 'veterinary'],
	// "me toca" by someone is still a touch
	['mi padrastro me toca cuando mi mamá no está', 'human'],
	// early pregnancy, one-sided pain and shoulder-tip pain, fainting or spotting: an ectopic pregnancy until shown otherwise
	['o beta deu positivo semana passada e hoje tô com uma dor forte de um lado só e dor no ombro', 'human'],
	['just found out im pregnant, sharp pain on my right side and I feel dizzy and lightheaded', 'human'],
	['el test dio positivo hace unos días, tengo dolor del lado derecho y manché un poco', 'human'],
	// care received, but not over
	['lo llevamos a la guardia y le pusieron una inyección pero sigue hinchándose y le cuesta respirar', 'veterinary'],
];

describeWordings('tuning set 11 mechanisms', EMERGENCIES, NON_EMERGENCIES);
