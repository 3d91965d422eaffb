// What the guard hands the workflow to send back once: the confirmation of an opt-out or an
// opt-in, in the contact's language. Each text names the keyword that undoes it, and those
// keywords are in the detection lists (VOLTAR/VOLVER/START, PARAR/BAJA/STOP).
import type { Language, OptOutCategory } from './types';

export interface GuardTexts {
	/** After an opt-out of everything. */
	optedOutAll: string;
	/** After an opt-out of marketing only: care messages (reminders, answers) continue. */
	optedOutMarketing: string;
	optedIn: string;
}

export type GuardTextOverrides = Partial<Record<Language, Partial<GuardTexts>>>;

export const DEFAULT_TEXTS: Record<Language, GuardTexts> = {
	pt: {
		optedOutAll: 'Pronto! Você não receberá mais mensagens nossas. Para voltar, envie VOLTAR.',
		optedOutMarketing: 'Pronto! Você não receberá mais promoções. Avisos sobre seus atendimentos continuam. Para voltar, envie VOLTAR.',
		optedIn: 'Que bom ter você de volta! Você voltará a receber nossas mensagens. Para sair, envie PARAR.',
	},
	es: {
		optedOutAll: '¡Listo! Ya no recibirás más mensajes nuestros. Para volver, envía VOLVER.',
		optedOutMarketing: '¡Listo! Ya no recibirás más promociones. Los avisos sobre tus citas continúan. Para volver, envía VOLVER.',
		optedIn: '¡Qué bueno tenerte de vuelta! Volverás a recibir nuestros mensajes. Para salir, envía BAJA.',
	},
	en: {
		optedOutAll: "Done! You won't receive any more messages from us. To come back, reply START.",
		optedOutMarketing: "Done! You won't receive any more promotions. Updates about your appointments continue. To come back, reply START.",
		optedIn: "Welcome back! You'll receive our messages again. To stop, reply STOP.",
	},
};

function textsFor(language: Language, overrides: GuardTextOverrides = {}): GuardTexts {
	const custom = overrides[language] ?? {};
	const pick = (key: keyof GuardTexts): string => custom[key]?.trim() || DEFAULT_TEXTS[language][key];
	return { optedOutAll: pick('optedOutAll'), optedOutMarketing: pick('optedOutMarketing'), optedIn: pick('optedIn') };
}

export function optOutConfirmation(language: Language, category: OptOutCategory, overrides?: GuardTextOverrides): string {
	const texts = textsFor(language, overrides);
	return category === 'marketing' ? texts.optedOutMarketing : texts.optedOutAll;
}

export function optInConfirmation(language: Language, overrides?: GuardTextOverrides): string {
	return textsFor(language, overrides).optedIn;
}
