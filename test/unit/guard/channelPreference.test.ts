import { describeIntents, type IntentCase } from './support';

// A refusal of phone calls beside a channel of writing asked for is a preference, not an opt-out: "dnt call before 9,
// text is fine", "não me liga, manda mensagem", "no me llames, escríbeme". Refusing the messages too, or stopping them
// while inviting calls, stays an opt-out. And a forgetting told ("esqueci meu número", "olvidé mi número") is no
// "forget my number" asked. New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// a call refused, writing asked for: English
	['pls dont ring me during work hours, a text is better', 'none'],
	["i'd rather you didn't call, email is fine", 'none'],
	["don't call me, I'm in meetings. message me instead", 'none'],
	['dont phone me, just whatsapp me the results', 'none'],
	["text me the details instead, please don't call", 'none'],
	['no calls please, text only', 'none'],
	['stop calling me, a text is fine', 'none'],
	// the same, Portuguese
	['não precisa me ligar, me manda uma mensagem com o horário', 'none'],
	['não me liguem de manhã, mandem msg pelo zap', 'none'],
	['nao me liga pfv, prefiro whatsapp', 'none'],
	['por favor não liguem, mandem por aqui mesmo', 'none'],
	['me manda por escrito, não me liga', 'none'],
	['parem de me ligar, podem mandar mensagem', 'none'],
	// the same, Spanish
	['no me llames porfa, mándame un mensaje', 'none'],
	['no hace falta que me llamen, escríbanme por aquí', 'none'],
	['no me llamen al trabajo, mejor un mensaje', 'none'],
	['mejor escríbeme, no me llames que estoy en clase', 'none'],
	['no me llamen, prefiero por escrito', 'none'],
	['dejen de llamarme, escríbanme por whatsapp', 'none'],
	// every channel refused, or the messages stopped: opt-outs
	["don't call, don't text, don't email", 'opt_out'],
	['never call or message me again', 'opt_out'],
	["don't call me, text or email me ever again", 'opt_out'],
	["don't call me, and stop texting me", 'opt_out'],
	["stop texting me, ring me if it's important", 'opt_out'],
	['please do not call me', 'opt_out'],
	["don't call me, text me, and take me off the promo list", 'opt_out'],
	['não me liga e nem manda mensagem', 'opt_out'],
	['não quero que me liguem, mandem mensagem ou email', 'opt_out'],
	['parem de mandar mensagem, se precisar me liguem', 'opt_out'],
	['não me liguem mais', 'opt_out'],
	['no me llames ni me escribas más', 'opt_out'],
	['dejen de mandarme mensajes, llámenme si es urgente', 'opt_out'],
	['no me llamen más', 'opt_out'],
	// a forgetting told, not asked
	['me esqueci do meu número, vcs têm aí?', 'none'],
	['esqueceu meu número? te passo de novo', 'none'],
	['perdi meu número antigo, anota esse', 'none'],
	['olvidé mi número de cliente, ¿me lo pasan?', 'none'],
	['me olvidé de mi número de ficha', 'none'],
	['olvide mi numero jaja cual era?', 'none'],
	['I forgot my number, can you look it up?', 'none'],
	// forgetting asked: opt-outs
	['esqueçam meu número, por favor', 'opt_out'],
	['esquece meu número pfv', 'opt_out'],
	['olvídense de mi número', 'opt_out'],
	['olviden mi número, gracias', 'opt_out'],
	['please forget my number', 'opt_out'],
];

describeIntents('channel preferences and forgetting told', CASES);
