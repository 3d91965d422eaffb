import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

// The item loop every action node shares: one result per input item, paired to it, on the
// output the handler picks; with "Continue On Fail" a failed item carries its error instead of
// stopping the run; otherwise the error names the item.

export interface ItemResult {
	json: IDataObject;
	/** Index of the output the item goes to; default 0. */
	output?: number;
}

/** Errors whose message is for the user as-is (bad input), not an internal failure. */
export type UserErrorTest = (error: unknown) => boolean;

export async function forEachItem(
	context: IExecuteFunctions,
	outputCount: number,
	handle: (itemIndex: number) => Promise<ItemResult>,
	isUserError: UserErrorTest = () => false,
	/** Where a failed item goes with "Continue On Fail": the safe branch (e.g. Blocked), default 0. */
	errorOutput = 0,
): Promise<INodeExecutionData[][]> {
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
	const items = context.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handle(itemIndex);
			outputs[result.output ?? 0].push({ json: result.json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (context.continueOnFail()) {
				outputs[Math.min(errorOutput, outputCount - 1)].push({
					json: { ...items[itemIndex].json, error: { message: (error as Error).message, name: (error as Error).name } },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			if (error instanceof NodeOperationError || error instanceof NodeApiError) throw error;
			if (isUserError(error)) throw new NodeOperationError(context.getNode(), (error as Error).message, { itemIndex });
			throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		}
	}
	return outputs;
}
