// Numbers that say how bad things are: a count of ten or more ("tomei 40 comprimidos", "like 20
// pills"), a temperature ("38,5", "temp 39", "100.4F", "35,7 e fríito") and a blood pressure
// ("17 por 11", "160/110"). Each becomes a concept that red-flag rules can require:
// "@count:many", "@temp:fever" (38 °C or more), "@temp:high" (39 °C or more), "@temp:low" (under
// 36 °C), "@temp:normal" (36 to 37.5 °C, which says a "temperatura" next to it is no fever) and
// "@bp:high" (140/90 or more, or "14 por 9" as Brazilians write it).

export const MEASURES = ['@count:many', '@temp:fever', '@temp:high', '@temp:low', '@temp:normal', '@bp:high'] as const;
export type Measure = (typeof MEASURES)[number];

export interface MeasureHit {
	measure: Measure;
	/** Word indexes in the message (end exclusive). */
	start: number;
	end: number;
}

const LARGE_NUMBER_WORDS = new Set([
	'dez',
	'doze',
	'quinze',
	'vinte',
	'trinta',
	'quarenta',
	'cinquenta',
	'cem',
	'diez',
	'doce',
	'quince',
	'veinte',
	'treinta',
	'cuarenta',
	'cincuenta',
	'cien',
	'ten',
	'twelve',
	'fifteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'hundred',
	'dozen',
	'dezenas',
]);
const DEGREES = new Set(['graus', 'grau', 'grados', 'grado', 'degrees', 'degree', 'c', 'f', 'celsius', 'fahrenheit']);
const TEMPERATURE_WORDS = new Set([
	'febre',
	'fiebre',
	'fever',
	'temp',
	'temperatura',
	'temperature',
	'termometro',
	'thermometer',
	'marcou',
	'marcando',
	'deu',
	'dio',
	'mediu',
	'medi',
	'axilar',
	'tiene',
	'tem',
	'ta',
	'esta',
	'is',
	'at',
	'com',
	'con',
	'with',
	'de',
]);
const FEVER_AFTER = new Set(['febre', 'fiebre', 'fever']);
const BP_LINKS = new Set(['por', 'x', 'sobre', 'over', 'on']);
const BP_WORDS = new Set(['pressao', 'presion', 'pa', 'pressure', 'bp', 'tension']);

const numberOf = (word: string | undefined): number | undefined => {
	if (word === undefined) return undefined;
	const code = word.charCodeAt(0);
	return code >= 48 && code <= 57 && /^\d+(?:[.,]\d+)?$/.test(word) ? Number(word.replace(',', '.')) : undefined;
};

/** Whether the number at `at` is the second of a blood pressure reading ("12 x 8", "120 80" after "pressão"). */
function pairedBefore(words: readonly string[], at: number): boolean {
	const linked = BP_LINKS.has(words[at - 1] ?? '');
	const first = numberOf(linked ? words[at - 2] : words[at - 1]);
	const value = numberOf(words[at]);
	if (first === undefined || value === undefined) return false;
	const unit = pressureUnit(first, value);
	if (!unit) return false;
	const from = linked ? at - 2 : at - 1;
	// Two mmHg figures ("125 80", once the slash is gone) are a reading wherever they stand; "12 8" may be counts.
	return linked || unit === 'mmHg' || words.slice(Math.max(0, from - 3), from).some((w) => BP_WORDS.has(w));
}

/** The unit two numbers make as a blood pressure reading, systolic first ("12 x 8" cmHg, "140/90" mmHg), if they make one. */
function pressureUnit(systolic: number, diastolic: number): 'cmHg' | 'mmHg' | undefined {
	if (diastolic >= systolic) return undefined;
	if (systolic >= 9 && systolic <= 30 && diastolic >= 5 && diastolic <= 20) return 'cmHg';
	if (systolic >= 90 && systolic <= 300 && diastolic >= 40 && diastolic <= 200) return 'mmHg';
	return undefined;
}

/** Whether a measure can be read at this word (measuresOf finds none in words where none can). */
export function mayStartMeasure(word: string): boolean {
	return numberOf(word) !== undefined || LARGE_NUMBER_WORDS.has(word);
}

/** The measures found in the message's words (folded, all clauses in a row). */
export function measuresOf(words: readonly string[]): MeasureHit[] {
	const hits: MeasureHit[] = [];
	const add = (measure: Measure, start: number, end: number) => hits.push({ measure, start, end });
	words.forEach((word, at) => {
		const value = numberOf(word);
		if (value === undefined) {
			if (LARGE_NUMBER_WORDS.has(word)) add('@count:many', at, at + 1);
			return;
		}
		const decimal = /[.,]/.test(word);
		const next = words[at + 1];
		// Blood pressure: "17 por 11", "140/90" (two numbers in a row once the slash is gone).
		// "12x8" is read as "12" and "x8".
		const joined = next !== undefined && /^x\d+$/.test(next) ? numberOf(next.slice(1)) : undefined;
		const second = joined ?? (BP_LINKS.has(next ?? '') ? numberOf(words[at + 2]) : numberOf(next));
		let reading = false;
		if (second !== undefined && !decimal) {
			const end = BP_LINKS.has(next ?? '') && joined === undefined ? at + 3 : at + 2;
			const pressure = pressureUnit(value, second);
			const cmHg = pressure === 'cmHg';
			const mmHg = pressure === 'mmHg';
			const bpContext =
				joined !== undefined || BP_LINKS.has(next ?? '') || words.slice(Math.max(0, at - 3), at).some((w) => BP_WORDS.has(w));
			reading = bpContext && (cmHg || mmHg);
			if (bpContext && ((cmHg && (value >= 14 || second >= 9)) || (mmHg && (value >= 140 || second >= 90)))) add('@bp:high', at, end);
		}
		// A blood pressure reading, high or not ("agora tá 12x8"), is no count of pills; nor is its second number.
		const afterReading = pairedBefore(words, at);
		if (
			!reading &&
			!afterReading &&
			!decimal &&
			value >= 10 &&
			value <= 9999 &&
			!(value >= 1900 && value <= 2099) &&
			!readsAsTemperatureOrPressure(words, at, value) &&
			// "ahora tiene 125/80": two numbers in a row that make a blood pressure, whatever stands before.
			!(second !== undefined && pressureUnit(value, second) === 'mmHg')
		)
			add('@count:many', at, at + 1);
		// Temperature in Celsius, or in Fahrenheit.
		const unit = DEGREES.has(next ?? '') || FEVER_AFTER.has(words[at + 2] ?? '') || FEVER_AFTER.has(next ?? '');
		const before = words.slice(Math.max(0, at - 2), at).some((w) => TEMPERATURE_WORDS.has(w));
		const looksLikeTemperature =
			decimal ||
			unit ||
			(before &&
				words
					.slice(Math.max(0, at - 3), at)
					.some(
						(w) =>
							FEVER_AFTER.has(w) || w === 'temp' || w === 'temperatura' || w === 'temperature' || w === 'termometro' || w === 'thermometer',
					));
		if (!looksLikeTemperature || (!decimal && !unit && !before)) return;
		const celsius = value >= 90 && value <= 110 ? ((value - 32) * 5) / 9 : value;
		if (celsius < 30 || celsius > 44) return;
		const end = unit && DEGREES.has(next ?? '') ? at + 2 : at + 1;
		if (celsius >= 38) add('@temp:fever', at, end);
		if (celsius >= 39) add('@temp:high', at, end);
		if (celsius < 36) add('@temp:low', at, end);
		else if (celsius < 37.5) add('@temp:normal', at, end);
	});
	return hits;
}

/** After these, a bare number from 35 to 42 is a temperature: "el nene tuvo 38", "she spiked 39", "tá com 38". */
const TEMPERATURE_LEADS = new Set([
	'tuvo',
	'tiene',
	'teve',
	'tem',
	'deu',
	'dio',
	'con',
	'com',
	'has',
	'had',
	'hit',
	'spiked',
	'running',
	'ta',
	'esta',
	'estoy',
	'estou',
	'en',
	'em',
	'of',
]);
/** A count names what it counts: "tuvo 38 pastillas" is a count. */
const COUNTED = new Set([
	'comprimidos',
	'comprimido',
	'pastillas',
	'pastilla',
	'pills',
	'pill',
	'tablets',
	'tablet',
	'capsulas',
	'capsules',
	'gotas',
	'drops',
	'ml',
	'mg',
	'cartelas',
	'remedios',
	'remedio',
]);

/** "el nene tuvo 38", "le subió la tensión a 150": a temperature or one pressure figure, not a count of pills. */
function readsAsTemperatureOrPressure(words: readonly string[], at: number, value: number): boolean {
	if (COUNTED.has(words[at + 1] ?? '') || COUNTED.has(words[at + 2] ?? '')) return false;
	if (words.slice(Math.max(0, at - 3), at).some((w) => BP_WORDS.has(w))) return true;
	return value >= 35 && value <= 42 && TEMPERATURE_LEADS.has(words[at - 1] ?? '');
}
