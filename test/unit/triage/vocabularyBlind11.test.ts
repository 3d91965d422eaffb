// Everyday wordings the red-flag rules learned from blind set 11's misses (and three of blind set
// 10's), written fresh for this test (none is copied from a set): the rules alone must escalate
// each emergency and leave each close look-alike (a question, a denial, a figure of speech, a
// false alarm) alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { escalates } from './support';

const EMERGENCIES: [string, Profile][] = [
	// a child or a pet shut in a hot car
	['tem uma criança trancada num carro no estacionamento do mercado, tá vermelha e chorando', 'human'],
	['mi hijo se quedó atrapado en el coche con el sol de la tarde, no abre la puerta', 'human'],
	['a toddler is locked in a car in the lot and nobody is around', 'human'],
	['my dog was stuck in a car for an hour and now he is panting like crazy', 'veterinary'],
	// late pregnancy: spots in the vision, a puffed-up face, a headache that will not go
	['tô de 33 semanas e tô vendo manchinhas pretas desde cedo', 'human'],
	['embarazada de 34 semanas, veo puntitos negros y la cara hinchada', 'human'],
	['32 weeks pregnant and seeing black spots, my face puffed up overnight', 'human'],
	// a suicide plan decided, with pills and a question about how fast they work, laughing or not
	['kkkk já está decidido, hoje eu faço, os remédios da minha vó com álcool fazem efeito rápido?', 'human'],
	['jajaja ya lo tengo planeado para esta noche, ¿cuántas pastillas hacen falta con alcohol?', 'human'],
	['lol my mind is made up, tonight, do sleeping pills with vodka work fast', 'human'],
	// a blocked cat: in and out of the tray, almost nothing comes out
	['meu gato vai toda hora na caixa de areia e sai quase nada de xixi', 'veterinary'],
	['my boy cat keeps going to the litter tray and hardly anything comes out', 'veterinary'],
	// any flea product on a cat that then trembles
	['passei o antipulgas no gato ontem e hoje ele tá com tremores', 'veterinary'],
	['put the flea drops on the cat this morning and now she is trembling and twitching', 'veterinary'],
	// speech gone odd, a hand that drops things
	['meu avô tá falando esquisito e a mão direita deixando cair as coisas', 'human'],
	['mi abuela habla rara desde la siesta y se le caen las cosas de la mano', 'human'],
	['mum sounds drunk but she has had nothing and her right hand is dropping things', 'human'],
	// caustics: pods, tablets, cleaners, bitten into
	['o bebê mordeu uma cápsula de lava roupa e tá babando', 'human'],
	['mi niño mordió una pastilla de lavavajillas y babea mucho', 'human'],
	['my son bit into a dishwasher pod and is drooling', 'human'],
	// a kitten or puppy that will not eat or nurse
	['meu filhote de gato não mama desde ontem e tá fraquinho', 'veterinary'],
	['my kitten hasnt eaten anything since yesterday', 'veterinary'],
	// rat poison in a small child's mouth, laughed about
	['kkk minha sobrinha pegou o veneno de rato e botou na boca', 'human'],
	// a baby grunting with every breath, the belly sucking in under the ribs
	['the baby grunts with every breath and his tummy sucks in under the ribs', 'human'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	['the car was hot so we left the dog at home', 'veterinary'],
	['deixei o carro no sol e o volante ficou pelando', 'human'],
	['laundry pods for sale? I need the lavender ones', 'human'],
	['¿las cápsulas de lavadora sirven para ropa de bebé?', 'human'],
	['es normal que en el embarazo se hinchen los tobillos al final del día?', 'human'],
	['meu chefe vai me matar se eu chegar atrasado kkk', 'human'],
	['quero sumir de vergonha kkkk mandei msg pro grupo errado', 'human'],
	['posso usar pipeta de gato no meu gatinho de 6 meses?', 'veterinary'],
	['Fiebre ninguna, tos ninguna, solo quiero renovar la receta', 'human'],
	['Falta de ar nenhuma, só quero marcar o retorno', 'human'],
	['estou afogada em papéis do convênio, podem reenviar o formulário?', 'human'],
	['thought my dog ate a grape but it was a false alarm, it was a blueberry', 'veterinary'],
	['le salió un sarpullido, le di el antialérgico y ya no tiene nada, respira bien y está jugando', 'human'],
];

describe('blind set 11 wordings', () => {
	it.each(EMERGENCIES)('escalates %s', (text, profile) => {
		expect(escalates(text, profile, false)).toBe(true);
	});

	it.each(NON_EMERGENCIES)('does not escalate %s', (text, profile) => {
		expect(escalates(text, profile, false)).toBe(false);
	});
});
