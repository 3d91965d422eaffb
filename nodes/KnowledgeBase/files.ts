// Text out of uploaded files (n8n binary data): txt, md, csv, tsv and json are read as text, html
// has its tags stripped, and files that are not text (PDF, Office, images, archives) are refused
// with a message that says what to do, whatever name or type they arrive with.
import { invalidInput } from './errors';
import { stripHtml } from './html';

export type TextFormat = 'text' | 'markdown' | 'csv' | 'json' | 'html';

export interface FileInput {
	data: Uint8Array | string;
	fileName?: string;
	mimeType?: string;
}

export interface FileText {
	text: string;
	format: TextFormat;
	/** How the bytes were read. */
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'string';
}

/** 20 MB: far more than any FAQ; beyond it the file is almost certainly not one. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Record<string, TextFormat> = {
	txt: 'text',
	text: 'text',
	log: 'text',
	md: 'markdown',
	markdown: 'markdown',
	csv: 'csv',
	tsv: 'csv',
	json: 'json',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
};

const FORMAT_BY_MIME: Record<string, TextFormat> = {
	'text/plain': 'text',
	'text/markdown': 'markdown',
	'text/x-markdown': 'markdown',
	'text/csv': 'csv',
	'text/tab-separated-values': 'csv',
	'application/csv': 'csv',
	'application/json': 'json',
	'text/json': 'json',
	'text/html': 'html',
	'application/xhtml+xml': 'html',
};

// What people try to upload instead of text, by extension, with a name for the message.
const UNREADABLE_EXTENSIONS: Record<string, string> = {
	pdf: 'a PDF',
	doc: 'a Word document',
	docx: 'a Word document',
	odt: 'an OpenDocument text',
	rtf: 'an RTF document',
	xls: 'an Excel sheet',
	xlsx: 'an Excel sheet',
	ods: 'an OpenDocument sheet',
	ppt: 'a PowerPoint file',
	pptx: 'a PowerPoint file',
	zip: 'a ZIP archive',
	rar: 'a RAR archive',
	'7z': 'a 7-Zip archive',
	gz: 'a compressed file',
	png: 'an image',
	jpg: 'an image',
	jpeg: 'an image',
	gif: 'an image',
	webp: 'an image',
	heic: 'an image',
	bmp: 'an image',
	mp3: 'an audio file',
	ogg: 'an audio file',
	opus: 'an audio file',
	m4a: 'an audio file',
	wav: 'an audio file',
	mp4: 'a video',
	mov: 'a video',
	webm: 'a video',
	epub: 'an e-book',
};

function unreadableMime(mime: string): string | undefined {
	if (mime === 'application/pdf') return 'a PDF';
	if (mime.startsWith('image/')) return 'an image';
	if (mime.startsWith('audio/')) return 'an audio file';
	if (mime.startsWith('video/')) return 'a video';
	if (mime.includes('officedocument') || mime === 'application/msword' || mime.includes('opendocument')) return 'an Office document';
	if (mime === 'application/zip' || mime === 'application/x-zip-compressed' || mime === 'application/gzip') return 'an archive';
	return undefined;
}

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
	return signature.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say the file is, when it is a known non-text kind. */
function unreadableMagic(bytes: Uint8Array): string | undefined {
	if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF'; // %PDF-
	if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'a ZIP or Office file'; // PK..
	if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'an image'; // PNG
	if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'an image'; // JPEG
	if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'an image'; // GIF8
	if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office document'; // OLE2 (doc, xls)
	if (startsWith(bytes, 0x1f, 0x8b)) return 'a compressed file'; // gzip
	if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF document'; // {\rtf
	return undefined;
}

function extensionOf(fileName: string | undefined): string {
	const match = /\.([a-zA-Z0-9]{1,10})$/.exec(fileName ?? '');
	return match ? match[1].toLowerCase() : '';
}

function refuse(label: string, kind: string): never {
	throw invalidInput(
		`${label} is ${kind}, which the Knowledge Base cannot read. It reads text files: .txt, .md, .csv, .json and .html. ` +
			'Copy the text into a .txt file (or export it as text) and ingest that.',
	);
}

function decode(bytes: Uint8Array): { text: string; encoding: FileText['encoding'] } {
	if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not UTF-8: most likely a sheet or text saved by Windows in Brazil (Windows-1252/Latin-1).
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

/** The format by file name first, then MIME type; undefined when neither says. */
export function formatOf(fileName?: string, mimeType?: string): TextFormat | undefined {
	const byName = FORMAT_BY_EXTENSION[extensionOf(fileName)];
	if (byName) return byName;
	const mime = (mimeType ?? '').split(';')[0].trim().toLowerCase();
	return FORMAT_BY_MIME[mime] ?? (mime.startsWith('text/') ? 'text' : undefined);
}

/**
 * The text of a file, ready to chunk: html without tags, line ends as \n. Refuses PDF, Office
 * files, images, audio, archives (by name, type or content) and anything that does not look like
 * text, with KnowledgeBaseError('invalid_input').
 */
export function textFromFile(file: FileInput): FileText {
	const label = file.fileName ? `File "${file.fileName}"` : 'The file';
	const extension = extensionOf(file.fileName);
	const mime = (file.mimeType ?? '').split(';')[0].trim().toLowerCase();
	const named = UNREADABLE_EXTENSIONS[extension] ?? unreadableMime(mime);
	if (named) refuse(label, named);
	let text: string;
	let encoding: FileText['encoding'];
	if (typeof file.data === 'string') {
		if (file.data.startsWith('%PDF-')) refuse(label, 'a PDF');
		text = file.data;
		encoding = 'string';
	} else {
		const bytes = file.data;
		if (bytes.length > MAX_FILE_BYTES)
			throw invalidInput(`${label} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into smaller text files`);
		const magic = unreadableMagic(bytes);
		if (magic) refuse(label, magic);
		const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
		if (!utf16 && bytes.subarray(0, 8192).includes(0)) refuse(label, 'binary data (not text)');
		({ text, encoding } = decode(bytes));
	}
	const format =
		formatOf(file.fileName, file.mimeType) ?? (/^\s*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024)) ? 'html' : 'text');
	const normalized = text.replace(/\r\n?/g, '\n');
	return { text: format === 'html' ? stripHtml(normalized) : normalized, format, encoding };
}
