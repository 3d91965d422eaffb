// What the n8n 2.41.1 editor does when a user picks "Import from file" in a new workflow and then
// saves it, so e2e tests can import the shipped workflows exactly as clinic staff do, over the
// same REST endpoint (POST /rest/workflows, with the owner's session cookie).
//
// Read from the editor bundle of the cached install (node_modules/n8n-editor-ui/dist/assets):
// - MainHeader: the file input is parsed with JSON.parse and emitted as `importWorkflowData`.
// - NodeView → useCanvasOperations.importWorkflowData(data, 'file', { regenerateIds: true }):
//   * every node gets a fresh id (assignNodeId); webhookId is regenerated only for
//     n8n-nodes-base.formTrigger; the file's name, nodes, connections (pruned to nodes that
//     exist), pinData and tags are taken; the file's `settings` are NOT (the new workflow keeps
//     the editor's defaults);
//   * credentials: a node's credential reference is kept only if it is a string, has id null,
//     or names a credential id the user already has; anything else (e.g. a placeholder
//     `{ "id": "", "name": "WAHA" }`) is deleted;
//   * then, for each node left with no credential at all, the editor auto-selects ONE existing
//     credential of the types the node shows (the most recently updated). This helper does not
//     reproduce that: the tests run it for a user with no credential of our types yet, where it
//     selects nothing.
// - Saving (workflowSaving.saveAsNewWorkflow → workflows.store.createNewWorkflow):
//   POST /rest/workflows with the document's serialize(): { name, nodes, pinData, connections,
//   active: false, settings, tags, meta, nodeGroups } (+ projectId of the current project).
import { randomUUID } from 'crypto';
import type { N8nClient } from './n8nClient';
import type { Workflow } from './workflows';

/** The settings a new workflow gets in the 2.41.1 editor (constants: executionOrder v1, binaryMode). */
export const NEW_WORKFLOW_SETTINGS = { executionOrder: 'v1' };

type CredentialRef = string | { id: string | null; name: string };

/** The body the editor POSTs after "Import from file" + Save, given the ids of the user's credentials. */
export function editorImportBody(
	file: Workflow & { pinData?: unknown; tags?: unknown[] },
	existingCredentialIds: Set<string>,
): Record<string, unknown> {
	const nodes = (JSON.parse(JSON.stringify(file.nodes)) as Array<Record<string, any>>).filter((node) => !!node.type);
	for (const node of nodes) {
		node.id = randomUUID();
		if (node.type === 'n8n-nodes-base.formTrigger' && node.webhookId) {
			const old = node.webhookId;
			node.webhookId = randomUUID();
			if (node.parameters?.path === old) node.parameters.path = node.webhookId;
		}
		const credentials = node.credentials as Record<string, CredentialRef> | undefined;
		if (credentials) {
			for (const [type, ref] of Object.entries(credentials)) {
				if (typeof ref === 'string' || ref.id === null || existingCredentialIds.has(ref.id)) continue;
				delete credentials[type];
			}
		}
	}
	const names = new Set(nodes.map((node) => node.name as string));
	const connections: Record<string, any> = {};
	for (const [source, byType] of Object.entries(file.connections ?? {})) {
		if (!names.has(source)) continue;
		connections[source] = Object.fromEntries(
			Object.entries(byType as Record<string, Array<Array<{ node: string }> | null>>).map(([type, outputs]) => [
				type,
				outputs.map((targets) => (targets ?? []).filter((target) => names.has(target.node))),
			]),
		);
	}
	return {
		name: file.name,
		nodes,
		pinData: file.pinData ?? {},
		connections,
		active: false,
		settings: { ...NEW_WORKFLOW_SETTINGS },
		tags: [],
		meta: {},
		nodeGroups: [],
	};
}

export interface SavedWorkflow {
	id: string;
	name: string;
	versionId: string;
	active: boolean;
	nodes: Array<Record<string, any>>;
	connections: Record<string, any>;
	settings?: Record<string, unknown>;
}

/** Imports a workflow file as the editor does: client-side clean-up, then POST /rest/workflows. */
export async function importThroughEditor(n8n: N8nClient, file: Workflow): Promise<SavedWorkflow> {
	const existing = await n8n.rest<{ data: Array<{ id: string }> }>('GET', '/rest/credentials');
	const body = editorImportBody(file, new Set(existing.data.map((credential) => credential.id)));
	return (await n8n.rest<{ data: SavedWorkflow }>('POST', '/rest/workflows', body)).data;
}

/** The editor's Save on an existing workflow: PATCH /rest/workflows/:id with the current versionId. */
export async function saveThroughEditor(n8n: N8nClient, workflow: SavedWorkflow): Promise<SavedWorkflow> {
	const { name, nodes, connections, settings, versionId } = workflow;
	return (
		await n8n.rest<{ data: SavedWorkflow }>('PATCH', `/rest/workflows/${workflow.id}`, { name, nodes, connections, settings, versionId })
	).data;
}

/** The editor's Publish/Activate: POST /rest/workflows/:id/activate { versionId }; returns n8n's error text, if any. */
export async function activateThroughEditor(
	n8n: N8nClient,
	workflow: SavedWorkflow,
): Promise<{ ok: boolean; status: number; text: string }> {
	const response = await fetch(`${n8n.url}/rest/workflows/${workflow.id}/activate`, {
		method: 'POST',
		headers: { cookie: n8n.connection.cookie, 'content-type': 'application/json' },
		body: JSON.stringify({ versionId: workflow.versionId }),
	});
	return { ok: response.ok, status: response.status, text: await response.text() };
}

export interface NodeTypeDescription {
	name: string;
	displayName: string;
	version: number | number[];
	properties: Array<{ name: string; default?: unknown; displayOptions?: DisplayOptions }>;
	credentials?: Array<{ name: string; displayName?: string; required?: boolean; displayOptions?: DisplayOptions }>;
	webhooks?: Array<{ httpMethod: string }>;
	group?: string[];
}
type DisplayOptions = { show?: Record<string, unknown[]>; hide?: Record<string, unknown[]> };

export function descriptionOf(types: NodeTypeDescription[], node: { type: string; typeVersion: number }): NodeTypeDescription | undefined {
	return types.find((type) => type.name === node.type && ([] as number[]).concat(type.version).includes(node.typeVersion));
}

function parameterValue(description: NodeTypeDescription, node: Record<string, any>, name: string): unknown {
	if (name === '@version') return node.typeVersion;
	if (node.parameters && name in node.parameters) return node.parameters[name];
	return description.properties.find((property) => property.name === name)?.default;
}

/**
 * Whether n8n shows a credential slot for the node's parameters. Our nodes and n8n's Webhook use
 * only plain `show`/`hide` lists on top-level parameters; anything else fails the test loudly, so
 * a richer condition added later is noticed rather than misread.
 */
export function shows(description: NodeTypeDescription, node: Record<string, any>, options?: DisplayOptions): boolean {
	if (!options) return true;
	for (const [kind, conditions] of Object.entries(options)) {
		for (const [name, values] of Object.entries(conditions ?? {})) {
			if (name.startsWith('/') || values.some((value) => typeof value === 'object' && value !== null)) {
				throw new Error(`${description.name}: displayOptions ${kind}.${name} is not a plain list; extend shows() in editorImport.ts`);
			}
			const present = values.includes(parameterValue(description, node, name) as never);
			if (kind === 'show' && !present) return false;
			if (kind === 'hide' && present) return false;
		}
	}
	return true;
}

/** The credential types the node needs filled in for its current parameters (required and shown). */
export function requiredCredentials(description: NodeTypeDescription, node: Record<string, any>): string[] {
	return requiredCredentialSlots(description, node).map((slot) => slot.name);
}

/** The same slots as n8n names them when it refuses to publish: the slot's label, else the type. */
export function requiredCredentialLabels(description: NodeTypeDescription, node: Record<string, any>): string[] {
	return requiredCredentialSlots(description, node).map((slot) => slot.displayName ?? slot.name);
}

function requiredCredentialSlots(description: NodeTypeDescription, node: Record<string, any>) {
	return (description.credentials ?? []).filter((slot) => slot.required === true && shows(description, node, slot.displayOptions));
}
