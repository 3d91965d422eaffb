// Mechanisms the red-flag rules learned from blind set 21 (spent once its figures before any change were
// reported, with blind 22 written and committed unread), each checked with wordings written fresh for this
// test (none is copied from a set): the rules alone must leave each look-alike alone and still escalate the
// close emergency. Screening for an illness ("rastreio", "cribado"); the doctor never read as a medicine by
// stem ("médico"/"medicamento"); a sting's swelling "just around it, nothing on the face"; what a course
// explains or what the speaker read ("explican lo de", "he leído lo de"); fits of zoomies; "seizure free"; a
// relative's child or friend ("my cousin's little one", "o filho da minha prima"); whether a jab is included;
// an animal lost to it; vomiting made to happen by the vet ("la hicieron vomitar"); the speaker's own
// recovery ("melhorei", "hoje respiro bem").
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	['a médica pediu o rastreio de pré-eclâmpsia junto com o ultrassom, preciso de jejum?', 'human'],
	['¿el cribado de preeclampsia se hace en la misma visita que la eco de las 12 semanas?', 'human'],
	['desde anoche tengo diarrea, estoy un poco flojo pero tomo líquidos, ¿me dan turno con el médico hoy?', 'human'],
	['me picó una avispa en el brazo y se hinchó un poco alrededor, nada en la cara, respiro bien. ¿hielo y listo?', 'human'],
	['levei uma picada de abelha no pé, inchou um pouquinho em volta, nada no rosto, tô respirando normal', 'human'],
	['no curso de gestante vocês explicam sobre a bolsa rompendo e as contrações?', 'human'],
	['do they explain how to tell if your waters have broken in the antenatal class?', 'human'],
	['he leído lo de la torsión de estómago en perros grandes, ¿cuánto cuesta la gastropexia preventiva?', 'veterinary'],
	['our pup gets fits of the zoomies every evening after dinner, is that normal for a lab?', 'veterinary'],
	["she's been seizure free since we upped the keppra, need another month's supply please", 'veterinary'],
	["my cousin's little one swallowed a magnet last year and needed an operation, are magnetic toys banned?", 'human'],
	['o filho da minha prima engoliu uma pilha mês passado e precisou de cirurgia, que brinquedos evitar?', 'human'],
	['is the meningitis B jab included in the 1 year vaccinations?', 'human'],
	['meu vizinho perdeu um bezerro picado de cobra, tem soro antiofídico pra cachorro aqui?', 'veterinary'],
	['mi tío perdió una vaca por una víbora el año pasado, ¿hay vacuna para perros?', 'veterinary'],
	['la llevamos a urgencias por las uvas, la hicieron vomitar y ya está en casa comiendo. ¿control?', 'veterinary'],
	['o veterinário fizeram ele vomitar o chocolate ontem e hoje tá ótimo, precisa de retorno?', 'veterinary'],
	['tive crise de asma ontem, fiquei na nebulização no posto e melhorei, hoje respiro bem, queria só a receita', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	['tô de 30 semanas, pressão 16 por 11, dor de cabeça forte e vendo pontinhos brilhantes', 'human'],
	['me picó una abeja y se me está hinchando la cara y los labios, me cuesta respirar', 'human'],
	['tengo 30 semanas y se me rompió la bolsa, salen muchas contracciones seguidas', 'human'],
	['our dog is having a fit right now, legs paddling and foam at the mouth, 3 minutes already', 'veterinary'],
	["my son just swallowed a button battery from the remote, he's 2", 'human'],
	['uma cobra picou meu cachorro agora no sítio, o focinho tá inchando muito', 'veterinary'],
	['mi perro comió uvas hace una hora y ya vomitó dos veces, está decaído', 'veterinary'],
	['crise de asma agora, a bombinha não resolve e não consigo falar direito', 'human'],
];

describeWordings('Scope mechanisms learned from blind set 21', EMERGENCIES, NON_EMERGENCIES);
