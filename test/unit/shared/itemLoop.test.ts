import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import { forEachItem } from '../../../nodes/shared/itemLoop';

class BadInput extends Error {}

function context(items: number, continueOnFail: boolean): IExecuteFunctions {
	return {
		getInputData: () => Array.from({ length: items }, (_, i) => ({ json: { n: i } })),
		continueOnFail: () => continueOnFail,
		getNode: () => ({ id: 'node', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
	} as unknown as IExecuteFunctions;
}

describe('forEachItem', () => {
	it('pairs every result with its item, on the output the handler picks', async () => {
		const outputs = await forEachItem(context(3, false), 2, async (i) => ({ json: { i }, output: i % 2 }));
		expect(outputs).toEqual([
			[
				{ json: { i: 0 }, pairedItem: { item: 0 } },
				{ json: { i: 2 }, pairedItem: { item: 2 } },
			],
			[{ json: { i: 1 }, pairedItem: { item: 1 } }],
		]);
	});

	it('with Continue On Fail keeps the failed item, with its error, on the safe output', async () => {
		const outputs = await forEachItem(
			context(2, true),
			2,
			async (i) => {
				if (i === 1) throw new Error('database down');
				return { json: { ok: true } };
			},
			() => false,
			1,
		);
		expect(outputs[0]).toEqual([{ json: { ok: true }, pairedItem: { item: 0 } }]);
		expect(outputs[1]).toEqual([{ json: { n: 1, error: { message: 'database down', name: 'Error' } }, pairedItem: { item: 1 } }]);
	});

	it('otherwise stops with a NodeOperationError naming the item', async () => {
		const run = forEachItem(context(2, false), 1, async (i) => {
			if (i === 1) throw new BadInput('phone is empty');
			return { json: {} };
		}, (error) => error instanceof BadInput);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({ message: 'phone is empty', context: { itemIndex: 1 } });
	});
});
