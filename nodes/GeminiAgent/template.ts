// Persona templates: `{clinicName}` is replaced by the variable's value. A placeholder with no
// value stays in the text exactly as written (so the mistake is visible in the prompt and the
// output) and is reported. Single braces, not n8n's `{{ }}`: a persona typed in an expression
// field would otherwise have n8n evaluate `{{clinicName}}` as JavaScript and fail.
import type { TemplateValue } from './types';

// One pass, bounded names: linear in the template's length, and values are never re-scanned,
// so a value containing `{x}` cannot pull in another variable.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.]{0,63})\}/g;

export interface RenderedTemplate {
	text: string;
	/** Placeholder names with no value, in order of first appearance. */
	unknown: string[];
	/** Names that were replaced. */
	used: string[];
}

export function renderTemplate(template: string, variables: Record<string, TemplateValue>): RenderedTemplate {
	const unknown: string[] = [];
	const used: string[] = [];
	const text = template.replace(PLACEHOLDER, (whole, name: string) => {
		const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
		if (value === undefined || value === null) {
			if (!unknown.includes(name)) unknown.push(name);
			return whole;
		}
		if (!used.includes(name)) used.push(name);
		return String(value);
	});
	return { text, unknown, used };
}

/** Whether a variable has a usable value (for the built-in persona, which skips empty lines). */
export function hasValue(variables: Record<string, TemplateValue>, name: string): boolean {
	const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
	return value !== undefined && value !== null && String(value).trim() !== '';
}
