import { isRecord, nonEmptyString } from './fakeServer';

/** Validation of Cloud API send bodies. Returns Graph-style `error_data.details`, or undefined when valid. */

type Body = Record<string, unknown>;

export const MESSAGE_TYPES = [
	'audio',
	'contacts',
	'document',
	'image',
	'interactive',
	'location',
	'reaction',
	'sticker',
	'template',
	'text',
	'video',
];
const MEDIA_TYPES = new Set(['audio', 'document', 'image', 'sticker', 'video']);

const tooLong = (param: string, max: number) => `Param ${param} must be at most ${max} characters long.`;
const required = (param: string) => `The parameter ${param} is required.`;

function checkText(value: unknown, param: string, max: number, optional = false): string | undefined {
	if (value === undefined && optional) return undefined;
	if (!nonEmptyString(value)) return required(param);
	return value.length > max ? tooLong(param, max) : undefined;
}

export function validateMessage(body: Body): string | undefined {
	if (body.messaging_product === undefined) return required('messaging_product');
	if (body.messaging_product !== 'whatsapp')
		return `Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`;
	if (!nonEmptyString(body.to)) return required('to');
	// Graph defaults a missing type to text.
	const type = body.type ?? 'text';
	if (typeof type !== 'string' || !MESSAGE_TYPES.includes(type)) {
		return `Param type must be one of {${MESSAGE_TYPES.map((t) => t.toUpperCase()).join(', ')}} - got "${String(type)}".`;
	}
	if (body.context !== undefined && (!isRecord(body.context) || !nonEmptyString(body.context.message_id))) {
		return required("context['message_id']");
	}
	const payload = body[type];
	if (!isRecord(payload) && !(type === 'contacts' && Array.isArray(payload))) return required(type);
	if (MEDIA_TYPES.has(type)) return validateMedia(type, payload as Body);
	switch (type) {
		case 'text':
			return checkText((payload as Body).body, "text['body']", 4096);
		case 'interactive':
			return validateInteractive(payload as Body);
		case 'template':
			return validateTemplate(payload as Body);
		case 'reaction':
			if (!nonEmptyString((payload as Body).message_id)) return required("reaction['message_id']");
			// An empty emoji removes the reaction.
			return typeof (payload as Body).emoji === 'string' ? undefined : required("reaction['emoji']");
		case 'location': {
			const { latitude, longitude } = payload as Body;
			return Number.isFinite(Number(latitude)) && Number.isFinite(Number(longitude)) && latitude !== undefined && longitude !== undefined
				? undefined
				: required("location['latitude'] and location['longitude']");
		}
		default:
			return Array.isArray(payload) && payload.length > 0 ? undefined : required(type);
	}
}

function validateMedia(type: string, media: Body): string | undefined {
	const hasLink = nonEmptyString(media.link);
	const hasId = nonEmptyString(media.id);
	if (hasLink === hasId) return `Param ${type} must contain exactly one of 'id' or 'link'.`;
	if (hasLink && !/^https?:\/\//i.test(String(media.link))) return `Param ${type}['link'] is not a valid URI.`;
	if ((type === 'audio' || type === 'sticker') && media.caption !== undefined) return `Param ${type}['caption'] is not a valid parameter.`;
	return undefined;
}

function validateInteractive(interactive: Body): string | undefined {
	const kind = interactive.type;
	if (kind !== 'button' && kind !== 'list') {
		// Other interactive kinds (cta_url, flow, product...) are accepted without deep checks.
		return nonEmptyString(kind) ? undefined : required("interactive['type']");
	}
	const body = isRecord(interactive.body) ? interactive.body : {};
	const bodyError = checkText(body.text, "interactive['body']['text']", kind === 'button' ? 1024 : 4096);
	if (bodyError) return bodyError;
	if (interactive.footer !== undefined) {
		const footer = isRecord(interactive.footer) ? interactive.footer : {};
		const footerError = checkText(footer.text, "interactive['footer']['text']", 60);
		if (footerError) return footerError;
	}
	if (isRecord(interactive.header) && interactive.header.type === 'text') {
		const headerError = checkText(interactive.header.text, "interactive['header']['text']", 60);
		if (headerError) return headerError;
	}
	const action = isRecord(interactive.action) ? interactive.action : undefined;
	if (!action) return required("interactive['action']");
	return kind === 'button' ? validateButtons(action) : validateList(action);
}

function validateButtons(action: Body): string | undefined {
	const buttons = action.buttons;
	if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) {
		return "Param interactive['action']['buttons'] must contain at least 1 and at most 3 elements.";
	}
	const ids = new Set<string>();
	const titles = new Set<string>();
	for (const [i, button] of buttons.entries()) {
		const param = `interactive['action']['buttons'][${i}]`;
		if (!isRecord(button) || button.type !== 'reply' || !isRecord(button.reply)) return required(`${param}['reply']`);
		const error =
			checkText(button.reply.id, `${param}['reply']['id']`, 256) ?? checkText(button.reply.title, `${param}['reply']['title']`, 20);
		if (error) return error;
		const id = String(button.reply.id);
		const title = String(button.reply.title);
		if (ids.has(id)) return `Buttons ids must be unique: duplicate '${id}'.`;
		if (titles.has(title)) return `Buttons titles must be unique: duplicate '${title}'.`;
		ids.add(id);
		titles.add(title);
	}
	return undefined;
}

function validateList(action: Body): string | undefined {
	const buttonError = checkText(action.button, "interactive['action']['button']", 20);
	if (buttonError) return buttonError;
	const sections = action.sections;
	if (!Array.isArray(sections) || sections.length < 1 || sections.length > 10) {
		return "Param interactive['action']['sections'] must contain at least 1 and at most 10 elements.";
	}
	const rowIds = new Set<string>();
	let totalRows = 0;
	for (const [i, section] of sections.entries()) {
		const param = `interactive['action']['sections'][${i}]`;
		if (!isRecord(section)) return required(param);
		// A title is only mandatory when there is more than one section.
		const titleError = checkText(section.title, `${param}['title']`, 24, sections.length === 1);
		if (titleError) return titleError;
		const rows = section.rows;
		if (!Array.isArray(rows) || rows.length === 0) return required(`${param}['rows']`);
		totalRows += rows.length;
		for (const [j, row] of rows.entries()) {
			const rowParam = `${param}['rows'][${j}]`;
			if (!isRecord(row)) return required(rowParam);
			const error =
				checkText(row.id, `${rowParam}['id']`, 200) ??
				checkText(row.title, `${rowParam}['title']`, 24) ??
				checkText(row.description, `${rowParam}['description']`, 72, true);
			if (error) return error;
			if (rowIds.has(String(row.id))) return `Row ids must be unique: duplicate '${String(row.id)}'.`;
			rowIds.add(String(row.id));
		}
	}
	return totalRows > 10 ? `Total row count exceed max allowed count: 10 (got ${totalRows}).` : undefined;
}

function validateTemplate(template: Body): string | undefined {
	if (!nonEmptyString(template.name)) return required("template['name']");
	if (!isRecord(template.language) || !nonEmptyString(template.language.code)) return required("template['language']['code']");
	if (template.components !== undefined && !Array.isArray(template.components)) return "Param template['components'] must be an array.";
	return undefined;
}
