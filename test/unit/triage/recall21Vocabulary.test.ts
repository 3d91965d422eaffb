// Vocabulary and concept combinations added for emergencies of blind set 21 that the rules alone
// missed, each checked with wordings written fresh for this test (none is copied from a set): the
// rules alone must escalate each emergency and leave each close look-alike alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// a cut made on purpose or said to be self-inflicted, with an open or bleeding wound (a laugh does not undo it)
	['me cortei de propósito com a lâmina e não para de sangrar, dá pra dar ponto sem meus pais saberem?', 'human'],
	['eu mesma me cortei na coxa ontem, tá bem fundo e ainda sangra kkk', 'human'],
	['me corté a propósito el antebrazo y la herida está abierta, sigue sangrando', 'human'],
	['estos cortes me los hice yo misma anoche, uno está profundo y sangra', 'human'],
	['I cut myself on purpose last night and the wound is still open and bleeding', 'human'],
	["the cuts on my thigh, I did them to myself, one is deep and won't close", 'human'],
	// locked in, phone taken or hiding, with a visible injury
	['ele me trancou no quarto e quebrou meu celular, meu olho tá roxo', 'human'],
	['estou escondida no banheiro, meu marido tá bêbado e minha boca tá sangrando', 'human'],
	['mi pareja me encerró en el cuarto y me quitó el teléfono, tengo el ojo morado', 'human'],
	["he locked me in and took my phone, I'm hiding in the bathroom with a split lip", 'human'],
	// an unspayed older female drinking a lot with a discharge
	['minha cadela de 10 anos não é castrada, tá bebendo um monte de água e tá saindo uma secreção amarelada', 'veterinary'],
	['mi perra entera de 8 años bebe un montón y tiene la vulva sucia con flujo amarillento', 'veterinary'],
	['my unspayed 9 year old girl is drinking tons and has yellowish discharge from her vulva', 'veterinary'],
	// gums or mouth no longer pink
	['a gengiva do meu cachorro não tá rosinha, e ele não quer levantar', 'veterinary'],
	['abrí la boca de mi gata y las encías no están rosadas, están como grises', 'veterinary'],
	["my dog's gums aren't pink anymore, they look almost white", 'veterinary'],
	// lilies found bitten or chewed, with a cat about
	['as flores de lírio apareceram todas mordidas e meu gato tá com pólen no focinho', 'veterinary'],
	['encontré el ramo de azucenas con las hojas mordidas, mi gata andaba por ahí', 'veterinary'],
	['the lilies my mum sent are all chewed up and my cat keeps licking her lips', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// an accidental cut; "did it to myself" of something else; a tattoo done oneself
	['me cortei sem querer cortando cebola, sangrou um pouquinho', 'human'],
	['I did it to myself, ate way too much cake lol, belly hurts', 'human'],
	['me lo hice yo misma el tatuaje, está un poco rojo, es normal?', 'human'],
	['cut my finger chopping onions, stupid, did it to myself really, bleeding stopped', 'human'],
	// a child locked in the bathroom crying; locked out with a bump from a door
	['minha filha se trancou no banheiro e tá com o olho inchado de tanto chorar kkk', 'human'],
	['tranquei a porta e perdi a chave, meu olho tá inchado de alergia', 'human'],
	['I locked myself out and have a black eye from the door lol, can I book a check', 'human'],
	// spaying asked about; a female in heat; a spayed one drinking in the heat
	['quero castrar minha cadela, quanto custa? ela está ótima', 'veterinary'],
	['mi perra está en celo y tiene un poco de flujo, es normal?', 'veterinary'],
	['minha cadela foi castrada ano passado e bebe bastante água no calor', 'veterinary'],
	// pink gums; naturally black gums
	['las encías de mi perro están rosadas y normales, solo está cansado del paseo', 'veterinary'],
	['my dog has black gums naturally, is that normal?', 'veterinary'],
	// a dog and a lily; a cat that never went near; someone else's cat, treated, last year
	['meu cachorro mordeu um lírio e vomitou uma vez', 'veterinary'],
	['a minha gata nunca chegou perto dos lírios, posso deixar o vaso na sala?', 'veterinary'],
	["my neighbour's cat chewed a lily last year and was fine after treatment, are roses safe?", 'veterinary'],
	['a la gata de una amiga le dio insuficiencia renal por morder un lirio, la trataron y ya está mejor', 'veterinary'],
];

describeWordings('Vocabulary added for the missed emergencies of blind set 21', EMERGENCIES, NON_EMERGENCIES);
