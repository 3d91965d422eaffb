import type { IWebhookFunctions } from 'n8n-workflow';
import { clearWebhookCredentialCache, webhookCredentials } from '../../../nodes/shared/credentialCache';

function context(workflowId: string, nodeId: string, credentials: Record<string, { id: string; name: string }>) {
	const getCredentials = jest.fn(async (type: string) => ({ type, secret: `${type}-${credentials[type]?.id}` }));
	const ctx = {
		getNode: () => ({ id: nodeId, credentials }),
		getWorkflow: () => ({ id: workflowId }),
		getCredentials,
	} as unknown as IWebhookFunctions;
	return { ctx, getCredentials };
}

beforeEach(() => clearWebhookCredentialCache());

describe('webhookCredentials', () => {
	it('asks n8n once within the TTL and again after it', async () => {
		let now = 1_000;
		const { ctx, getCredentials } = context('w1', 'n1', { whatsAppAiWahaApi: { id: 'c1', name: 'WAHA' } });
		const first = await webhookCredentials(ctx, 'whatsAppAiWahaApi', 5_000, () => now);
		now += 4_999;
		expect(await webhookCredentials(ctx, 'whatsAppAiWahaApi', 5_000, () => now)).toBe(first);
		expect(getCredentials).toHaveBeenCalledTimes(1);
		now += 2;
		await webhookCredentials(ctx, 'whatsAppAiWahaApi', 5_000, () => now);
		expect(getCredentials).toHaveBeenCalledTimes(2);
	});

	it('never shares an entry across workflows, nodes or credential IDs', async () => {
		const a = context('w1', 'n1', { whatsAppAiWahaApi: { id: 'c1', name: 'A' } });
		const otherWorkflow = context('w2', 'n1', { whatsAppAiWahaApi: { id: 'c1', name: 'A' } });
		const otherNode = context('w1', 'n2', { whatsAppAiWahaApi: { id: 'c1', name: 'A' } });
		const repointed = context('w1', 'n1', { whatsAppAiWahaApi: { id: 'c2', name: 'B' } });
		await webhookCredentials(a.ctx, 'whatsAppAiWahaApi');
		await webhookCredentials(otherWorkflow.ctx, 'whatsAppAiWahaApi');
		await webhookCredentials(otherNode.ctx, 'whatsAppAiWahaApi');
		const fresh = await webhookCredentials(repointed.ctx, 'whatsAppAiWahaApi');
		expect([otherWorkflow, otherNode, repointed].map((c) => c.getCredentials.mock.calls.length)).toEqual([1, 1, 1]);
		expect(fresh).toEqual({ type: 'whatsAppAiWahaApi', secret: 'whatsAppAiWahaApi-c2' });
	});

	it('returns undefined without asking n8n when the node has no credential of that type', async () => {
		const { ctx, getCredentials } = context('w1', 'n1', {});
		expect(await webhookCredentials(ctx, 'whatsAppAiRedisApi')).toBeUndefined();
		expect(getCredentials).not.toHaveBeenCalled();
	});
});
