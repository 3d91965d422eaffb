import { readdirSync } from 'fs';
import path from 'path';
import { readWorkflowFile } from '../../e2e/support/workflows';

// Every shipped workflow can be active at the same time: no two webhook nodes share a method
// and path (n8n refuses to publish the second one).
const files = readdirSync(path.resolve(__dirname, '../../../workflows')).filter((file) => file.endsWith('.json'));

describe('webhook paths of the shipped workflows', () => {
	it('are unique across all workflows', () => {
		const seen = new Map<string, string>();
		for (const file of files) {
			for (const node of readWorkflowFile(file).nodes) {
				const parameters = node.parameters as { path?: string; httpMethod?: string };
				if (typeof parameters.path !== 'string' || !/webhook|trigger/i.test(String(node.type))) continue;
				// The WhatsApp AI Trigger listens on GET (verification) and POST.
				const methods = String(node.type).endsWith('.whatsAppAiTrigger') ? ['GET', 'POST'] : [parameters.httpMethod ?? 'GET'];
				for (const method of methods) {
					const key = `${method} ${parameters.path}`;
					expect(seen.get(key)).toBeUndefined();
					seen.set(key, file);
				}
			}
		}
		expect(seen.size).toBeGreaterThanOrEqual(6);
	});
});
