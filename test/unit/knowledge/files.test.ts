import { KnowledgeBaseError } from '../../../nodes/KnowledgeBase/errors';
import { formatOf, textFromFile, type FileInput } from '../../../nodes/KnowledgeBase/files';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function refusal(file: FileInput): string {
	try {
		textFromFile(file);
	} catch (error) {
		expect(error).toBeInstanceOf(KnowledgeBaseError);
		expect((error as KnowledgeBaseError).kind).toBe('invalid_input');
		return (error as Error).message;
	}
	throw new Error('accepted');
}

describe('text from files', () => {
	it.each([
		['faq.txt', 'text/plain', 'text'],
		['faq.md', 'text/markdown', 'markdown'],
		['precos.csv', 'text/csv', 'csv'],
		['faq.json', 'application/json', 'json'],
	])('reads %s as text', (fileName, mimeType, format) => {
		const text = 'Jejum de 8 horas.\r\nÁgua pode; café não.';
		expect(textFromFile({ data: utf8(text), fileName, mimeType })).toEqual({
			text: 'Jejum de 8 horas.\nÁgua pode; café não.',
			format,
			encoding: 'utf-8',
		});
	});

	it('strips html', () => {
		const result = textFromFile({ data: utf8('<h1>Convênios</h1><p>Unimed &amp; Amil</p>'), fileName: 'convenios.html' });
		expect(result).toMatchObject({ text: 'Convênios\n\nUnimed & Amil', format: 'html' });
	});

	it('recognises html by its content when the name and type say nothing', () => {
		expect(textFromFile({ data: utf8('<!DOCTYPE html><p>Oi</p>') }).format).toBe('html');
		expect(textFromFile({ data: utf8('Oi <b>não</b> é html') }).format).toBe('text');
	});

	it('takes the MIME type when the name has no known extension', () => {
		expect(formatOf('export', 'text/html; charset=utf-8')).toBe('html');
		expect(formatOf('notes', 'text/x-anything')).toBe('text');
		expect(formatOf(undefined, 'application/octet-stream')).toBeUndefined();
	});

	it('drops a UTF-8 byte order mark and reads UTF-16 with one', () => {
		expect(textFromFile({ data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('olá')]), fileName: 'a.txt' }).text).toBe('olá');
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('preço, não', 'utf16le')]);
		expect(textFromFile({ data: utf16, fileName: 'planilha.csv' })).toMatchObject({ text: 'preço, não', encoding: 'utf-16le' });
	});

	it('reads a Windows-1252 sheet exported in Brazil', () => {
		const latin1 = Buffer.from('Exame;Preço\nUltrassom abdominal;R$ 220,00\nÁgua;não', 'latin1');
		expect(textFromFile({ data: latin1, fileName: 'precos.csv' })).toEqual({
			text: 'Exame;Preço\nUltrassom abdominal;R$ 220,00\nÁgua;não',
			format: 'csv',
			encoding: 'windows-1252',
		});
	});

	it('accepts text already decoded', () => {
		expect(textFromFile({ data: '<p>oi</p>', fileName: 'x.htm' })).toEqual({ text: 'oi', format: 'html', encoding: 'string' });
	});

	it.each([
		[
			{ data: utf8('%PDF-1.7\n...'), fileName: 'faq.pdf', mimeType: 'application/pdf' },
			/"faq\.pdf" is a PDF.*\.txt, \.md, \.csv, \.json and \.html/,
		],
		[{ data: utf8('%PDF-1.7\n...'), fileName: 'faq.txt' }, /is a PDF/], // renamed: the content tells
		[{ data: utf8('%PDF-1.4'), mimeType: 'application/octet-stream' }, /The file is a PDF/],
		[{ data: utf8('x'), mimeType: 'application/pdf' }, /is a PDF/],
		[{ data: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), fileName: 'faq.dat' }, /ZIP or Office/],
		[{ data: utf8('x'), fileName: 'faq.docx' }, /Word document/],
		[{ data: utf8('x'), fileName: 'tabela.XLSX' }, /Excel sheet/],
		[{ data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), fileName: 'foto' }, /an image/],
		[{ data: utf8('x'), mimeType: 'audio/ogg; codecs=opus' }, /audio file/],
		[{ data: Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), fileName: 'data.bin' }, /binary data/],
		[{ data: '%PDF-1.5 ...', fileName: 'x' }, /is a PDF/],
	])('refuses %#: what it cannot read, saying what to do', (file, message) => {
		const text = refusal(file as FileInput);
		expect(text).toMatch(message);
		expect(text).toMatch(/Copy the text into a \.txt file/);
	});

	it('refuses files above 20 MB', () => {
		expect(refusal({ data: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61), fileName: 'big.txt' })).toMatch(/larger than 20 MB/);
	});
});
