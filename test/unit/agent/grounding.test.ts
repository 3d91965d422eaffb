import { Evidence, findUngrounded, scanText, type GroundingContext } from '../../../nodes/GeminiAgent/grounding';

// Sunday 2030-03-03, noon in São Paulo: "amanhã" is Monday 2030-03-04.
const pt: GroundingContext = { now: new Date('2030-03-03T12:00:00-03:00'), timeZone: 'America/Sao_Paulo', language: 'pt' };
const es: GroundingContext = { ...pt, language: 'es' };
const en: GroundingContext = { ...pt, language: 'en' };

const times = (text: string, ctx = pt) => scanText(text, ctx).times.map((t) => t.minutes);
const dates = (text: string, ctx = pt) => scanText(text, ctx).dates.map((d) => d.dates.map((x) => `${x.year}-${x.month}-${x.day}`));
const check = (reply: string, sources: string[], ctx = pt) => {
	const evidence = new Evidence(ctx);
	for (const source of sources) evidence.add(source);
	return findUngrounded(reply, evidence, ctx).map((v) => `${v.kind}:${v.text}`);
};
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('time mentions', () => {
	it('reads Portuguese clock times', () => {
		expect(times('às 14h30')).toEqual([[h(14, 30)]]);
		expect(times('14h')).toEqual([[h(14)]]);
		expect(times('14:30')).toEqual([[h(14, 30)]]);
		expect(times('10:30h')).toEqual([[h(10, 30)]]);
		expect(times('14h30min')).toEqual([[h(14, 30)]]);
		expect(times('9h')).toEqual([[h(9), h(21)]]);
		expect(times('09h')).toEqual([[h(9)]]);
		expect(times('às 9')).toEqual([[h(9), h(21)]]);
		expect(times('às 2 da tarde')).toEqual([[h(14)]]);
		expect(times('9 da manhã, pode ser?')).toEqual([[h(9)]]);
		expect(times('8 da noite')).toEqual([[h(20)]]);
		expect(times('ao meio-dia')).toEqual([[h(12)]]);
		expect(times('das 8 às 18')).toEqual([[h(8), h(20)], [h(18)]]);
	});

	it('reads English and Spanish clock times', () => {
		expect(times('at 2:30 pm', en)).toEqual([[h(14, 30)]]);
		expect(times('2pm', en)).toEqual([[h(14)]]);
		expect(times('9 a.m.', en)).toEqual([[h(9)]]);
		expect(times('12 am', en)).toEqual([[h(0)]]);
		expect(times('at 9, is that ok?', en)).toEqual([[h(9), h(21)]]);
		expect(times("at 10 o'clock", en)).toEqual([[h(10), h(22)]]);
		expect(times('a las 9 de la mañana', es)).toEqual([[h(9)]]);
		expect(times('a las 3 de la tarde', es)).toEqual([[h(15)]]);
		expect(times('a la 1', es)).toEqual([[h(1), h(13)]]);
		expect(times('mediodía', es)).toEqual([[h(12)]]);
	});

	it('does not read counts, durations, prices or "24h" as times of day', () => {
		expect(times('as 3 opções')).toEqual([]);
		expect(times('temos 2 horários')).toEqual([]);
		expect(times('jejum de 8h')).toEqual([]);
		expect(times('tomar a cada 8h')).toEqual([]);
		expect(times('cancele com 2h de antecedência')).toEqual([]);
		expect(times('durante 3h')).toEqual([]);
		expect(times('atendimento 24h')).toEqual([]);
		expect(times('R$ 150,00 ou 9.30')).toEqual([]);
		expect(times('5 horas')).toEqual([]);
		expect(times('at 3 locations', en)).toEqual([]);
	});
});

describe('date mentions', () => {
	it('reads written dates in the three languages', () => {
		expect(dates('dia 04/03')).toEqual([['2030-3-4']]);
		expect(dates('04/03/2030')).toEqual([['2030-3-4']]);
		expect(dates('04.03.2030')).toEqual([['2030-3-4']]);
		expect(dates('5 de março')).toEqual([['2030-3-5']]);
		expect(dates('5 de set.')).toEqual([['2030-9-5']]);
		expect(dates('10 de marzo', es)).toEqual([['2030-3-10']]);
		expect(dates('March 5th', en)).toEqual([['2030-3-5']]);
		expect(dates('5 March 2031', en)).toEqual([['2031-3-5']]);
		expect(dates('2030-03-04T09:00:00-03:00')).toEqual([['2030-3-4']]);
		// English numeric dates may be month first.
		expect(dates('03/04', en)).toEqual([['2030-4-3', '2030-3-4']]);
	});

	it('reads "amanhã", "mañana", "tomorrow", "depois de amanhã" against the clinic clock', () => {
		expect(dates('amanhã às 9')).toEqual([['2030-3-4']]);
		expect(dates('depois de amanhã')).toEqual([['2030-3-5']]);
		expect(dates('hoje')).toEqual([['2030-3-3']]);
		expect(dates('mañana a las 9', es)).toEqual([['2030-3-4']]);
		expect(dates('pasado mañana', es)).toEqual([['2030-3-5']]);
		expect(dates('tomorrow at 9', en)).toEqual([['2030-3-4']]);
		expect(dates('the day after tomorrow', en)).toEqual([['2030-3-5']]);
		// "por la mañana" is the morning.
		expect(dates('por la mañana', es)).toEqual([]);
	});

	it('does not read fractions, phone numbers or "3 out of 5" as dates', () => {
		expect(dates('tome 1/2 comprimido')).toEqual([]);
		expect(dates('ligue (11) 3333-4444')).toEqual([]);
		expect(dates('3 out of 5', en)).toEqual([]);
		expect(dates('1 mar de gente')).toEqual([]);
	});

	it('reads weekdays, but not Portuguese ordinals', () => {
		const weekdays = (text: string, ctx = pt) => scanText(text, ctx).weekdays.map((w) => w.weekday);
		expect(weekdays('na segunda às 10h')).toEqual([1]);
		expect(weekdays('segunda-feira')).toEqual([1]);
		expect(weekdays('de segunda a sexta')).toEqual([1, 5]);
		expect(scanText('de segunda a sexta', pt).rangeWeekdays).toEqual([1, 2, 3, 4, 5]);
		expect(weekdays('aos sábados')).toEqual([6]);
		expect(weekdays('a segunda opção é melhor')).toEqual([]);
		expect(weekdays('pela segunda vez')).toEqual([1]); // a known over-reading: only matters next to a time
		expect(weekdays('el lunes', es)).toEqual([1]);
		expect(weekdays('on Friday', en)).toEqual([5]);
	});
});

describe('links', () => {
	it('finds URLs with and without a scheme and e-mail addresses, normalised', () => {
		const scan = scanText(
			'Agende em https://www.Clinica.com.br/agenda/. Ou clinica.com.br, wa.me/5511999990000 e (bit.ly/abc). Escreva para Contato@Clinica.com.br',
			pt,
		);
		expect(scan.urls).toEqual(['clinica.com.br/agenda', 'clinica.com.br', 'wa.me/5511999990000', 'bit.ly/abc']);
		expect(scan.emails).toEqual(['contato@clinica.com.br']);
	});

	it('does not take abbreviations, prices or file names for links', () => {
		expect(scanText('Dr.Ana, e.g. R$1.500,00, foto.png, 9.30, Sr. João', pt).urls).toEqual([]);
	});
});

describe('grounding check', () => {
	const slotLabel = 'segunda-feira, 04/03/2030, 09:00';
	const slotIso = '2030-03-04T09:00:00-03:00';

	it('lets the reply repeat times, dates and links the sources gave', () => {
		expect(check('Tenho amanhã às 9h com a Dra. Ana. Confirma?', [slotLabel, slotIso])).toEqual([]);
		expect(check('Tenho segunda (04/03) às 09:00.', [slotLabel])).toEqual([]);
		expect(check('Atendemos de segunda a sexta, das 8h às 18h.', ['Horário: segunda a sexta, 8h às 18h'])).toEqual([]);
		expect(check('Agende pelo link clinica.com.br/agenda', ['Link de agendamento: https://clinica.com.br/agenda?src=wa'])).toEqual([]);
		expect(check('Nosso site: clinica.com.br', ['https://www.clinica.com.br/agenda'])).toEqual([]);
		expect(check('Sure, tomorrow at 9 am works.', ['Monday, 03/04/2030, 09:00'], en)).toEqual([]);
		expect(check('Sí, mañana a las 9 de la mañana.', ['lunes, 04/03/2030, 09:00'], es)).toEqual([]);
	});

	it('lets the reply repeat what the person asked', () => {
		expect(check('Amanhã às 15h não tenho vaga, desculpe.', ['Tem horário amanhã às 15h?'])).toEqual([]);
	});

	it('flags invented times in pt, es and en formats', () => {
		expect(check('Posso te encaixar às 14h30.', [slotLabel])).toEqual(['time:14h30']);
		expect(check('How about 2:30 pm?', [slotLabel], en)).toEqual(['time:2:30 pm']);
		expect(check('¿Te sirve a las 4 de la tarde?', [slotLabel], es)).toEqual(['time:a las 4 de la tarde']);
	});

	it('flags "amanhã às 9" when the 9:00 slot is on another day', () => {
		const wednesday = ['quarta-feira, 06/03/2030, 09:00', '2030-03-06T09:00:00-03:00'];
		expect(check('Tenho amanhã às 9', wednesday)).toEqual(['date_time:amanha as 9']);
		expect(check('Tenho quarta às 9h', wednesday)).toEqual([]);
		expect(check('Tenho sexta às 9h', wednesday)).toEqual(['weekday:sexta']);
	});

	it('flags invented dates and links', () => {
		expect(check('Sua consulta é dia 10/03.', [slotLabel])).toEqual(['date:10/03']);
		expect(check('Veja https://clinica-falsa.com/promo', ['https://clinica.com.br'])).toEqual(['url:clinica-falsa.com/promo']);
		expect(check('Acesse clinica.com.br/agenda/extra', ['clinica.com.br/agenda'])).toEqual(['url:clinica.com.br/agenda/extra']);
		expect(check('Escreva para vendas@clinica.com.br', ['contato@clinica.com.br'])).toEqual(['email:vendas@clinica.com.br']);
	});

	it("takes tool results string by string, so a day is not paired with another slot's time", () => {
		const evidence = new Evidence(pt).addValue({
			options: [
				{ option: 1, when: 'segunda-feira, 04/03/2030, 09:00', start: '2030-03-04T09:00:00-03:00' },
				{ option: 2, when: 'terça-feira, 05/03/2030, 10:00', start: '2030-03-05T10:00:00-03:00' },
			],
		});
		expect(findUngrounded('Opção 1: segunda 04/03 às 9h; opção 2: terça 05/03 às 10h.', evidence, pt)).toEqual([]);
		expect(findUngrounded('Tenho 04/03 às 10h.', evidence, pt).map((v) => v.kind)).toEqual(['date_time']);
	});

	it('scans hostile input in linear time', () => {
		const hostile = [
			'1'.repeat(100_000),
			'a.'.repeat(50_000),
			'as 1 '.repeat(20_000),
			'9h'.repeat(50_000),
			'segunda a '.repeat(10_000),
			`${'x'.repeat(100_000)}.com`,
			'1/'.repeat(50_000),
		];
		for (const text of hostile) {
			const started = Date.now();
			findUngrounded(text, new Evidence(pt).add(text), pt);
			expect(Date.now() - started).toBeLessThan(1_500);
		}
	});
});
