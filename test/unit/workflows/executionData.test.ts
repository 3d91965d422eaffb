import { readdirSync } from 'fs';
import path from 'path';
import { readWorkflowFile, SHIPPED_EXECUTION_SETTINGS } from '../../e2e/support/workflows';

// n8n's execution history holds every message a workflow handled. The shipped workflows say on
// purpose what is kept: failures (to debug them), manual test runs, and nothing of successful
// production executions; the stack's EXECUTIONS_DATA_* settings prune the rest.
const files = readdirSync(path.resolve(__dirname, '../../../workflows')).filter((file) => file.endsWith('.json'));

describe('execution data the shipped workflows keep', () => {
	it('covers every workflow', () => expect(files.length).toBeGreaterThanOrEqual(4));

	it.each(files)('%s saves failures and manual runs, not successful message contents', (file) => {
		expect(readWorkflowFile(file).settings).toMatchObject(SHIPPED_EXECUTION_SETTINGS);
	});
});

describe('credentials in the shipped workflows', () => {
	it.each(files)('%s carries no placeholder credential (n8n asks for the real ones after import)', (file) => {
		for (const node of readWorkflowFile(file).nodes) {
			for (const reference of Object.values((node.credentials ?? {}) as Record<string, { id?: string }>)) expect(reference.id).toBeTruthy();
		}
	});
});
