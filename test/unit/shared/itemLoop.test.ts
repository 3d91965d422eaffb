import { NodeApiError, NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import { describeAs, forEachItem, type Failure } from '../../../nodes/shared/itemLoop';

// The one item loop every action node runs: input kept, result under the node's key, paired
// items, one failed-item shape on the safe output, and node errors that name the item.
class BadInput extends Error {}
class RemoteRefused extends Error {}

const binary = { data: { data: 'AAEC', mimeType: 'image/jpeg', fileName: 'photo.jpg' } };

function context(items: number, continueOnFail: boolean): IExecuteFunctions {
	return {
		getInputData: () =>
			Array.from({ length: items }, (_, i) => ({ json: { n: i, chatId: `55119999${i}@c.us` }, ...(i === 0 ? { binary } : {}) })),
		continueOnFail: () => continueOnFail,
		getNode: () => ({ id: 'node', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
	} as unknown as IExecuteFunctions;
}

const describe_: (error: unknown) => Failure | undefined = (error) =>
	error instanceof RemoteRefused
		? { kind: 'provider', message: error.message, httpCode: '503', details: { providerCode: 'E1' } }
		: describeAs('invalid_input', BadInput)(error);

describe('forEachItem', () => {
	it('keeps the input item (JSON and binary), adds the result under the node key, on the output the handler picks', async () => {
		const outputs = await forEachItem(context(3, false), { outputs: 2, resultKey: 'guard' }, async (i) => ({
			result: { i },
			output: i % 2,
		}));
		expect(outputs).toEqual([
			[
				{ json: { n: 0, chatId: '551199990@c.us', guard: { i: 0 } }, binary, pairedItem: { item: 0 } },
				{ json: { n: 2, chatId: '551199992@c.us', guard: { i: 2 } }, pairedItem: { item: 2 } },
			],
			[{ json: { n: 1, chatId: '551199991@c.us', guard: { i: 1 } }, pairedItem: { item: 1 } }],
		]);
	});

	it('gives one item per entry of a list result, each paired to its input item', async () => {
		const [out] = await forEachItem(context(1, false), { outputs: 1, resultKey: 'booking' }, async () => ({
			results: [{ r: 1 }, { r: 2 }],
		}));
		expect(out).toEqual([
			{ json: { n: 0, chatId: '551199990@c.us', booking: { r: 1 } }, binary, pairedItem: { item: 0 } },
			{ json: { n: 0, chatId: '551199990@c.us', booking: { r: 2 } }, binary, pairedItem: { item: 0 } },
		]);
	});

	it('with Continue On Fail keeps the failed item with error {kind, message, ...} on the safe output', async () => {
		const outputs = await forEachItem(
			context(3, true),
			{ outputs: 2, resultKey: 'guard', errorOutput: 1, describe: describe_ },
			async (i) => {
				if (i === 1) throw new RemoteRefused('provider down');
				if (i === 2) throw new Error('socket hang up');
				return { result: { ok: true } };
			},
		);
		expect(outputs[0]).toEqual([{ json: { n: 0, chatId: '551199990@c.us', guard: { ok: true } }, binary, pairedItem: { item: 0 } }]);
		expect(outputs[1]).toEqual([
			{
				json: { n: 1, chatId: '551199991@c.us', error: { kind: 'provider', message: 'provider down', providerCode: 'E1' } },
				pairedItem: { item: 1 },
			},
			{ json: { n: 2, chatId: '551199992@c.us', error: { kind: 'internal', message: 'socket hang up' } }, pairedItem: { item: 2 } },
		]);
	});

	it('otherwise stops with a NodeOperationError naming the item for bad input', async () => {
		const run = forEachItem(context(2, false), { outputs: 1, resultKey: 'x', describe: describe_ }, async (i) => {
			if (i === 1) throw new BadInput('phone is empty');
			return { result: {} };
		});
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({ message: 'phone is empty', context: { itemIndex: 1 } });
	});

	it('and with a NodeApiError carrying the HTTP code when a remote service refused', async () => {
		const run = forEachItem(context(1, false), { outputs: 1, resultKey: 'x', describe: describe_ }, async () => {
			throw new RemoteRefused('provider down');
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toMatchObject({ message: 'provider down', httpCode: '503', context: { itemIndex: 0 } });
	});
});
