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

/** What an operation file exports beside its parameters and execute: its entry in the Operation list. */
export interface ListedOperation {
	option: Omit<OperationOption, 'value'>;
	description: INodeProperties[];
}

/**
 * A resource's registry and its parameters: the Operation list (sorted by name, as n8n shows
 * it), then every operation's own parameters. Each operation file carries its option, so the
 * list and the registry cannot disagree.
 */
export function defineResource<Name extends string, Operation extends ListedOperation>(
	/** The resource the list belongs to; undefined for a node without resources (always shown). */
	resource: string | undefined,
	operations: Record<Name, Operation>,
	defaultOperation: NoInfer<Name>,
): { operations: Record<Name, Operation>; properties: INodeProperties[] } {
	const entries = Object.entries(operations) as [Name, Operation][];
	const options = entries.map(([value, operation]) => ({ ...operation.option, value })).sort((a, b) => a.name.localeCompare(b.name));
	return {
		operations,
		properties: [operationProperty(resource, options, defaultOperation), ...entries.flatMap(([, operation]) => operation.description)],
	};
}

/** The Operation list shown for one resource (or always, for a node without resources). */
export function operationProperty(resource: string | undefined, options: OperationOption[], defaultValue: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		...(resource === undefined ? {} : { displayOptions: { show: { resource: [resource] } } }),
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
	throw new NodeOperationError(
		context.getNode(),
		`Unknown ${what} "${String(name)}"; expected one of: ${Object.keys(registry).join(', ')}`,
		{
			itemIndex,
		},
	);
}

/**
 * The operation an item asks for, looked up by resource and then by operation. Operation names
 * are unique across a node's resources, so a workflow saved before the node had resources (its
 * Resource falls back to the default) still finds its operation in the resource that has it.
 */
export function operationOf<Operation>(
	context: IExecuteFunctions,
	registry: Record<string, Record<string, Operation>>,
	itemIndex: number,
): Operation {
	const resource = entryNamed(context, registry, context.getNodeParameter('resource', itemIndex), 'resource', itemIndex);
	const name = context.getNodeParameter('operation', itemIndex, '');
	if (typeof name === 'string' && !Object.prototype.hasOwnProperty.call(resource, name)) {
		const owner = Object.values(registry).find((operations) => Object.prototype.hasOwnProperty.call(operations, name));
		if (owner) return owner[name];
	}
	return entryNamed(context, resource, name, 'operation', itemIndex);
}
