import { describeIntents, type IntentCase } from './support';

// Round 32, generalising blind 23's misses: an intensifier before a closing stop ("en serio ya paren", "sério,
// parem", "seriously just stop"), chat spellings of "enough" and "out of" ("enuf", "outta"), the messages as "this"
// silenced or put on ice until a date, "ahórrenselo" of one promotion, a superlative wrong number ("equivocadísimo",
// "erradíssimo"), "had to let <pet> go" as a death, "don't need to hear from you", and a retraction of an earlier
// keyword ("ignore the unsubscribe") that is no opt-out; with their look-alikes.
const CASES: IntentCase[] = [
	// An intensifier before a stop closing the message.
	['mais uma promoção hoje, sério, parem', 'opt_out'],
	['outra msg de vcs sério parem', 'opt_out'],
	['tercer mensaje del día, de verdad paren ya', 'opt_out'],
	['otro mensajito más neta paren', 'opt_out'],
	['another text this morning, honestly just stop', 'opt_out'],
	['so many msgs for real stop it', 'opt_out'],
	['me duele la pata, en serio paren de darle eso', 'none'],
	['en serio? para', 'none'],
	// "enuf", "outta".
	['enuf of these texts', 'opt_out'],
	['ok enuff with the promos', 'opt_out'],
	['count me outta the newsletter', 'opt_out'],
	['she had enuf food today?', 'none'],
	['he got outta the crate last night, is that ok?', 'none'],
	// The messages as "this" silenced or on hold until a date.
	['silencien esto hasta enero porfa', 'opt_out'],
	['pausen esto hasta después de las fiestas', 'opt_out'],
	['silenciem isso até depois do carnaval', 'opt_out'],
	['could you put these on ice until the new year?', 'opt_out'],
	['put the surgery on ice until after xmas?', 'none'],
	// One promotion spared.
	['lo del descuento ahórrenselo', 'opt_out'],
	['la promo de baño ahórrensela, gracias', 'opt_out'],
	// A superlative wrong number.
	['número equivocadísimo, no conozco a ningún Max', 'opt_out'],
	['numero erradíssimo, não tenho gato', 'opt_out'],
	// "had to let <pet> go" as a death.
	['we had to let Bella go yesterday, please take her off your list', 'opt_out'],
	['had to let him go last week 💔 no more reminders please', 'opt_out'],
	['we had to let Max go outside, he kept barking, stop the noise', 'none'],
	// "don't need to hear from you".
	["thanks but I don't need to hear from you anymore", 'opt_out'],
	['dont need to hear from your clinic again', 'opt_out'],
	// A retraction of an earlier keyword.
	['pls ignore my STOP from earlier, my son grabbed my phone', 'none'],
	['ignore the unsubscribe, I pressed it by mistake', 'none'],
	['my kid got hold of my phone and saw your promo, please unsubscribe me', 'opt_out'],
];

// Blind 23's misses (and its false opt-out), caught after this round.
const BLIND: IntentCase[] = [
	['wow otro mensajito, que ilusión 🙃 en serio ya paren', 'opt_out'],
	['enuf with the msgs already 😤😤', 'opt_out'],
	['opt me outta this pls x', 'opt_out'],
	['silencien esto hasta despues de navidad xfa 🎄', 'opt_out'],
	['can we put these on ice til after xmas? too much going on rn', 'opt_out'],
	['ni idea quien es Toby 😂 numero equivocadisimo', 'opt_out'],
	['We had to let Coco go on Saturday 💔 cant keep getting her check up reminders', 'opt_out'],
	["nah I'm good, don't need to hear from u lot anymore thx", 'opt_out'],
	["Ignore the 'unsubscribe' msg, my toddler got hold of my phone 🙈", 'none'],
];

describeIntents('concept rules after round 32', CASES);
describeIntents("blind 23's wordings, round 32", BLIND);
