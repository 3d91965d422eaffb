// Vocabulary and concept combinations added for emergencies of tuning set 17 (and blind 19) that the
// rules alone missed, each checked with wordings written fresh for this test (none is copied from a
// set): the rules alone must escalate each emergency and leave each close look-alike alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// an older person's new confusion (names mixed up, not themselves) beside an infection
	['minha vó tá com pneumonia e hoje tá trocando os nomes de todo mundo, não parece ela', 'human'],
	['mi abuelo tiene infección de orina y hoy me confunde con mi hermano, no es el mismo', 'human'],
	["my nan's got another UTI and today she's not herself, called me by the wrong name twice", 'human'],
	// a diabetic who talks without sense or seems drunk, laughed about but asked about
	['minha mãe é diabética e tá falando coisa sem nexo, suando frio kkk o que pode ser?', 'human'],
	['mi papá es diabético y parece borracho pero no tomó nada jaja qué puede ser eso', 'human'],
	["my husband is type 1 and he's acting drunk but hasn't touched a drink lol what could it be", 'human'],
	// farewell letters to the children with affairs put in order
	['já deixei tudo em ordem e escrevi uma carta pros meus filhos, só falta o remédio', 'human'],
	["I've written letters to my kids and sorted out my affairs, all I need is the pills now", 'human'],
	// one small movement, a kick not felt, late in pregnancy
	['tô de 36 semanas e desde ontem ela só mexeu uma vez, deve ser falta de espaço né kkk', 'human'],
	['estoy de 34 semanas y desde anoche solo sentí una patadita, seguro está dormido jaja', 'human'],
	["I'm 38 weeks and haven't felt her kick since this morning, tried juice and lying on my left", 'human'],
	// heavy bleeding laughed about while asking about stitches
	['me cortei com a serra no braço kkk o sangue não para, já ensopei duas toalhas, é pra uns pontos né?', 'human'],
	['cut my hand on a broken glass lol blood soaked through 2 towels and wont stop, needs stitches?', 'human'],
	// a "no" not heeded, on a night out
	['ontem na festa um cara não parou quando eu disse não, ainda não tomei banho', 'human'],
	['anoche en una fiesta un chico no paró cuando le dije que no, no sé qué hacer', 'human'],
	["last night my date kept going after I said no, I don't know what to do", 'human'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// names mixed up out of habit, or by a form
	['minha vó sempre troca meu nome kkk ela tem 9 netos', 'human'],
	['o cadastro trocou o nome do meu avô, da pra corrigir?', 'human'],
	['the receptionist called me by the wrong name and my UTI prescription had someone else on it', 'human'],
	['my daughter has a UTI, can she take cranberry juice?', 'human'],
	// a diabetic's routine question; a laughing question about a harmless sign
	['meu tio diabético quer saber se pode tomar cerveja', 'human'],
	['sou diabética, o que pode ser essa coceira no pé kkk', 'human'],
	// a figure of speech asked about with a laugh
	['meu marido ta roxo de raiva kkk o que pode ser isso', 'human'],
	// letters to children at camp; affairs in order before a trip, a prescription to renew
	['escrevi cartas pros meus filhos no acampamento deles, que saudade', 'human'],
	['I wrote letters to my kids at camp, need a repeat of my blood pressure pills', 'human'],
	['dejé todo en orden en casa antes del viaje, solo me faltan las pastillas para la presión, ¿me hacen la receta?', 'human'],
	['deixei tudo em ordem pra mudança, só falta o remédio da pressão, podem renovar a receita?', 'human'],
	// no kick felt yet, early in pregnancy
	['com 18 semanas ainda não senti chutar, é normal?', 'human'],
	["I'm 14 weeks, when will I feel the first kicks?", 'human'],
	// a small cut and a stitches question
	['me cortei fazendo a barba kkk sangrou um pouquinho, precisa de ponto?', 'human'],
	['tengo cita para puntos mañana jaja me corté ayer cocinando, ya no sangra', 'human'],
	// a child who would not stop, a man who talked on, a con
	["my son wouldn't stop crying when I said no to sweets, he's got a fever", 'human'],
	['fui numa festa e o cara não parou de falar de futebol kkk', 'human'],
	['the mechanic took advantage of me, charged 800 quid for the car', 'human'],
];

describeWordings('Vocabulary added for the missed emergencies of tuning set 17', EMERGENCIES, NON_EMERGENCIES);
