import { decodeEntities, stripHtml } from '../../../nodes/KnowledgeBase/html';

describe('stripHtml', () => {
	it('keeps the text of a clinic page, with paragraphs and lines', () => {
		const html = `<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Preparo de exames</title>
<style>body { font-family: sans-serif } p > b { color: red }</style>
<script>var x = "<p>não é texto</p>"; if (a < b && c > d) {}</script></head>
<body>
  <h1>Preparo para exame de sangue</h1>
  <p>Jejum de <b>8 horas</b> para glicemia.
     Água pode.</p>
  <!-- <p>comentário escondido</p> -->
  <ul><li>Não tome café</li><li>Evite álcool 72&nbsp;h antes</li></ul>
  <table><tr><th>Exame</th><th>Preço</th></tr><tr><td>Hemograma</td><td>R&#36; 25,00</td></tr></table>
  <p>Dúvidas? Fale com a recepção&hellip;<br>Tel.: (81) 3333-0000</p>
</body></html>`;
		expect(stripHtml(html)).toBe(
			[
				'Preparo de exames',
				'',
				'Preparo para exame de sangue',
				'',
				'Jejum de 8 horas para glicemia. Água pode.',
				'',
				'Não tome café',
				'Evite álcool 72 h antes',
				'',
				'Exame Preço',
				'Hemograma R$ 25,00',
				'',
				'Dúvidas? Fale com a recepção…',
				'Tel.: (81) 3333-0000',
			].join('\n'),
		);
	});

	it('decodes named, decimal and hex entities, pt-BR letters included', () => {
		expect(decodeEntities('Cl&iacute;nica S&atilde;o Jos&eacute; &amp; Cia &#8211; &#x1F436; &ccedil;&Ccedil;')).toBe(
			'Clínica São José & Cia – 🐶 çÇ',
		);
		expect(decodeEntities('&unknown; &amp &#0; &#xD800; &#99999999;')).toBe('&unknown; &amp \uFFFD \uFFFD &#99999999;');
	});

	it('treats a lone < as text', () => {
		expect(stripHtml('a < b e 3 <4 <3')).toBe('a < b e 3 <4 <3');
	});

	it('drops script, style, svg and template content, and comments, case-insensitively', () => {
		expect(stripHtml('a<SCRIPT type="x">alert(1)</Script >b<svg><text>no</text></svg>c<template><p>t</p></template>d<!--x-->e')).toBe(
			'abcde',
		);
	});

	it('does not end a script at a longer tag name', () => {
		expect(stripHtml('<script>x</scripts>y</script>z')).toBe('z');
	});

	it('keeps CDATA as text', () => {
		expect(stripHtml('a<![CDATA[ 1 < 2 ]]>b')).toBe('a 1 < 2 b');
	});

	it('treats what follows an unclosed tag as text, and hides what follows an unclosed comment or script', () => {
		expect(stripHtml('<p>ok</p><a href="x')).toBe('ok\n\n<a href="x');
		expect(stripHtml('ok<!-- never closed <p>hidden</p>')).toBe('ok');
		expect(stripHtml('ok<script>never closed')).toBe('ok');
	});

	it('is empty for markup without text', () => {
		expect(stripHtml('<div><br/><img src="x.png"></div>')).toBe('');
		expect(stripHtml('')).toBe('');
	});
});

describe('stripHtml under adversarial input (100k characters)', () => {
	const N = 100_000;
	const repeat = (unit: string, length = N) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
	const cases: [string, (length: number) => string][] = [
		['"<" repeated', (n) => repeat('<', n)],
		['"<a" repeated (tags never closed)', (n) => repeat('<a', n)],
		['"<!--" repeated', (n) => repeat('<!--', n)],
		['"<script>" repeated, never closed', (n) => repeat('<script>', n)],
		['"<script></script" repeated (end tags without ">")', (n) => `<script>${repeat('</script', n)}`],
		['"<style>x</style" repeated', (n) => repeat('<style>x</style', n)],
		['"<![CDATA[" repeated', (n) => repeat('<![CDATA[', n)],
		['"&" repeated', (n) => repeat('&', n)],
		['"&#" repeated', (n) => repeat('&#', n)],
		['"&#x1" repeated', (n) => repeat('&#x1', n)],
		['"&amp" without ";" repeated', (n) => repeat('&amp', n)],
		['a long entity name', (n) => `&${repeat('a', n)};`],
		['"<p>" repeated', (n) => repeat('<p>', n)],
		['"</" repeated', (n) => repeat('</', n)],
		['"<a title=\\"" repeated', (n) => repeat('<a title="', n)],
		['spaces then text', (n) => `${repeat(' ', n)}x`],
		['"<b>x</b> " repeated', (n) => repeat('<b>x</b> ', n)],
		['nested divs', (n) => repeat('<div>', n / 2) + repeat('</div>', n / 2)],
	];

	const time = (input: string): number => {
		const start = process.hrtime.bigint();
		stripHtml(input);
		return Number(process.hrtime.bigint() - start) / 1e6;
	};

	it.each(cases)('%s: fast, and linear (10x the input, about 10x the time)', (_name, make) => {
		const small = make(N);
		const large = make(10 * N);
		time(small); // warm up
		const smallMs = Math.min(time(small), time(small), time(small));
		const largeMs = Math.min(time(large), time(large), time(large));
		expect(smallMs).toBeLessThan(250);
		// Quadratic would be 100x; linear is 10x, plus allocation and GC noise on timings of a few ms.
		expect(largeMs / Math.max(smallMs, 5)).toBeLessThan(40);
	});

	it('gives sensible text for them', () => {
		expect(stripHtml(repeat('<a', 10))).toBe('<a<a<a<a<a');
		expect(stripHtml(repeat('&', 5))).toBe('&&&&&');
		expect(stripHtml(`${repeat(' ', 1000)}x`)).toBe('x');
		expect(stripHtml(repeat('<b>x</b> ', 27))).toBe('x x x');
	});
});
