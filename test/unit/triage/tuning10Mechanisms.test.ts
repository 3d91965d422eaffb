// Mechanisms the red-flag rules learned from tuning set 10's false alarms (scope rules that apply to any
// symptom), each checked with wordings written fresh for this test (none is copied from a set): the rules
// alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// someone else's dated story goes on in the next clause of its sentence; a later clause about the speaker says nothing of them
	['a mi vecino le dio un infarto el mes pasado, quedó con dolor en el pecho un tiempo, ¿hacen electrocardiogramas?', 'human'],
	[
		'ayer a un compañero le dio una convulsión en el trabajo. yo tengo epilepsia y se me acabaron las pastillas, ¿me hacen receta?',
		'human',
	],
	// a stranger the speaker saw it happen to
	['vi um homem engasgar no restaurante ontem, fiquei em choque, vocês dão curso de primeiros socorros?', 'human'],
	['saw a man collapse at the gym last week, it really shook me. do you do heart checks?', 'human'],
	// fears, thresholds, what a vaccine may cause, the news
	['tenho medo dele engolir uma pilha, como guardo o controle remoto?', 'human'],
	["I'm scared she'll choke on grapes at the party, should I cut them in quarters?", 'human'],
	['¿a partir de cuántos minutos de convulsión hay que llamar a emergencias?', 'human'],
	['a pediatra disse que a vacina pode dar febre, posso dar antitérmico antes?', 'human'],
	['por las noticias vi que picaron a un chico con una yarará, ¿hay antiveneno en la zona?', 'human'],
	// care received then over
	['a gente levou aí ontem depois que ela caiu da escada, o raio x deu normal e hoje tá brincando', 'veterinary'],
	['he got bitten at the park on Friday, you stitched him up. healing nicely, when do the stitches come out?', 'veterinary'],
	['se cortó la pata, la vio la veterinaria y hoy camina bien, ¿cuándo cambio la venda?', 'veterinary'],
	// a childhood age, a stay that is no age, months added to years, the weather
	['cuando tenía 16 tomé muchas pastillas, hoy estoy bien y quiero seguir con terapia aquí', 'human'],
	['estive internado um mês depois do acidente em 2019, hoje só dói quando faz frio', 'human'],
	['minha filha de 1 ano e 3 meses tá com febre de 38 desde ontem, mas brincando e mamando bem', 'human'],
	// figures of speech; school PE; routine bloods; a year back
	['me va a explotar la cabeza con tanto papeleo, ¿qué documentos necesito?', 'human'],
	['this news has made me so paranoid, can I get a general check up?', 'human'],
	['his breath could kill a horse lol, do you do dental cleans?', 'veterinary'],
	['can you write a note so he can be off PE this week? sprained wrist', 'human'],
	['15 weeks pregnant, need to book my bloods and the anomaly scan', 'human'],
	['just so you know, back in 2012 I reacted to amoxicillin, my throat swelled up. want it on my record', 'human'],
	// a temperature and a blood pressure are no counts of pills, nor is a reading's second figure an age
	['minha mãe tomou o remédio da pressão, tava 150 de manhã e agora tá 130/85 e ela tá ótima', 'human'],
	['the little one had 38 this morning, I gave her calpol and now she is 37 and playing', 'human'],
	["my sister's dog got bitten by a snake on holiday, should I carry anything on our walks?", 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// a stranger in trouble now, told in the present
	['vi um homem caído na rua, não respira, estou fazendo massagem', 'human'],
	['a man just collapsed outside and is not breathing, what do I do', 'human'],
	// someone else's story that is going on now (a present participle, a denied state)
	['acabamos de sacar a mi primo del río, está vomitando agua y no reacciona bien', 'human'],
	// care that is no "over": took him to the vet and he is still fitting
	['took him to the vet this morning and now he is having another seizure', 'veterinary'],
	// counts of pills still count, a temperature-like number too when it names the pills
	['mi hermano se tomó 38 pastillas de paracetamol', 'human'],
	['she took about 40 of my sleeping tablets', 'human'],
	// an infant's months stay an age when no years come first
	['meu bebê de 2 meses tá com febre de 38', 'human'],
];

describeWordings('tuning set 10 mechanisms', EMERGENCIES, NON_EMERGENCIES);
