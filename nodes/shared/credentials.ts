import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * The node's credential of `type` when the node has one set, undefined when that optional slot
 * is empty. Whether a slot is set is known from the node's configuration; a credential that is
 * set but cannot be read is an error and stays one.
 */
export async function optionalCredentials<T extends object>(context: IExecuteFunctions, type: string): Promise<T | undefined> {
	if (!context.getNode().credentials?.[type]) return undefined;
	return await context.getCredentials<T>(type);
}
