// HTML to plain text for ingestion: tags out, entities decoded, block elements as line breaks,
// script/style and comments dropped. A single forward scan with indexOf and bounded patterns only,
// so time is linear in the input whatever it contains (unclosed tags, comments or scripts end the
// scan instead of being searched for again and again). Not a sanitizer: the output is text for
// embedding, never rendered as HTML.

/** Elements whose content is not text a person reads. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select']);

/** Elements that start a new paragraph. */
const PARAGRAPH = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'aside',
	'nav',
	'blockquote',
	'pre',
	'table',
	'ul',
	'ol',
	'dl',
	'figure',
	'form',
	'fieldset',
	'address',
	'details',
	'hr',
	'title',
]);

/** Elements that start a new line. */
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'option', 'body', 'html', 'head']);

/** Elements between which a space is needed (table cells). */
const CELL = new Set(['td', 'th']);

const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9:-]{0,63})/;

// Named entities seen in pt-BR, es and en pages (Latin-1 letters and common punctuation).
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	shy: '',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	ordm: 'º',
	ordf: 'ª',
	sect: '§',
	para: '¶',
	middot: '·',
	bull: '•',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	euro: '€',
	pound: '£',
	cent: '¢',
	yen: '¥',
	times: '×',
	divide: '÷',
	plusmn: '±',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup1: '¹',
	sup2: '²',
	sup3: '³',
	micro: 'µ',
	iexcl: '¡',
	iquest: '¿',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	Agrave: 'À',
	Aacute: 'Á',
	Acirc: 'Â',
	Atilde: 'Ã',
	Auml: 'Ä',
	Aring: 'Å',
	AElig: 'Æ',
	Ccedil: 'Ç',
	Egrave: 'È',
	Eacute: 'É',
	Ecirc: 'Ê',
	Euml: 'Ë',
	Igrave: 'Ì',
	Iacute: 'Í',
	Icirc: 'Î',
	Iuml: 'Ï',
	Ntilde: 'Ñ',
	Ograve: 'Ò',
	Oacute: 'Ó',
	Ocirc: 'Ô',
	Otilde: 'Õ',
	Ouml: 'Ö',
	Oslash: 'Ø',
	Ugrave: 'Ù',
	Uacute: 'Ú',
	Ucirc: 'Û',
	Uuml: 'Ü',
	Yacute: 'Ý',
	szlig: 'ß',
	agrave: 'à',
	aacute: 'á',
	acirc: 'â',
	atilde: 'ã',
	auml: 'ä',
	aring: 'å',
	aelig: 'æ',
	ccedil: 'ç',
	egrave: 'è',
	eacute: 'é',
	ecirc: 'ê',
	euml: 'ë',
	igrave: 'ì',
	iacute: 'í',
	icirc: 'î',
	iuml: 'ï',
	ntilde: 'ñ',
	ograve: 'ò',
	oacute: 'ó',
	ocirc: 'ô',
	otilde: 'õ',
	ouml: 'ö',
	oslash: 'ø',
	ugrave: 'ù',
	uacute: 'ú',
	ucirc: 'û',
	uuml: 'ü',
	yacute: 'ý',
	yuml: 'ÿ',
};

// Bounded repetitions only: no backtracking blow-up on "&&&&…" or "&#####…".
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
	return String.fromCodePoint(code);
}

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
		if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
		if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
		return NAMED[name!] ?? whole;
	});
}

/** Text, or a number of line breaks (1: new line, 2: new paragraph). */
type Piece = string | 1 | 2;

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xa0;
}

/** Joins text and breaks: white space runs become one space, at most one blank line in a row. */
function assemble(pieces: Piece[]): string {
	const out: string[] = [];
	let pendingSpace = false;
	let pendingBreaks = 0;
	for (const piece of pieces) {
		if (typeof piece === 'number') {
			pendingBreaks = Math.max(pendingBreaks, piece);
			pendingSpace = false;
			continue;
		}
		let at = 0;
		while (at < piece.length) {
			if (isSpace(piece.charCodeAt(at))) {
				if (pendingBreaks === 0) pendingSpace = true;
				at++;
				continue;
			}
			let end = at + 1;
			while (end < piece.length && !isSpace(piece.charCodeAt(end))) end++;
			if (out.length > 0) {
				if (pendingBreaks > 0) out.push('\n'.repeat(pendingBreaks));
				else if (pendingSpace) out.push(' ');
			}
			pendingBreaks = 0;
			pendingSpace = false;
			out.push(piece.slice(at, end));
			at = end;
		}
	}
	return out.join('');
}

/** Plain text of an HTML document or fragment. */
export function stripHtml(html: string): string {
	const pieces: Piece[] = [];
	const text = (raw: string) => {
		if (raw !== '') pieces.push(decodeEntities(raw));
	};
	let at = 0; // where scanning goes on
	let textFrom = 0; // start of text not yet taken
	while (at < html.length) {
		const lt = html.indexOf('<', at);
		if (lt < 0) break;
		const next = html.charAt(lt + 1);
		if (!/[a-zA-Z/!?]/.test(next)) {
			// "a < b", "<3": a literal less-than sign, part of the text
			at = lt + 1;
			continue;
		}
		text(html.slice(textFrom, lt));
		textFrom = html.length; // whatever happens below decides where text resumes
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			if (close < 0) break; // an unclosed comment hides the rest, as in a browser
			at = textFrom = close + 3;
			continue;
		}
		if (html.startsWith('<![CDATA[', lt)) {
			const close = html.indexOf(']]>', lt + 9);
			pieces.push(html.slice(lt + 9, close < 0 ? html.length : close));
			if (close < 0) break;
			at = textFrom = close + 3;
			continue;
		}
		const gt = html.indexOf('>', lt + 1);
		if (gt < 0) {
			// No tag ever closes after this point: the rest is text.
			textFrom = lt;
			break;
		}
		at = textFrom = gt + 1;
		const match = TAG_NAME.exec(html.slice(lt + 1, Math.min(gt, lt + 67)));
		if (!match) continue; // <!DOCTYPE …>, <?xml …?>, </ >
		const name = match[1].toLowerCase();
		const closing = match[0].startsWith('/');
		const selfClosing = html.charAt(gt - 1) === '/';
		if (!closing && !selfClosing && SKIPPED.has(name)) {
			// Skip to the matching end tag; none means the rest is not text either.
			const end = new RegExp(`</${name}(?![a-zA-Z0-9:-])`, 'gi');
			end.lastIndex = at;
			const found = end.exec(html);
			const endGt = found ? html.indexOf('>', found.index) : -1;
			if (endGt < 0) {
				textFrom = html.length;
				break;
			}
			at = textFrom = endGt + 1;
			continue;
		}
		if (PARAGRAPH.has(name)) pieces.push(2);
		else if (LINE.has(name)) pieces.push(1);
		else if (CELL.has(name)) pieces.push(' ');
	}
	text(html.slice(textFrom));
	return assemble(pieces);
}
