// Mechanisms the red-flag rules learned from blind set 18's false alarms once blind 19 was written
// (scope rules that apply to any symptom), each checked with wordings written fresh for this test (none
// is copied from a set): the rules alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// "my neighbour", "mi vecino", "meu tio" told as what they went through, then the speaker's business
	['meu primo teve um infarto mês passado, ficou com dor no peito e suou frio, tá internado ainda. quero fazer um checkup', 'human'],
	['mi vecina tuvo un derrame el mes pasado, se le torció la boca. yo tengo presión alta, me dan turno para control?', 'human'],
	['a mi tia le salía sangre por la boca y resultó ser una úlcera. yo tomo aspirina, me hago un chequeo?', 'human'],
	['my nephew had a seizure last month, shaking all over. if my son ever has one what do I do?', 'human'],
	// a story in the past tense goes on in the past ("não conseguia", "no respiraba")
	['minha vizinha teve um avc ano passado, o braço ficou mole e ela não conseguia falar, hoje tá ótima', 'human'],
	// the news or social media
	['viu no instagram o menino que engoliu uma bateria? quero saber se vcs vendem protetor de tomada', 'human'],
	['vi en facebook lo del perro que se comió veneno para ratas en la plaza, qué raticida es seguro?', 'veterinary'],
	// someone else's animal next door, then the speaker's own fine
	['the cat next door got hit by a car last night, ours is fine, just spooked. do you do microchip checks?', 'veterinary'],
	// an age the speaker was is long ago
	['when I was 12 my throat swelled up after peanuts and I got an ambulance. do I need an allergy test before my new job?', 'human'],
	['de cachorro a mi perra la mordió un perro grande en el cuello, hoy tiene 9 años, le hacen limpieza dental?', 'veterinary'],
	// back to one's usual self; blood tests; frozen by news; worried, not paranoid; furniture, not caffeine
	['Dad collapsed at the shops this morning, the paramedics checked him over and he is back to his usual grumpy self now', 'human'],
	['can I book my 16 week bloods for Monday please', 'human'],
	['fiquei paralisado quando vi o preço do exame kkk', 'human'],
	['my mate had a heart attack at 45, now I am a bit paranoid, can I get my blood pressure checked?', 'human'],
	// money and paperwork; a look; my turn for a check-up; home and well
	['o boleto chegou e quase tive um infarto, parcelam?', 'human'],
	['minha cabeça vai explodir com tanto formulário do plano', 'human'],
	['o trânsito hoje tava de sangrar os olhos, cheguei atrasada na consulta', 'human'],
	['mi perra me mira como si quisiera morderme cuando le corto las uñas jaja', 'veterinary'],
	['the cat stares at me like he wants to poison my coffee lol', 'veterinary'],
	['en 2015 tuve un infarto, ahora estoy bien y me toca el chequeo anual', 'human'],
	['o Thor teve uma convulsão no sábado, ficou internado e já tá em casa, super bem', 'veterinary'],
	['a boy from school got stung by a wasp and had to get an epipen, hes fine now. should my son get allergy tested?', 'human'],
	// someone else's story that ends inside the phrase ("minha sobrinha teve convulsão"), then a what-if
	['minha sobrinha teve convulsão com febre alta. se acontecer com a minha filha o que eu faço?', 'human'],
	// a birth years back; a relative's pet by its breed; "when she's spayed" is a time to come
	['meu filho nasceu de 30 semanas há 3 anos, a bolsa rompeu antes. agora tô grávida de 8 semanas, tudo bem', 'human'],
	["my sister's labrador had bloat last year and needed surgery. can ours be checked when she's spayed?", 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// the same people, happening now
	['meu primo tá com dor no peito forte e suando frio agora', 'human'],
	['mi vecino se cayó y no responde, qué hago?', 'human'],
	// a moment ago is now, even for someone else
	['a mi primo le picó una serpiente hace 15 minutos, se le está hinchando la pierna', 'human'],
	// the past tense of now
	['ele não conseguia respirar e ficou roxo, tá desacordado agora', 'human'],
	// the speaker's own after the news; frozen in a body
	['vi no jornal sobre raticida. meu cachorro comeu veneno de rato e tá sangrando pela boca', 'veterinary'],
	['fiquei paralisada do lado esquerdo do rosto de repente, a boca torta', 'human'],
	// caffeine beside a coffee table
	['my dog just ate a bag of coffee beans off the coffee table', 'veterinary'],
	// heavy bleeding written as "blood's"
	["cut my arm on a window, blood's pouring out and won't stop", 'human'],
	// a look that is a sign; my turn, but touched; home, but not well
	['ele ficou parado me olhando como se não me reconhecesse e depois caiu tremendo todo', 'human'],
	['mi tío me toca cuando estamos solos y tengo miedo', 'human'],
	['já tá em casa mas continua convulsionando sem parar', 'veterinary'],
	// the same family now; a time to come is no excuse for what goes on now
	['minha sobrinha tá tendo uma convulsão agora, o que eu faço?', 'human'],
	["my sister's labrador is retching and his belly is swollen and hard", 'veterinary'],
	// no movements felt, in the past tense, inside a booking
	['confirmando o pré-natal de sexta, tô de 35 semanas, desde ontem não senti ele mexer', 'human'],
	["just checking my appointment on Friday, I'm 37 weeks and haven't felt him move since last night", 'human'],
];

describeWordings('Scope mechanisms learned from blind set 18', EMERGENCIES, NON_EMERGENCIES);
