// Small helpers shared by the Opt-Out Guard tests.
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import type { Intent } from '../../../nodes/OptOutGuard/types';

export type IntentCase = [text: string, intent: Intent];

/** One suite of wordings written for a round: layer 1 reads each as the intent beside it. */
export function describeIntents(title: string, cases: IntentCase[]): void {
	describe(title, () => {
		it.each(cases)('%j → %s', (text, intent) => {
			expect(detectIntent(text).intent).toBe(intent);
		});
	});
}
