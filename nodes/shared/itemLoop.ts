import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

// The item loop every action node shares, and with it the house conventions (README, "Items"):
// - an output item is its input item, JSON and binary, plus the node's result under one key
//   named after the node (`send`, `memory`, `guard`, `triage`, `booking`, ...), so `chatId` and
//   the rest keep flowing to the next node; every output item is paired to its input item;
// - with Continue On Fail, a failed item is its input item plus `error: {kind, message, ...}`,
//   on the node's safe output (e.g. Blocked); otherwise the node stops with an error that names
//   the item: NodeApiError when a remote service refused, NodeOperationError otherwise.

/** What one item produced: a result (or several, for operations that list things) and its output. */
export type ItemOutcome =
	| { result: IDataObject; output?: number }
	/** One output item per entry, each paired to the same input item (e.g. claimed reminders). */
	| { results: IDataObject[]; output?: number };

/** A failure in words the item and the user can act on. */
export interface Failure {
	/** Machine-readable, e.g. 'invalid_input', 'provider', 'network', 'internal'. */
	kind: string;
	message: string;
	/** Extra fields for the failed item's `error` (provider codes, the field that broke a limit). */
	details?: IDataObject;
	/** Shown under the error in the editor. */
	description?: string;
	/** Set when a remote service answered with an error: the node raises NodeApiError. */
	httpCode?: string;
	/** A remote failure without an HTTP status (network, timeout): NodeApiError as well. */
	remote?: boolean;
}

export interface ItemLoopOptions {
	/** How many outputs the node has for this run. */
	outputs: number;
	/** The key the node's result joins the input item under. */
	resultKey: string;
	/** Where a failed item goes with Continue On Fail: the safe branch; default 0. */
	errorOutput?: number;
	/** The node's own errors in user terms; undefined for an unexpected error (kind 'internal'). */
	describe?: (error: unknown) => Failure | undefined;
}

export async function forEachItem(
	context: IExecuteFunctions,
	options: ItemLoopOptions,
	handle: (itemIndex: number) => Promise<ItemOutcome>,
): Promise<INodeExecutionData[][]> {
	const outputs: INodeExecutionData[][] = Array.from({ length: options.outputs }, () => []);
	const items = context.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const input = items[itemIndex];
		const withResult = (result: IDataObject): INodeExecutionData => ({
			json: { ...input.json, [options.resultKey]: result },
			...(input.binary ? { binary: input.binary } : {}),
			pairedItem: { item: itemIndex },
		});
		try {
			const outcome = await handle(itemIndex);
			const results = 'results' in outcome ? outcome.results : [outcome.result];
			outputs[outcome.output ?? 0].push(...results.map(withResult));
		} catch (error) {
			const failure = failureOf(error, options.describe);
			if (context.continueOnFail()) {
				outputs[Math.min(options.errorOutput ?? 0, options.outputs - 1)].push({
					json: { ...input.json, error: { kind: failure.kind, message: failure.message, ...failure.details } },
					...(input.binary ? { binary: input.binary } : {}),
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw nodeErrorOf(context, error, failure, itemIndex);
		}
	}
	return outputs;
}

/** The user-facing failure of any error; errors the node did not describe are 'internal'. */
export function failureOf(error: unknown, describe?: (error: unknown) => Failure | undefined): Failure {
	const described = describe?.(error);
	if (described) return described;
	if (error instanceof NodeApiError) return { kind: 'provider', message: error.message, httpCode: error.httpCode ?? undefined };
	if (error instanceof NodeOperationError) return { kind: 'invalid_input', message: error.message };
	return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function nodeErrorOf(context: IExecuteFunctions, error: unknown, failure: Failure, itemIndex: number): Error {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) return error;
	if (failure.httpCode !== undefined || failure.remote) {
		return new NodeApiError(context.getNode(), { kind: failure.kind, message: failure.message, ...failure.details } as JsonObject, {
			itemIndex,
			message: failure.message,
			description: failure.description,
			httpCode: failure.httpCode,
		});
	}
	if (failure.kind === 'internal') return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
	return new NodeOperationError(context.getNode(), failure.message, { itemIndex, description: failure.description });
}

/** A Failure for an error class whose messages are for the user as they are. */
export function describeAs(kind: string, ...types: (abstract new (...args: never[]) => Error)[]): (error: unknown) => Failure | undefined {
	return (error) => (types.some((type) => error instanceof type) ? { kind, message: (error as Error).message } : undefined);
}
