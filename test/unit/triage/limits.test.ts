// Long and hostile inputs: both detectors stay linear (no regex backtracking, capped findings), so
// a 100,000-character message is read in well under a second.
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { classify } from '../../../nodes/SymptomTriage/engine';

const HOSTILE = [
	'a'.repeat(100_000),
	'dor no peito '.repeat(8000),
	'não '.repeat(25_000),
	'k'.repeat(100_000),
	'de '.repeat(33_000),
	'1 '.repeat(50_000),
	'parem de mandar mensagem '.repeat(4000),
	'🛑'.repeat(50_000),
	'ã'.repeat(100_000),
	'(((('.repeat(25_000),
];

describe('hostile input', () => {
	beforeAll(() => {
		classify('aquecimento', { profile: 'human', language: 'auto' });
		classify('aquecimento', { profile: 'veterinary', language: 'auto' });
		detectIntent('aquecimento');
	}, 60_000);

	it.each(HOSTILE.map((text) => [`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars)`, text]))(
		'reads %s quickly',
		(_name, text) => {
			// Linear work: well under a second each on a quiet machine; a quadratic regression takes minutes.
			const timed = (run: () => unknown) => {
				const started = performance.now();
				run();
				return performance.now() - started;
			};
			expect(timed(() => classify(text, { profile: 'human', language: 'auto' }))).toBeLessThan(10_000);
			expect(timed(() => classify(text, { profile: 'veterinary', language: 'pt' }))).toBeLessThan(10_000);
			expect(timed(() => detectIntent(text))).toBeLessThan(10_000);
		},
		60_000,
	);

	it('still finds a red flag and an opt-out in a long message', () => {
		expect(
			classify(`${'bom dia, '.repeat(2000)}meu pai está com dor no peito e suando frio`, { profile: 'human', language: 'pt' }).escalate,
		).toBe(true);
		expect(detectIntent(`${'olá, '.repeat(2000)}parem de me mandar mensagens`).intent).toBe('opt_out');
	});
});
