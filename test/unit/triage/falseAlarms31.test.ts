// Two clinical frames the red-flag rules learned in round 31, each checked with wordings written fresh
// for this test (none is copied from a set): the rules alone must leave each look-alike alone and still
// escalate the close emergency. Little urine with burning, or a bladder that feels full without pain, is a
// same-day visit, not acute retention (no urine at all with a painful full bladder); a child past early
// infancy "decaído" with a fever of days who still drinks is urgent (Kawasaki-like), not the floppy child
// who will not drink or has a rash that does not fade (and "decaído" alone under 3 months still escalates); an
// outbreak ("surto de dengue", "brote de sarampión") is no psychotic break, and vetoes only its own word.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// little urine, or a full bladder that does not hurt
	['tenho 50 anos, to com ardência pra urinar e sai pouquinho, a bexiga parece cheia o tempo todo. consigo consulta hoje?', 'human'],
	['hombre de 60, me arde al orinar, casi no puedo orinar y siento la vejiga llena, ¿me ven hoy?', 'human'],
	['male 55, burning when I wee and I can barely pee, bladder feels full all the time, can I get seen today?', 'human'],
	["my husband is 45 and hasn't been able to pee since lunch, says his bladder is full, no pain though", 'human'],
	// a fever of days, listless but drinking
	['mi hijo de 5 años tiene fiebre desde hace 4 días y está decaído, pero toma agua y juega a ratos, ¿lo pueden ver hoy?', 'human'],
	['mi nena de 3 años lleva 5 días con fiebre, tiene los ojos rojos y la lengua como fresa, está decaída pero toma líquido', 'human'],
	['minha filha de 4 anos está com febre há 5 dias, olhos vermelhos e lábios rachados, está abatida mas bebe água', 'human'],
	['my 4 year old has had a fever for 5 days, red eyes and cracked lips, a bit listless but drinking well', 'human'],
	// an outbreak ("surto", "brote") of an illness, not a psychotic break
	['tá tendo um surto de chikungunya no meu bairro, o que eu faço se eu pegar?', 'human'],
	['teve surto de catapora na creche, quais sintomas eu fico de olho?', 'human'],
	['hay un brote de sarampión en la escuela de mi hijo, ¿tiene que vacunarse de nuevo?', 'human'],
	['tengo un brote de psoriasis en los codos, ¿me dan turno con dermatología?', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	// no urine, and a full bladder that hurts
	['tenho 50 anos, não consigo fazer xixi desde ontem à noite, a bexiga tá cheia e dói muito', 'human'],
	['hombre de 60, no puedo orinar desde anoche, siento la vejiga llena y me duele muchísimo', 'human'],
	["male 55, I can't pee at all since last night, my bladder feels full and it's really painful", 'human'],
	["my husband is 45 and hasn't been able to pee since lunch, his bladder is full and he's in agony", 'human'],
	// the floppy child who will not drink, a rash that does not fade, very listless, a young infant
	['mi hijo de 5 años tiene fiebre desde hace 4 días, está como un trapo y no reacciona', 'human'],
	['mi nena de 3 años lleva 5 días con fiebre, está flojita, no toma nada y tiene manchas que no se van al apretar', 'human'],
	['mi niño de 4 años tiene fiebre y está muy decaído, casi no abre los ojos', 'human'],
	['mi bebé de 6 semanas tiene fiebre y está decaidito', 'human'],
	['minha filha de 4 anos está com febre há 5 dias, está molinha, não quer beber nada e tem manchas que não somem', 'human'],
	["my 4 year old has had a fever for 5 days, she's floppy, won't drink and has a rash that doesn't fade", 'human'],
	// an outbreak told beside a psychotic break now: the outbreak vetoes its own word, not the break
	['teve surto de dengue aqui na rua e agora meu irmão tá tendo um surto, gritando e quebrando tudo', 'human'],
	['hay brote de gripe en el cole y mi hermano tiene un brote psicótico, está agresivo y rompe todo', 'human'],
	['meu irmão entrou em surto, tá agressivo e ameaçando a gente com uma faca', 'human'],
	// rolling down the stairs is a fall
	['minha filha de 3 anos rolou a escada ontem e hoje tá vomitando e muito sonolenta', 'human'],
	['o cachorro escorregou na escada e rolou lá de cima até embaixo, tá gritando de dor e não levanta', 'veterinary'],
];

describeWordings('false alarms 31: little urine, a listless child who drinks, an outbreak', EMERGENCIES, NON_EMERGENCIES);
