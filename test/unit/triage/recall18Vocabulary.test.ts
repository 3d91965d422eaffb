// Vocabulary, concept combinations and scope fixes added for emergencies of tuning set 18 that the
// rules alone missed, each checked with wordings written fresh for this test (none is copied from a
// set): the rules alone must escalate each emergency and leave each close look-alike alone.
// Mechanisms: a seizure count within the last hour is no history; a thread hanging from the bottom
// (sticky, any amount); non-stick pan fumes with a bird, and a bird breathing with its tail; a household
// unwell since a gas heater was switched on (an onset, so a laugh is nerves); new confusion in an elderly
// person who was fine yesterday; swelling of the face after a vaccine, and a concession after "tudo
// certo. Só que..."; fluid leaking in late pregnancy ("acho que é xixi" plays it down); a human medicine
// with brown gums (anchored on the sign, whatever "posso dar?" asks); a chewed cable with burns or fast
// breathing; an inhaler that leaves it "the same" and a child who can't finish a sentence; a fit timed in
// minutes; chocolate slang; a scald that blistered on a young child (sticky); pain down there with pallor
// or "chucked up"; a puppy's runny poo with blood.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	['meu cachorro teve 4 convulsões na última hora, uma atrás da outra', 'veterinary'],
	['my dog has had 3 seizures in the last hour and is still wobbly', 'veterinary'],
	['mi perra tuvo 3 convulsiones en la última hora y no se recupera', 'veterinary'],
	['minha gata tá com um barbante saindo pelo ânus kkk, tiro?', 'veterinary'],
	['my kitten has a bit of string hanging out of her bum lol, should I pull it?', 'veterinary'],
	['a mi gata le cuelga un hilo del culo y no come', 'veterinary'],
	['queimei a panela antiaderente e agora meu periquito tá de bico aberto no fundo da gaiola', 'veterinary'],
	['burnt a nonstick pan this morning and now my cockatiel is sitting fluffed up at the bottom of the cage', 'veterinary'],
	['se me quemó la sartén antiadherente y mi loro está en el fondo de la jaula con el pico abierto', 'veterinary'],
	['meu periquito tá balançando o rabo pra respirar', 'veterinary'],
	['aqui em casa todos com dor de cabeça e tontura desde que ligamos o aquecedor a gás, acho que é virose kkk', 'human'],
	["since we switched the gas heater on we've all had headaches and dizziness haha weird", 'human'],
	['desde que prendimos la estufa a gas todos tenemos dolor de cabeza y mareo jaja', 'human'],
	['minha avó não reconhece minha mãe e tá falando coisa sem sentido, ontem tava normal kkk', 'human'],
	['mi abuelo no reconoce a mi madre, ayer estaba bien jaja', 'human'],
	["grandad doesn't recognise my mum today, was fine yesterday lol", 'human'],
	['vacinaram meu gato ontem e hoje o focinho dele tá inchadão', 'veterinary'],
	["my puppy had his vaccine this morning and now his face is swollen and he's vomiting", 'veterinary'],
	['le pusieron la vacuna a mi perro y tiene la cara hinchada, vomitó dos veces', 'veterinary'],
	['estou de 30 semanas e está escorrendo um líquido transparente, acho que é xixi kkk', 'human'],
	['tengo 31 semanas y me sale un líquido clarito, será pis? jaja', 'human'],
	["I'm 33 weeks and I've been leaking clear fluid since this morning, probably wee lol", 'human'],
	['dei um comprimido de paracetamol pra minha gata e agora a gengiva tá marrom', 'veterinary'],
	['le di ibuprofeno a mi gato ayer y hoy tiene las encías marrones', 'veterinary'],
	['gave my cat a paracetamol for the pain and now her gums look brown', 'veterinary'],
	['meu coelho mordeu o fio do carregador e tá respirando rápido', 'veterinary'],
	["my rabbit chewed through the cord and now he's breathing fast and his mouth looks burnt", 'veterinary'],
	['meu filho asmático já fez 8 puffs de bombinha e continua igual, não consegue terminar uma frase', 'human'],
	["gave my asthmatic daughter 10 puffs of her ventolin and she's still the same, can't finish her sentences", 'human'],
	["my daughter is having a seizure and it's been 5 minutes", 'human'],
	['my husband is fitting on the floor, about 4 minutes now', 'human'],
	['my lab ate a whole block of dark choc 20 minutes ago', 'veterinary'],
	['meu cachorro comeu uma barra de chocolate amargo faz uma hora', 'veterinary'],
	["my toddler pulled a mug of coffee over his chest and it's blistered", 'human'],
	['minha bebê derrubou chá quente no braço e fez bolha kkk', 'human'],
	["my 14yo has bad pain down there since training, he's gone pale", 'human'],
	['my son got really bad pain down there since football and he chucked up', 'human'],
	['my 8 week old kitten has runny poo with blood in it', 'veterinary'],
	['meu filhote de 2 meses tá com cocô mole com sangue e vomitando', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	['meu cachorro teve convulsões quando era filhote, hoje está ótimo, precisa de remédio?', 'veterinary'],
	['my dog had a seizure last year, how long do I keep him on the meds?', 'veterinary'],
	['meu gato brincou com um barbante mas não engoliu nada, tá ótimo', 'veterinary'],
	['is it safe to let my cat play with string?', 'veterinary'],
	['posso usar panela antiaderente com calopsita em casa?', 'veterinary'],
	['my budgie is fine, is a nonstick pan safe to use around birds?', 'veterinary'],
	['ligamos o aquecedor a gás ontem, é seguro deixar ligado à noite?', 'human'],
	['how often should a gas heater be serviced?', 'human'],
	['minha avó tem alzheimer há anos e não reconhece ninguém, queria marcar a consulta de rotina', 'human'],
	['meu cachorro tomou a v10 hoje, tá ótimo, quando é o reforço?', 'veterinary'],
	['my dog had a vaccine reaction last year with a swollen face, should we pre-medicate this time?', 'veterinary'],
	['le pusieron la vacuna y se le hinchó un poco la cara pero ya se le pasó todo, le damos la próxima?', 'veterinary'],
	['estou com 32 semanas e queria saber se é normal ter corrimento transparente', 'human'],
	["I'm 34 weeks and wondering when to pack my hospital bag", 'human'],
	['posso dar paracetamol pro meu gato?', 'veterinary'],
	['can I give my cat paracetamol for pain?', 'veterinary'],
	['meu coelho mordeu o fio mas estava desligado, tá comendo normal', 'veterinary'],
	['how do I stop my rabbit chewing cables?', 'veterinary'],
	['minha filha usa bombinha quando precisa, pode renovar a receita?', 'human'],
	['my son had a fit last year, can we book his neurology follow up?', 'human'],
	['my toddler had a fit in the supermarket because I said no to sweets', 'human'],
	['how much dark choc is actually dangerous for a dog?', 'veterinary'],
	['my son has pain down there since football, no vomiting, not pale, probably a strain', 'human'],
	['my puppy had runny poo yesterday, no blood, eating well now', 'veterinary'],
	['el veterinario le puso la vacuna a mi perro y está perfecto', 'veterinary'],
	['tirei um fio de linha do bumbum do meu gato ontem e ele tá ótimo, comendo normal', 'veterinary'],
	['le saqué un hilo del culo a mi gato la semana pasada y ya está perfecto', 'veterinary'],
];

describeWordings('Vocabulary added for the missed emergencies of tuning set 18', EMERGENCIES, NON_EMERGENCIES);
