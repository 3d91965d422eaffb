import { readdirSync } from 'fs';
import path from 'path';
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { listOf } from '../../../nodes/OptOutGuard/actions/common';
import { readWorkflowFile } from '../../e2e/support/workflows';

// The shipped workflows ask Gemini for a second look wherever a message is read for an emergency
// or an opt-out: raise-only, and used only when the node has a Gemini credential (issue #13).
const files = readdirSync(path.resolve(__dirname, '../../../workflows')).filter((file) => file.endsWith('.json'));
const nodesOf = (suffix: string) =>
	files.flatMap((file) =>
		readWorkflowFile(file)
			.nodes.filter((node) => String(node.type).endsWith(suffix))
			.map((node) => ({ file, node })),
	);

describe('safety defaults of the shipped workflows', () => {
	it('turn on the Gemini second opinion on every Symptom Triage', () => {
		const triages = nodesOf('.symptomTriage');
		expect(triages.length).toBeGreaterThanOrEqual(3);
		for (const { file, node } of triages)
			expect({ file, secondOpinion: node.parameters.options?.secondOpinion }).toEqual({ file, secondOpinion: true });
	});

	it('turn on the Gemini second layer on every Opt-Out Guard that reads a message', () => {
		const guards = nodesOf('.optOutGuard').filter(({ node }) => node.parameters.operation === 'checkMessage' && node.parameters.text);
		expect(guards.length).toBeGreaterThanOrEqual(4);
		for (const { file, node } of guards)
			expect({ file, useGemini: node.parameters.checkOptions?.useGemini }).toEqual({ file, useGemini: true });
	});
});

// The clinic FAQ (knowledge-base-ingest.json) tells patients to answer CANCELAR to cancel an
// appointment; the assistants must route that to the agent's cancel tool, not opt the patient out.
describe('a bare CANCELAR in the assistants', () => {
	const assistants = nodesOf('.optOutGuard').filter(({ file }) => file === 'clinic-assistant.json' || file === 'vet-assistant.json');

	it('is what the shipped FAQ asks patients to send', () => {
		expect(JSON.stringify(readWorkflowFile('knowledge-base-ingest.json'))).toMatch(/com a palavra CANCELAR ou REMARCAR/);
	});

	it('is not an opt-out there, while PARAR and "cancelar as mensagens" still are', () => {
		expect(assistants).toHaveLength(2);
		for (const { file, node } of assistants) {
			const detection = { ignore: listOf(node.parameters.checkOptions?.ignore) };
			const intents = ['CANCELAR', 'cancel', 'Cancela por favor', 'PARAR', 'cancelar as mensagens'].map(
				(text) => detectIntent(text, detection).intent,
			);
			expect({ file, intents }).toEqual({ file, intents: ['none', 'none', 'none', 'opt_out', 'opt_out'] });
			// Nor "possible": the Gemini layer is not asked to second-guess what staff switched off.
			expect(detectIntent('CANCELAR', detection).possible).toBe(false);
		}
	});
});
