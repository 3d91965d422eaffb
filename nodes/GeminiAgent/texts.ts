// What the person reads when the agent cannot give the model's answer, in their language.
import type { AgentLanguage } from './types';

export const DEFAULT_LANGUAGE: AgentLanguage = 'pt';

/** 'pt-BR', 'PT', 'es_AR', 'en-US' → 'pt' | 'es' | 'en'; anything else → 'pt'. */
export function agentLanguageOf(value: unknown): AgentLanguage {
	if (typeof value !== 'string') return DEFAULT_LANGUAGE;
	const base = value.trim().toLowerCase().slice(0, 2);
	return base === 'es' || base === 'en' || base === 'pt' ? base : DEFAULT_LANGUAGE;
}

export const LANGUAGE_NAMES: Record<AgentLanguage, string> = {
	pt: 'Brazilian Portuguese',
	es: 'Spanish',
	en: 'English',
};

/** BCP 47 locale for dates shown to the person. */
export const LOCALES: Record<AgentLanguage, string> = { pt: 'pt-BR', es: 'es', en: 'en-US' };

const FALLBACK: Record<AgentLanguage, string> = {
	pt: 'Desculpe, não consegui responder agora. Pode tentar de novo em alguns instantes? Se preferir, nossa equipe pode te atender.',
	es: 'Disculpa, no pude responder ahora. ¿Puedes intentarlo de nuevo en unos instantes? Si prefieres, nuestro equipo puede atenderte.',
	en: "Sorry, I couldn't answer just now. Could you try again in a moment? If you prefer, our team can help you.",
};

export function defaultFallback(language: AgentLanguage): string {
	return FALLBACK[language];
}

/** The polite redirect for off-topic questions; `clinicName` when known. */
export function defaultRedirect(language: AgentLanguage, clinicName?: string): string {
	const name = clinicName?.trim();
	switch (language) {
		case 'es':
			return `Disculpa, por aquí solo puedo ayudarte con temas de ${name || 'la clínica'}: citas, horarios, servicios y dudas sobre la atención. ¿Te ayudo con algo de eso?`;
		case 'en':
			return `Sorry, here I can only help with ${name || 'the clinic'}'s matters: appointments, opening hours, services and questions about your care. Can I help you with one of those?`;
		default:
			return `Desculpe, por aqui eu só consigo ajudar com assuntos ${name ? `da ${name}` : 'da clínica'}: agendamentos, horários, serviços e dúvidas sobre o atendimento. Posso te ajudar com algo assim?`;
	}
}

/** How a stored user turn marks media the person sent (history keeps no bytes). */
export function mediaMarker(mimeType: string): string {
	if (mimeType.startsWith('image/')) return '[image]';
	if (mimeType.startsWith('audio/')) return '[voice note]';
	return `[${mimeType || 'attachment'}]`;
}
