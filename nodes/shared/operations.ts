import { NodeOperationError, type IExecuteFunctions, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';

// Resources and operations the way n8n's own nodes lay them out: a Resource option list, then
// one Operation option list per resource (beside that resource's operations), and a router that
// finds the operation in a registry typed by name. An unknown name is a NodeOperationError that
// says which names exist, never a TypeError from calling undefined.

export type OperationOption = INodePropertyOptions & { action: string };

export interface ResourceOption {
	name: string;
	value: string;
	description?: string;
}

export function resourceProperty(resources: ResourceOption[], defaultValue: string): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources,
		default: defaultValue,
	};
}

/** The Operation list shown for one resource. */
export function operationProperty(resource: string, options: OperationOption[], defaultValue: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultValue,
	};
}

/** `registry[name]`, or a NodeOperationError naming the unknown value and the known ones. */
export function entryNamed<Entry>(
	context: IExecuteFunctions,
	registry: Record<string, Entry>,
	name: unknown,
	what: string,
	itemIndex: number,
): Entry {
	if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(registry, name)) return registry[name];
	throw new NodeOperationError(context.getNode(), `Unknown ${what} "${String(name)}"; expected one of: ${Object.keys(registry).join(', ')}`, {
		itemIndex,
	});
}

/** The operation an item asks for, looked up by resource and then by operation. */
export function operationOf<Operation>(
	context: IExecuteFunctions,
	registry: Record<string, Record<string, Operation>>,
	itemIndex: number,
): Operation {
	const resource = entryNamed(context, registry, context.getNodeParameter('resource', itemIndex), 'resource', itemIndex);
	return entryNamed(context, resource, context.getNodeParameter('operation', itemIndex), 'operation', itemIndex);
}
