import { describeIntents, type IntentCase } from './support';

// Round 31, generalising a second fresh author's misses: European Portuguese ("o meu contacto", "telemóvel"), "nd" for
// "nada", "la baja" asked as a noun of a list, only the care messages kept and "nothing else", the contact resumed
// after a date told as what you will do ("daqui uns meses vcs me procuram de novo"), a sigh or an oath around a stop
// ("FFS STOP", "mil promos aff parem"); and their look-alikes: a result or a channel kept ("just text me, nothing
// else"), a call asked after a date for a visit, a sick note ("la baja médica"), a laugh before "stop" (praise). Also
// "text me one more time 🤬" (a dare, the anger in the emoji only; not a thing to resend) and everyday words for the
// slots: "notis", "zaps", "mails", "pings", "kick me off", "te reporto", "me desinscriban".
const CASES: IntentCase[] = [
	['por favor apaguem o meu contacto da vossa base de dados', 'opt_out'],
	['retirem o meu contacto, obrigada', 'opt_out'],
	['não me contactem mais para este telemóvel', 'opt_out'],
	['o meu contacto mudou, o novo é 912 345 678', 'none'],
	['nao manda mais nd, blz?', 'opt_out'],
	['n quero mais nd de vcs', 'opt_out'],
	['o rex nao comeu nd hoje, é normal?', 'none'],
	['pido formalmente la baja de la lista de difusión', 'opt_out'],
	['quiero tramitar la baja de mi número de su lista', 'opt_out'],
	['me dieron la baja médica, mi número de la mutua es 123', 'none'],
	['only send me the appointment reminders, nothing else', 'opt_out'],
	['só me mandem os lembretes da vacina, mais nada', 'opt_out'],
	['solo mándenme los recordatorios de citas, nada más', 'opt_out'],
	['only send me the lab results, nothing else', 'none'],
	['só me manda o resultado do exame, nada mais', 'none'],
	['just text me, nothing else', 'none'],
	['depois do natal vocês me chamam de novo', 'opt_out'],
	['en un par de meses me escriben otra vez, ahora no puedo', 'opt_out'],
	['in a couple of months u can text me again, not now', 'opt_out'],
	['daqui uns 2 meses vcs me ligam de novo pra marcar a revacina', 'none'],
	['en unos meses me llaman de nuevo?', 'none'],
	['depois do natal vocês me chamam de novo pra castração', 'none'],
	['só me mandem msg de novo depois do dia 20 de abril', 'opt_out'],
	['FFS STOP.', 'opt_out'],
	['pqp parem', 'opt_out'],
	['carajo, BAJA', 'opt_out'],
	['so many texts every day ugh stop', 'opt_out'],
	['mil promos por semana aff parem', 'opt_out'],
	['tantos mensajes joder paren', 'opt_out'],
	['the reminder text made me laugh lol stop', 'none'],
	['the itching wont stop ugh', 'none'],
	['omg stop 😍 so cute', 'none'],
	['txt me 1 more time 🤬', 'opt_out'],
	['me escreve mais uma vez 😡', 'opt_out'],
	['escríbanme otra vez 🖕', 'opt_out'],
	['message me again 😡😡', 'opt_out'],
	['can you text me one more time? 🙏', 'none'],
	['me manda de novo 😡', 'none'],
	['call me again 🤬', 'none'],
	['send me the receipt again 😡', 'none'],
	['parem com essas notis', 'opt_out'],
	['chega de zaps de vcs', 'opt_out'],
	['no más mails porfa', 'opt_out'],
	['pausen las notis un mes', 'opt_out'],
	['stop the pings', 'opt_out'],
	['kick me off the list', 'opt_out'],
	['te reporto por spam', 'opt_out'],
	['me desinscriban', 'opt_out'],
	['the noti says the appointment is at 3, is that right?', 'none'],
	['a noti da consulta chegou, obrigada', 'none'],
];

// A second fresh author's wordings (/tmp/cats/fresh-optout-2.tsv), caught after this round.
const FRESH: IntentCase[] = [
	['to viajando, só me mandem msg de novo depois do dia 15 de março', 'opt_out'],
	['Eu moro em Portugal agora, não faz sentido continuarem a mandar-me mensagens, por favor retirem o meu contacto.', 'opt_out'],
	['vcs sao chatos demais afff nao manda mais nd blz tchau', 'opt_out'],
	['Estimados: solicito formalmente la baja de mi número de su lista de envíos comerciales. Atentamente, Lucía Fernández.', 'opt_out'],
	['only send me booking reminders, nothing else thanks', 'opt_out'],
	['FFS STOP.', 'opt_out'],
	['daqui uns 2 meses vcs me procuram de novo, agora to sem cabeça nenhuma', 'opt_out'],
];

describeIntents('concept rules after round 31', CASES);
describeIntents("a second fresh author's wordings, round 31", FRESH);
