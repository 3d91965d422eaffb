// Everyday wordings the red-flag rules learned from tuning set 4's misses, written fresh for this
// test (none is copied from a set): the vocabulary generalizes across languages and phrasings.
// Each emergency must escalate; each close non-emergency (no sign, a question, a scald that is
// only red) must not.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { escalates } from './support';

const EMERGENCIES: [string, Profile][] = [
	// drowning: sank, under the water, pulled from the pool
	['a minha sobrinha afundou no lago e ficou embaixo da água um tempinho, agora tá tossindo', 'human'],
	['mi hijo estuvo debajo del agua en la pileta del club, lo sacaron y tose', 'human'],
	['my nephew went under in the pool for a bit, he is coughing a lot now', 'human'],
	// a stalled labour in a pet
	['minha cadela teve 3 filhotes e faz 4 horas que nada do próximo', 'veterinary'],
	['my cat had 1 kitten 3 hrs ago, no more coming and she keeps straining', 'veterinary'],
	// blocked male cat
	['meu gato macho fica agachado na caixinha e não sai nem uma gota', 'veterinary'],
	['el gato entra al arenero, sale sin hacer nada y vuelve a entrar, llora', 'veterinary'],
	['my tomcat keeps trying to pee and not a drop comes out', 'veterinary'],
	// heat stroke after a walk or a car
	['levei a cadela pra correr no meio dia e agora ela tá ofegando sem parar e não levanta', 'veterinary'],
	['left the dog in the car while shopping, now he is panting like crazy and wobbly', 'veterinary'],
	// a dog's permethrin product on a cat
	['puse el collar scalibor del perro a mi gatita de 3 meses', 'veterinary'],
	// electric shocks with a burn mark or in pregnancy
	['minha filha de 4 anos enfiou um clipe na tomada, levou choque e ficou uma marca preta no dedo', 'human'],
	['estoy embarazada de 7 meses y me dio una descarga la lavadora', 'human'],
	// a crash in pregnancy
	['I am 30 weeks pregnant and got rear-ended at the lights', 'human'],
	// reduced fetal movements
	['tô com 34 semanas e quase não sinto o bebê desde ontem', 'human'],
	// asthma not answering the inhaler
	['mi hija tiene asma, le di 8 disparos con el espaciador y no puede ni hablar', 'human'],
	// seizure signs in other inflections
	['minha mãe ficou rígida e começou a se tremer toda, não responde', 'human'],
	['our spaniel has been having fits one after the other this morning', 'veterinary'],
	// scalds with blisters or in a small child
	['derramou leite fervendo na perna do meu filho, tá cheio de bolhas', 'human'],
	// half the face numb, seeing double
	['my dad is suddenly seeing double and his arm went floppy', 'human'],
	// heavy bleeding through cloths
	['se cortó con una amoladora y la sangre sale a chorros', 'human'],
	// farewell and a rope
	['mi primo mandó un mensaje despidiéndose y dijo que compró una soga', 'human'],
	// a new mother who says the baby is not hers
	['minha cunhada teve bebê faz 10 dias e agora diz que o bebê não é dela e que querem envenenar ela', 'human'],
	// cardiac pain spreading to the jaw
	['tengo un dolor en la espalda que me sube a la mandíbula hace una hora, no se me pasa', 'human'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	['spilled hot tea on my wrist, it is a bit red, no blisters, which cream should I use?', 'human'],
	['bati o carro ontem, ninguém se machucou, como aciono o seguro?', 'human'],
	['meu gato fez xixi normal hoje, só queria marcar a vacina', 'veterinary'],
	['o cachorro brincou na piscina e saiu todo feliz, posso dar banho nele hoje?', 'veterinary'],
	['my dog had puppies last month, when should they get their first jabs?', 'veterinary'],
	['la gata tuvo gatitos hace 3 semanas, ¿cuándo los puedo desparasitar?', 'veterinary'],
	['¿puedo bañar al perro el mismo día que le pongo el collar scalibor?', 'veterinary'],
];

describe('tuning set 4 wordings', () => {
	it.each(EMERGENCIES)('escalates %s', (text, profile) => {
		expect(escalates(text, profile)).toBe(true);
	});

	it.each(NON_EMERGENCIES)('does not escalate %s', (text, profile) => {
		expect(escalates(text, profile)).toBe(false);
	});
});
