// Mechanisms the red-flag rules learned from tuning set 17's false alarms, each checked with wordings
// written fresh for this test (none is copied from a set): the rules alone must leave each look-alike
// alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// well since, doing ordinary things again, a reading fine at home
	['she had a fit on friday, the vet started her on tablets and she has been seizure free and bright since', 'veterinary'],
	['my son had a febrile seizure last month and has been perfectly well since, do we need a follow up?', 'human'],
	['se cayó de la cama el domingo, la vieron en la guardia, radiografías normales, ya come y juega', 'veterinary'],
	['ele caiu da escada ontem mas já come e brinca, andando normal. precisa trazer?', 'veterinary'],
	['repeat of the tablets for my pre-eclampsia please, my blood pressure has been fine at home', 'human'],
	// a named dog made sick by the vet
	['the vet made Luna vomit after she ate the grapes and she has been totally fine since', 'veterinary'],
	// the kit kept or its date, how to use it
	['can I keep my EpiPen in the staff fridge? work asked', 'human'],
	['her EpiPen is out of date, can we get a new one prescribed?', 'human'],
	// a blocked nose, money, anger
	['this flu is awful, I cannot breathe through my nose at night. can I get a sick note?', 'human'],
	['el seguro me está desangrando con la cuota, subió otra vez. qué planes tienen?', 'human'],
	['minha sogra me deixa sem ar de tanto falar kkk, queria marcar meu preventivo', 'human'],
	// what to do if, dangerous even if, a myth
	['como faço se meu filho engolir uma moeda? quero estar preparada', 'human'],
	['cómo hago si a mi perro le pica una abeja? para saber nomás', 'veterinary'],
	['is it a myth that you should put a spoon in the mouth during a seizure?', 'human'],
	// childhood, someone else in hospital or at their vet, in brackets, stable now
	['de chavo me dio una convulsión, hace como 20 años, nunca más. puedo sacar la licencia?', 'human'],
	['minha vizinha foi internada com dengue, vocês têm repelente?', 'human'],
	["my brother's cat got hit by a car, he's at their vet now. how do I keep mine indoors?", 'veterinary'],
	["if my dad (he's on warfarin) ever bangs his head, do we come straight in?", 'human'],
	['my colleague had a heart attack at work yesterday (he is stable now). can I get my cholesterol checked?', 'human'],
	// the speaker's thoughts after someone else's story
	['o pai do meu vizinho teve um AVC ontem e fiquei pensando nisso, queria marcar um check-up', 'human'],
	// fluids kept down; a toddler who touches everything; booking, a brain overloaded, breathing denied, a strain
	['tengo diarrea desde ayer y estoy flojita, pero bebo bien y hago pis. me atienden hoy?', 'human'],
	['mi nieto de 2 años lo toca todo, qué enchufes de seguridad recomiendan?', 'human'],
	['any chance of fitting her in this afternoon? her ear is red and itchy', 'veterinary'],
	['my brain had a total meltdown with your new app, can someone call me to book', 'human'],
	["she isn't panting heavily, just a bit off her food since yesterday", 'veterinary'],
	['is the meningitis B jab free for babies?', 'human'],
	// someone else still in hospital
	['my uncle had a heart attack last week, chest pain and everything, he is still in hospital. can I get my cholesterol checked?', 'human'],
	// a trampoline
	['the kids keep jumping off the trampoline, any tips for sprained ankles?', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	// fine before, then a seizure now
	['she was eating and playing, then suddenly started having a seizure and is still shaking', 'veterinary'],
	// a blocked nose and lips going blue
	['he cannot breathe, lips going blue', 'human'],
	// someone in brackets, and it is happening
	["my dad (he's on warfarin) banged his head and is vomiting", 'human'],
	// bleeding now
	['me estoy desangrando, me corté con un vidrio y no para', 'human'],
	// a thought of jumping, which "about" no longer turns into a topic
	['i keep thinking about jumping off the car park roof', 'human'],
];

describeWordings('Scope mechanisms learned from tuning set 17', EMERGENCIES, NON_EMERGENCIES);
