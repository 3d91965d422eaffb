// WhatsApp's limits, checked before any request so a bad parameter fails with the field's name
// instead of a provider's cryptic 400 (or, on WAHA/Evolution, a menu WhatsApp would never allow).
// The same rules apply to every provider, so a workflow can switch provider without surprises.
// Lengths are counted in UTF-16 units, as the Cloud API counts them.

import type { Provider } from '../../shared/message';
import { validationError } from './errors';
import type {
	MarkReadRequest,
	MediaKind,
	ReactRequest,
	SendButtonsRequest,
	SendListRequest,
	SendMediaRequest,
	SendTemplateRequest,
	SendTextRequest,
} from './types';

export const LIMITS = {
	buttons: 3,
	buttonTitle: 20,
	buttonId: 256,
	buttonsBody: 1024,
	listRows: 10,
	listSections: 10,
	listButton: 20,
	listBody: 4096,
	rowTitle: 24,
	rowDescription: 72,
	rowId: 200,
	sectionTitle: 24,
	header: 60,
	footer: 60,
	caption: 1024,
} as const;

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'document', 'audio', 'voice', 'video'];
export const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function isBlank(value: unknown): boolean {
	return typeof value !== 'string' || value.trim() === '';
}

function requireText(provider: Provider, field: string, value: unknown, max?: number): void {
	if (isBlank(value)) throw validationError(provider, field, `${field} is required`);
	checkLength(provider, field, value as string, max);
}

function optionalText(provider: Provider, field: string, value: unknown, max: number): void {
	if (value === undefined || value === '') return;
	if (typeof value !== 'string') throw validationError(provider, field, `${field} must be text`);
	checkLength(provider, field, value, max);
}

function checkLength(provider: Provider, field: string, value: string, max: number | undefined): void {
	if (max === undefined || value.length <= max) return;
	throw validationError(provider, field, `${field} is ${value.length} characters; WhatsApp allows at most ${max}`);
}

function requireUnique(provider: Provider, field: string, seen: Set<string>, value: string, what: string): void {
	if (seen.has(value)) throw validationError(provider, field, `${field} "${value}" repeats another ${what}; each must be unique`);
	seen.add(value);
}

export function validateRecipient(provider: Provider, to: unknown): void {
	requireText(provider, 'to', to);
}

/** A provider's form of `to` (digits or chat id), which must still name someone once formatting is stripped. */
export function requireAddress(provider: Provider, to: string, address: string): string {
	if (address.split('@')[0] === '') throw validationError(provider, 'to', `to "${to}" holds no phone number or chat id`);
	return address;
}

export function validateText(provider: Provider, request: SendTextRequest): void {
	validateRecipient(provider, request.to);
	requireText(provider, 'text', request.text);
}

export function validateMedia(provider: Provider, request: SendMediaRequest): void {
	validateRecipient(provider, request.to);
	if (!MEDIA_KINDS.includes(request.kind)) {
		throw validationError(provider, 'kind', `kind "${String(request.kind)}" is not one of ${MEDIA_KINDS.join(', ')}`);
	}
	const source = request.source as Partial<{ url: unknown; data: unknown }> | undefined;
	if (source && 'data' in source) {
		if (!Buffer.isBuffer(source.data) || source.data.length === 0) {
			throw validationError(provider, 'source.data', 'source.data is empty; the binary property holds no file');
		}
	} else if (isBlank(source?.url) || !/^https?:\/\//i.test(String(source?.url).trim())) {
		throw validationError(provider, 'source.url', 'source.url must be an http(s) URL the provider can download');
	}
	optionalText(provider, 'caption', request.caption, LIMITS.caption);
}

function validateMenuText(provider: Provider, request: SendButtonsRequest | SendListRequest, bodyMax: number): void {
	validateRecipient(provider, request.to);
	requireText(provider, 'body', request.body, bodyMax);
	optionalText(provider, 'header', request.header, LIMITS.header);
	optionalText(provider, 'footer', request.footer, LIMITS.footer);
}

export function validateButtons(provider: Provider, request: SendButtonsRequest): void {
	validateMenuText(provider, request, LIMITS.buttonsBody);
	const buttons = Array.isArray(request.buttons) ? request.buttons : [];
	if (buttons.length < 1 || buttons.length > LIMITS.buttons) {
		throw validationError(provider, 'buttons', `buttons has ${buttons.length}; WhatsApp allows 1 to ${LIMITS.buttons} reply buttons`);
	}
	const ids = new Set<string>();
	const titles = new Set<string>();
	buttons.forEach((button, i) => {
		requireText(provider, `buttons[${i}].id`, button?.id, LIMITS.buttonId);
		requireText(provider, `buttons[${i}].title`, button?.title, LIMITS.buttonTitle);
		requireUnique(provider, `buttons[${i}].id`, ids, button.id, 'button id');
		requireUnique(provider, `buttons[${i}].title`, titles, button.title, 'button title');
	});
}

export function validateList(provider: Provider, request: SendListRequest): void {
	validateMenuText(provider, request, LIMITS.listBody);
	requireText(provider, 'buttonLabel', request.buttonLabel, LIMITS.listButton);
	const sections = Array.isArray(request.sections) ? request.sections : [];
	if (sections.length < 1 || sections.length > LIMITS.listSections) {
		throw validationError(provider, 'sections', `sections has ${sections.length}; WhatsApp allows 1 to ${LIMITS.listSections}`);
	}
	const total = sections.reduce((sum, section) => sum + (Array.isArray(section?.rows) ? section.rows.length : 0), 0);
	if (total > LIMITS.listRows) {
		throw validationError(provider, 'sections', `the list has ${total} rows; WhatsApp allows at most ${LIMITS.listRows} in total`);
	}
	const ids = new Set<string>();
	sections.forEach((section, i) => {
		const field = `sections[${i}]`;
		// WhatsApp needs section titles only to tell several sections apart.
		if (sections.length > 1) requireText(provider, `${field}.title`, section?.title, LIMITS.sectionTitle);
		else optionalText(provider, `${field}.title`, section?.title, LIMITS.sectionTitle);
		const rows = Array.isArray(section?.rows) ? section.rows : [];
		if (rows.length === 0) throw validationError(provider, `${field}.rows`, `${field}.rows is empty; each section needs a row`);
		rows.forEach((row, j) => {
			const rowField = `${field}.rows[${j}]`;
			requireText(provider, `${rowField}.id`, row?.id, LIMITS.rowId);
			requireText(provider, `${rowField}.title`, row?.title, LIMITS.rowTitle);
			optionalText(provider, `${rowField}.description`, row?.description, LIMITS.rowDescription);
			requireUnique(provider, `${rowField}.id`, ids, row.id, 'row id');
		});
	});
}

export function validateTemplate(provider: Provider, request: SendTemplateRequest): void {
	validateRecipient(provider, request.to);
	if (typeof request.name !== 'string' || !TEMPLATE_NAME.test(request.name)) {
		throw validationError(
			provider,
			'name',
			`name "${String(request.name)}" is not a template name; use 1 to 512 lower-case letters, digits and underscores`,
		);
	}
	requireText(provider, 'language', request.language);
	if (/\s/.test(request.language))
		throw validationError(provider, 'language', `language "${request.language}" must be a code such as pt_BR`);
	(request.parameters ?? []).forEach((parameter, i) => requireText(provider, `parameters[${i}]`, parameter));
}

export function isSingleEmoji(text: string): boolean {
	let count = 0;
	for (const _ of graphemes.segment(text)) if (++count > 1) return false;
	return count === 1 && EMOJI.test(text);
}

export function validateReaction(provider: Provider, request: ReactRequest): void {
	validateRecipient(provider, request.to);
	requireText(provider, 'messageId', request.messageId);
	// '' removes a reaction.
	if (typeof request.emoji !== 'string' || (request.emoji !== '' && !isSingleEmoji(request.emoji))) {
		throw validationError(provider, 'emoji', `emoji "${String(request.emoji)}" must be a single emoji, or empty to remove the reaction`);
	}
}

export function validateMarkRead(provider: Provider, request: MarkReadRequest, needsIds: boolean): void {
	validateRecipient(provider, request.to);
	const ids = Array.isArray(request.messageIds) ? request.messageIds : [];
	if (needsIds && ids.length === 0)
		throw validationError(provider, 'messageIds', 'messageIds is required: give the id of the message to mark as read');
	ids.forEach((id, i) => requireText(provider, `messageIds[${i}]`, id));
}
