import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 18: a subscription noun read with one typo ("incrição", "assinatrua"), an
// elliptical "one more and" threat with the loanword block ("mais uma e é block"), chat's "ngm" for "ninguém", praise
// that mocks the messages while counting them ("just what I needed, another promo"), the clipped "info" as one's data,
// "eh" as a tag closing a refusal, a threat followed by a complaint one will "hear from" or a privacy commissioner,
// "never hearing from you again", and a death read about in a group, a post or the news as someone else's animal.
// And the look-alikes: a course's subscription, one more dose, sincere thanks, a symptom mocked, information asked
// for, a vet's results, someone else's silence, a death read about, while a death with "take me off the group" stays.
// New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// a subscription noun with one typo
	['quero cancelar minha assinatrua dos lembretes', 'opt_out'],
	['cancelem minha inscriçao nas mensagens de promoção', 'opt_out'],
	['cancelei a incrição do curso de adestramento', 'none'],
	['quero saber se a incrição da feira de adoção tá aberta', 'none'],
	// "one more and" it's a block
	['mais um e é bloqueio', 'opt_out'],
	['una más y es block', 'opt_out'],
	['mais uma e pronto, acaba a cartela do remédio', 'none'],
	['una más y terminamos las vacunas', 'none'],
	['mais uma dose e eu reporto como ele ficou', 'none'],
	// "ngm" for "ninguém"
	['promoção de ração todo dia, ngm merece', 'opt_out'],
	['essas ofertas toda semana ngm merece', 'opt_out'],
	['ngm me avisou da consulta de amanhã', 'none'],
	// praise that mocks the messages, counted or how often
	['adoro receber 3 promoções por dia 🙃', 'opt_out'],
	['just what I needed, another promo text', 'opt_out'],
	['justo lo que necesitaba, otra promo más', 'opt_out'],
	['love getting the daily tips, thanks!', 'none'],
	['just what I needed, thank you for the reminder', 'none'],
	['oh great, my dog vomited again today', 'none'],
	['era só o que faltava, o cachorro vomitou de novo hoje', 'none'],
	// the clipped "info" as one's data
	['apaguem minhas infos do sistema', 'opt_out'],
	['borren mis infos de su base', 'opt_out'],
	['me mandan info de la vacuna?', 'none'],
	['minha info de contato mudou, anota o novo', 'none'],
	// "eh" closing a refusal
	['los cupones me sobran eh', 'opt_out'],
	['the promos can go eh', 'opt_out'],
	['la vacuna me sobra eh? ya se la pusieron', 'none'],
	// a threat, then a complaint one will hear from or a privacy commissioner
	["keep it up and you'll be hearing from my lawyer", 'opt_out'],
	["one more promo and I'm going to the privacy commissioner", 'opt_out'],
	["keep it up, you'll hear from the vet about the results tomorrow", 'none'],
	['the privacy commissioner says clinics must keep records for 7 years?', 'none'],
	// never hearing from you again
	['never hear from you guys again pls', 'opt_out'],
	['honestly never hearing from you again would be great', 'opt_out'],
	['never hearing from the breeder again was a relief, anyway max has a rash', 'none'],
	['I never hear from you about the results, again?', 'none'],
	// a death read about in a group, a post or the news
	['vi no insta que um cachorro morreu de calor no carro, quanto tempo é seguro?', 'none'],
	['saw a post on facebook about a dog that died from xylitol, is peanut butter ok?', 'none'],
	['leí en un grupo que un gato murió por lirios, tengo uno en casa', 'none'],
	['meu gato morreu, me tira do grupo', 'opt_out'],
	['my dog passed away, please remove me from the group', 'opt_out'],
];

describeIntents('concept rules after tuning set 18', CASES);
