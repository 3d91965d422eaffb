import { detectPriceObjection } from '../../../nodes/CartRecovery/priceObjection';

// Price objections in pt/es/en, and the look-alikes that must not unlock the discount link.
describe('detectPriceObjection', () => {
	it.each([
		// Portuguese
		['caro', 'pt'],
		['Caro!', 'pt'],
		['muito caro', 'pt'],
		['MUITO CARO!!!', 'pt'],
		['tá caro demais', 'pt'],
		['ta caro', 'pt'],
		['achei caro', 'pt'],
		['é caro?', 'pt'],
		['caro pra mim', 'pt'],
		['mt caro', 'pt'],
		['caaaaro', 'pt'],
		['caríssimo!', 'pt'],
		['ainda caro', 'pt'],
		['a camiseta é cara', 'pt'],
		['muito cara', 'pt'],
		['cara demais', 'pt'],
		['ficou salgado', 'pt'],
		['tá puxado', 'pt'],
		['não tenho dinheiro agora', 'pt'],
		['n tenho dinheiro', 'pt'],
		['naum tenho grana', 'pt'],
		['to sem grana', 'pt'],
		['não cabe no meu orçamento', 'pt'],
		['desconto?', 'pt'],
		['DESCONTO???', 'pt'],
		['tem desconto?', 'pt'],
		['não tem desconto não?', 'pt'],
		['tem cupom?', 'pt'],
		['não é barato né', 'pt'],
		['o preço no site é caro', 'pt'],
		['Não sei, mas achei caro', 'pt'],
		['não sei se compro, tá caro', 'pt'],
		// Spanish
		['es muy caro', 'es'],
		['está caro', 'pt'],
		['carísimo', 'es'],
		['no tengo dinero', 'es'],
		['¿hay algún descuento?', 'es'],
		['no me alcanza', 'es'],
		['es muy costoso', 'es'],
		['¿tienen un cupón?', 'es'],
		// English
		['too expensive', 'en'],
		['It is expensive', 'en'],
		['so expensive!', 'en'],
		["can't afford it", 'en'],
		["I don't have the money", 'en'],
		['any discount?', 'en'],
		['do you have a coupon?', 'en'],
		['pricey', 'en'],
		['is there anything cheaper?', 'en'],
		['is there no discount?', 'en'],
	])('%j is an objection', (text, language) => {
		expect(detectPriceObjection(text)).toMatchObject({ objection: true, language });
	});

	it.each([
		// Look-alikes
		'carro',
		'meu carro quebrou',
		'caroço',
		'carinho',
		'cara, quero comprar',
		'Caro João, quero comprar',
		'Cara, que legal',
		'caro amigo, obrigado',
		'inexpensive',
		'descontar o cheque',
		'discounted shipping was nice',
		// Negated
		'não é caro',
		'não achei caro',
		'não é tão caro',
		'nada caro',
		'no es caro',
		'not expensive',
		'it is not too expensive',
		"isn't expensive at all",
		'não quero desconto, só o link',
		"I don't need a discount",
		'no necesito descuento',
		// Ordinary replies
		'barato',
		'achei barato',
		'qual o preço?',
		'quero comprar',
		'ok, vou pagar',
		'obrigado',
		'',
	])('%j is not', (text) => {
		expect(detectPriceObjection(text)).toEqual({ objection: false });
	});

	it('names the words that decided', () => {
		expect(detectPriceObjection('tá caro demais')).toEqual({ objection: true, matched: 'esta caro demais', language: 'pt' });
		expect(detectPriceObjection('Tem DESCONTO?')).toEqual({ objection: true, matched: 'desconto', language: 'pt' });
		expect(detectPriceObjection('não tenho dinheiro')).toEqual({ objection: true, matched: 'nao tenho dinheiro', language: 'pt' });
	});

	it('reads a long message in linear time and only its first 2,000 characters', () => {
		const long = `${'a '.repeat(5_000)}muito caro`;
		const started = performance.now();
		expect(detectPriceObjection(long)).toEqual({ objection: false });
		expect(performance.now() - started).toBeLessThan(500);
		expect(detectPriceObjection(`muito caro ${'a '.repeat(5_000)}`).objection).toBe(true);
	});
});
