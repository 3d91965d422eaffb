// Mechanisms the red-flag rules learned from blind set 12's misses (scope rules that apply to any
// symptom, plus a few families of everyday words), each checked with wordings written fresh for this
// test (none is copied from a set): the rules alone must leave each look-alike alone and still
// escalate the close emergency next to it.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { escalates } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// something causing the speaker an illness is a figure of speech
	['essa fila do banco vai me causar um AVC, alguém pode remarcar pra mim?', 'human'],
	['esse meu chefe tá me dando um infarto, posso trocar o horário da consulta?', 'human'],
	['este jefe me está dando un infarto, ¿puedo cambiar el turno?', 'human'],
	['las facturas de este mes me van a provocar un ataque al corazón jaja, ¿aceptan tarjeta?', 'human'],
	['the parking here is causing me a stroke, running 10 min late', 'human'],
	['the quote nearly made me pass out, do you do instalments?', 'human'],
	// the speaker corrects the word they ended on
	['perdi o bebê... digo, o bichinho de pelúcia dele, alguém achou na recepção?', 'human'],
	// "caso" opens a hypothesis wherever it stands
	['quero saber o protocolo da escola caso uma criança tenha uma convulsão no recreio', 'human'],
	// someone else's event, yesterday, then the speaker's own business
	['o vizinho teve um infarto ontem, a ambulância levou ele. enfim, tô escrevendo pra marcar minha vacina', 'human'],
	['my neighbour had a stroke yesterday and went off in the ambulance. anyway, I was writing to book a smear test', 'human'],
	// childhood and a story always told
	['mi abuelo siempre cuenta que de chaval casi se ahoga en el pantano, por eso no se baña', 'human'],
	['my daughter had a seizure with a fever when she was 3, she is 9 now and never had another one since', 'human'],
	['minha filha teve convulsão quando tinha 2 anos, nunca mais teve, a escola pediu um laudo', 'human'],
	// back to normal for hours, or 100%
	['she choked on a grape at lunch, it came straight out and she has been perfectly fine for the last 4 hours', 'human'],
	['desmaiei na academia de manhã porque não tinha comido, já comi e tô 100%, só preciso de um atestado', 'human'],
	// a blood pressure reading is no count of pills
	['meu pai tomou o remédio da pressão e agora tá 13x8, tranquilo, vendo tv', 'human'],
	// a service or a kind of illness, not the illness
	['do you offer heart attack screening for over 50s?', 'human'],
	['does the flu jab give protection against all strains of the flu?', 'human'],
	// a friend's history, then the speaker's own pregnancy
	['minha prima teve pré-eclâmpsia, agora tô de 10 semanas, existe algum exame preventivo?', 'human'],
	// a negator of another language in a short message read in every language
	['28 semanas, nenhum sangramento, tudo certo', 'human'],
	// practice contractions, an ultrasound with a full bladder
	['32 semanas e umas contrações de treinamento de vez em quando, normal?', 'human'],
	['for the 12 week scan do I need to come with a full bladder?', 'human'],
	// "didn't X himself" is not "not himself"
	['my 4 year old fell off the sofa, didnt hurt himself, playing again', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	['acho que tá me dando um infarto, dor no peito forte e suando frio', 'human'],
	['creo que me está dando un infarto, me duele mucho el pecho', 'human'],
	['meu vizinho teve um infarto agora, tá caído no chão sem responder', 'human'],
	['o caso é que ele teve uma convulsão agora e não acorda', 'human'],
	['my son had a seizure an hour ago and is still not waking up properly', 'human'],
	['to de 30 semanas e ta saindo sangue vermelho vivo', 'human'],
	['gestante 35 semanas, pressão 16x11 e dor de cabeça', 'human'],
	['minha cadela tá em trabalho de parto, fazendo força sem sair nada', 'veterinary'],
	['mi gata está pariendo, puja y puja sin que salga nada', 'veterinary'],
	['tô com a boca inchada e a garganta fechando depois de comer amendoim 😅', 'human'],
	['my 80 year old dad is not himself today, very muddled', 'human'],
];

describe('blind set 12 mechanisms', () => {
	it.each(NON_EMERGENCIES)('does not escalate %s', (text, profile) => {
		expect(escalates(text, profile, false)).toBe(false);
	});

	it.each(EMERGENCIES)('escalates %s', (text, profile) => {
		expect(escalates(text, profile, false)).toBe(true);
	});
});
