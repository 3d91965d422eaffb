// Mechanisms the red-flag rules learned from blind set 14's misses and false alarms (scope rules that
// apply to any symptom), each checked with wordings written fresh for this test (none is copied from
// a set): the rules alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// whether it can happen at all, not that it did
	['pode acontecer convulsão depois da vacina de 2 meses? ela toma semana que vem', 'human'],
	['¿puede ocurrir una reacción alérgica grave con la vacuna de la rabia? lo llevo el sábado', 'veterinary'],
	['could my daughter have an allergic reaction to the nut butter at the party? just planning ahead', 'human'],
	['is there a risk of bloat if he runs straight after dinner?', 'veterinary'],
	// what to do if it ever happens
	['o que devo fazer se meu filho engasgar com comida? quero estar preparada', 'human'],
	['¿qué debo hacer si a mi perro le pica una abeja en la boca? vamos al campo', 'veterinary'],
	['how would I know if my cat is blocked? he is a neutered male', 'veterinary'],
	// a past episode and a new pregnancy or everyday life "again", not the complaint back
	['tive pré-eclâmpsia na primeira gestação, agora estou grávida de novo, quero marcar o pré-natal', 'human'],
	['had a bad bleed with my last pregnancy in 2020, now pregnant again and all fine, booking the scan', 'human'],
	['he choked on a treat last week, I got it out, now he is playing again like nothing happened', 'veterinary'],
	// a story on screen
	['no filme que vi ontem o cachorro teve uma torção no estômago, pastor alemão tem mais risco?', 'veterinary'],
	['en la serie la protagonista se desangraba después del parto, ¿eso pasa de verdad?', 'human'],
	['in the movie the dog got hit by a car, how do I teach mine to stay off the road?', 'veterinary'],
	// poisoned by love, money killed
	['mi gato está envenenado de amor por la gata del vecino, ¿cuánto sale castrarlo?', 'veterinary'],
	['these vet bills are killing my bank account haha, any payment plans?', 'veterinary'],
	// "a little" makes most things mild, not a bleed in pregnancy's second half
	['um pouco de falta de ar depois de subir a escada, normal?', 'human'],
	// someone outside the household, then a service or a precaution for the speaker's own
	['o filho do meu vizinho engasgou com bala e ficou roxo, vocês oferecem curso de primeiros socorros?', 'human'],
	['al perro de mi cuñado lo picó una víbora y casi se muere, ¿tienen antiveneno por si acaso?', 'veterinary'],
	["my colleague's toddler swallowed a magnet and needed surgery, do you run first aid classes for parents?", 'human'],
	// a carer giving a child an ordinary dose is treatment, not a child taking medicine
	['dei dipirona pro meu filho de 5 anos e a febre baixou, quero marcar o pediatra', 'human'],
	['my 3 year old has a fever, I gave her calpol and she is a bit better, can we be seen today?', 'human'],
	// "me toca" is a turn, not a touch; yellow fever is no jaundice
	['¿me toca ya la vacuna de la gripe? tengo 66 años', 'human'],
	['mi hija de 4 años, ¿le toca la vacuna de la fiebre amarilla antes del viaje?', 'human'],
	// "it came out" is a choke cleared, not "out of it"
	['my son choked on a grape, I did back blows and it came out, he is breathing fine and chatting', 'human'],
	// seen by a professional and then well: over, even for a rule that holds through "fine"
	['my dog fell off the balcony on sunday, the vet examined him, x ray was normal and he is doing well now', 'veterinary'],
	['mi hijo tuvo una convulsión con fiebre el lunes, ya lo vio el pediatra y los estudios salieron normales', 'human'],
	['meu gato caiu da janela semana passada, já foi avaliado, o raio x deu normal e tá tudo bem', 'veterinary'],
	// an everyday annoyance as the cause of the "illness"
	['vou ter um infarto com essa fatura do cartão, vocês parcelam?', 'human'],
	['esta factura me va a dar un infarto, ¿aceptan cuotas?', 'human'],
	['nearly had a heart attack when I saw the invoice, can I pay monthly?', 'human'],
	// news, a post, a group chat, a show (blind set 15)
	['li uma matéria sobre um menino que se afogou na piscina, vocês dão curso de primeiros socorros?', 'human'],
	['en el grupo del edificio alguien contó que su gato se cayó del balcón, ¿venden redes?', 'veterinary'],
	['someone on our road says their dog was poisoned with slug pellets, is mine safe in the garden?', 'veterinary'],
	// never again, three words back; adopted after the accident; seen and said to be fine
	['tuvo una convulsión a los 3 años y nunca más le volvió a pasar, ¿puede vacunarse?', 'human'],
	['our rescue cat was hit by a car before we adopted her, she is due her booster', 'veterinary'],
	['my daughter fainted at school, was seen at A&E and they said all fine, she is back to her usual self', 'human'],
	// a laugh with no onset is still a joke
	['kkkk tô morrendo com essa conta da clínica', 'human'],
	// prevention asked about, back to normal
	['¿castrarla previene el cáncer de mama? tiene 2 años', 'veterinary'],
	['se cayó del sofá anoche, no se queja y corre como siempre', 'veterinary'],
	['he ate a bit of grass and threw up, now eating and playing like normal, anything to watch for?', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// a past episode, then the same thing back now in another clause
	['meu cachorro teve uma convulsão mês passado e melhorou. agora tá tendo de novo e não para', 'veterinary'],
	['el año pasado tuvo una convulsión y se le pasó. hoy ya tuvo dos seguidas y está desorientado', 'veterinary'],
	['he had a seizure last spring that settled on its own. but he has had two today and is not himself', 'veterinary'],
	// a laugh next to how long it has lasted is nerves, not a joke
	['kkk minha mãe tá falando enrolado e com a boca torta faz uns 20 minutos', 'human'],
	['jajaja desde anoche mi gato macho entra y sale de la arena y no hace pis', 'veterinary'],
	['lol my dad says his arm went numb and his speech is slurred since breakfast', 'human'],
	// any bleeding in pregnancy, however little
	['grávida de 32 semanas, saiu um pouquinho de sangue vivo agora e a barriga tá dura', 'human'],
	['estoy de 28 semanas y me está saliendo un poco de sangre', 'human'],
	['34 weeks pregnant and a little bit of bright red bleeding just now', 'human'],
	// someone else's child, happening now
	['o filho do meu vizinho engasgou agora e tá ficando roxo, o que eu faço?', 'human'],
	// a child who got into the medicine
	['meu filho de 3 anos pegou a cartela de dipirona e engoliu uns comprimidos', 'human'],
	['my toddler got into the paracetamol and swallowed some', 'human'],
	// seen by a professional, but not well
	['the vet saw her this morning and now she is having another seizure and will not stop', 'veterinary'],
	// a real one in a queue
	['desmaiei na fila do banco agora, tô com dor no peito e sem ar', 'human'],
	// an old episode back now, counted (blind set 15)
	['he had a fit last year and was fine, since this morning he has had them on and off, 3 so far', 'veterinary'],
	// "out of it" itself
	['my 84 year old dad is completely out of it today and does not know where he is', 'human'],
	// a poison that is no figure of speech
	['creo que envenenaron a mi perro, vomita y tiembla desde hace una hora', 'veterinary'],
	// a real event asked about, not a possibility
	['pode ser convulsão? ela tá se debatendo agora e não responde', 'human'],
];

describeWordings('blind set 14 mechanisms', EMERGENCIES, NON_EMERGENCIES);
