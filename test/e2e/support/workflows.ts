// Builders for the workflows e2e tests create in the real n8n.
import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';

export const PACKAGE = 'n8n-nodes-whatsapp-ai';
export type CredentialRef = { id: string; name: string };
export type Workflow = {
	name: string;
	nodes: Array<Record<string, any>>;
	connections: Record<string, any>;
	settings?: Record<string, unknown>;
};

/** What the shipped workflows save of their executions (message contents are personal data). */
export const SHIPPED_EXECUTION_SETTINGS = {
	saveDataSuccessExecution: 'none',
	saveDataErrorExecution: 'all',
	saveManualExecutions: true,
	saveExecutionProgress: false,
};

export function readWorkflowFile(file: string): Workflow {
	return JSON.parse(readFileSync(path.resolve(__dirname, '../../../workflows', file), 'utf8')) as Workflow;
}

/**
 * A shipped workflow as a test deploys it: identical, except that successful executions are
 * saved, so the test can look at what each node did (the shipped files save only failures).
 */
export function loadWorkflow(file: string): Workflow {
	const workflow = readWorkflowFile(file);
	workflow.settings = { ...workflow.settings, saveDataSuccessExecution: 'all' };
	return workflow;
}

/** A trigger-only workflow (Trigger → No Operation), to observe what the trigger lets through. */
export function triggerOnlyWorkflow(options: {
	provider: string;
	path: string;
	credentials: Record<string, CredentialRef>;
	events?: string[];
	triggerOptions?: Record<string, unknown>;
}): Workflow {
	return {
		name: `trigger ${options.provider} ${options.path}`,
		nodes: [
			{
				id: randomUUID(),
				name: 'WhatsApp AI Trigger',
				type: `${PACKAGE}.whatsAppAiTrigger`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: {
					provider: options.provider,
					path: options.path,
					tenant: 'clinic-e2e',
					events: options.events ?? ['messages'],
					options: options.triggerOptions ?? {},
				},
				credentials: options.credentials,
			},
			{ id: randomUUID(), name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [300, 0], parameters: {} },
		],
		connections: { 'WhatsApp AI Trigger': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}
