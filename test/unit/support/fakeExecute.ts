import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// A small stand-in for n8n's IExecuteFunctions, for unit tests of node operations and routers.
// Parameters behave as in n8n: a parameter the test does not set takes the DEFAULT of the
// property that is displayed for the current resource/operation (so a wrong default in a
// description is caught), collection options are not defaulted (n8n does not either), '=…'
// strings are expressions evaluated against the item's JSON, and a read of a parameter that is
// not displayed returns the fallback or throws. Stricter than n8n: reading a name that no
// property declares throws even with a fallback, so a misspelt parameter name cannot hide.

export interface FakeExecuteOptions {
	/** The node's properties (its description's `properties`). */
	properties: INodeProperties[];
	/** What the user set on the node; the rest comes from the defaults. */
	parameters?: IDataObject;
	/** Input items; default one empty item. */
	items?: INodeExecutionData[];
	/** Credentials set on the node, by type: what getCredentials returns, or an Error it throws. */
	credentials?: Record<string, IDataObject | Error>;
	continueOnFail?: boolean;
	nodeType?: string;
	/** The node's typeVersion; default 1. */
	typeVersion?: number;
}

export interface FakeExecute {
	context: IExecuteFunctions;
	node: INode;
	items: INodeExecutionData[];
	getCredentials: jest.Mock;
	helpers: { getBinaryDataBuffer: jest.Mock; httpRequestWithAuthentication: jest.Mock };
	logger: { debug: jest.Mock; info: jest.Mock; warn: jest.Mock; error: jest.Mock };
	/** Parameters read while not displayed for the current operation (they got their fallback). */
	hiddenReads: string[];
}

export function fakeExecute(options: FakeExecuteOptions): FakeExecute {
	const { properties } = options;
	const parameters = options.parameters ?? {};
	const items: INodeExecutionData[] = options.items ?? [{ json: {} }];
	const credentials = options.credentials ?? {};
	const hiddenReads: string[] = [];

	/** The value a parameter has before expressions: set by the user, or the displayed property's default. */
	const rawValue = (name: string, depth = 0): { displayed: boolean; value?: unknown } => {
		if (depth > 10) throw new Error(`displayOptions of "${name}" refer to each other in a loop`);
		const candidates = properties.filter((property) => property.name === name);
		if (candidates.length === 0) throw new Error(`getNodeParameter("${name}"): the node has no parameter of that name`);
		const displayed = candidates.find((property) =>
			isDisplayed(property, (key) => rawValue(key, depth + 1).value, options.typeVersion ?? 1),
		);
		if (!displayed) return { displayed: false };
		return {
			displayed: true,
			value: Object.prototype.hasOwnProperty.call(parameters, name) ? parameters[name] : structuredClone(displayed.default),
		};
	};

	const getNodeParameter = (name: string, itemIndex: number, fallback?: unknown): unknown => {
		const [top, ...path] = name.split('.');
		const { displayed, value } = rawValue(top);
		if (!displayed) {
			if (fallback !== undefined) {
				hiddenReads.push(name);
				return fallback;
			}
			throw new Error(`Could not get parameter "${name}": it is not displayed for these settings`);
		}
		const item = items[itemIndex];
		if (!item) throw new Error(`getNodeParameter("${name}", ${itemIndex}): there is no item ${itemIndex}`);
		let resolved = evaluate(value, item.json);
		for (const segment of path) resolved = (resolved as IDataObject | undefined)?.[segment];
		if (resolved === undefined) {
			if (fallback !== undefined) return fallback;
			if (path.length > 0) throw new Error(`Could not get parameter "${name}"`);
		}
		return resolved;
	};

	const node: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: options.nodeType ?? 'n8n-nodes-whatsapp-ai.test',
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: type }])),
	};

	const getCredentials = jest.fn(async (type: string) => {
		const credential = credentials[type];
		if (credential === undefined) throw new Error(`Node "${node.name}" does not have any credentials of type "${type}" set`);
		if (credential instanceof Error) throw credential;
		return credential;
	});

	const helpers = {
		getBinaryDataBuffer: jest.fn(async (itemIndex: number, property: string) => {
			const binary = items[itemIndex]?.binary?.[property];
			if (!binary) throw new Error(`no binary "${property}" on item ${itemIndex}`);
			return Buffer.from(binary.data, 'base64');
		}),
		httpRequestWithAuthentication: jest.fn(async () => ({ statusCode: 200, headers: {}, body: {} })),
	};
	const logger = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };

	const context = {
		getNodeParameter,
		getNode: () => node,
		getInputData: () => items,
		getCredentials,
		continueOnFail: () => options.continueOnFail === true,
		helpers,
		logger,
	} as unknown as IExecuteFunctions;

	return { context, node, items, getCredentials, helpers, logger, hiddenReads };
}

function isDisplayed(property: INodeProperties, valueOf: (name: string) => unknown, typeVersion = 1): boolean {
	const { show, hide } = property.displayOptions ?? {};
	const matches = (name: string, allowed: unknown[]) => {
		const value = name === '@version' ? typeVersion : valueOf(name);
		return allowed.some((entry) => (isCondition(entry) ? meetsCondition(value, entry._cnd) : entry === value));
	};
	if (show && !Object.entries(show).every(([name, allowed]) => matches(name, allowed as unknown[]))) return false;
	if (hide && Object.entries(hide).some(([name, allowed]) => matches(name, allowed as unknown[]))) return false;
	return true;
}

/** n8n's expressions, as far as these nodes use them: `={{ js }}` over `$json`. */
export function evaluate(value: unknown, json: IDataObject): unknown {
	if (Array.isArray(value)) return value.map((entry) => evaluate(entry, json));
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, evaluate(entry, json)]));
	}
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const template = value.slice(1);
	const run = (expression: string): unknown => new Function('$json', `return (${expression});`)(json);
	const whole = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(template);
	if (whole && !whole[1].includes('}}')) return run(whole[1]);
	return template.replace(/\{\{([\s\S]*?)\}\}/g, (_, expression: string) => String(run(expression) ?? ''));
}

/** resource → operation values, as the node description's Operation option lists show them. */
export function operationsInDescription(properties: INodeProperties[]): Record<string, string[]> {
	const resources = properties.find((property) => property.name === 'resource');
	const listed: Record<string, string[]> = {};
	for (const resource of (resources?.options ?? []) as INodePropertyOptions[]) listed[String(resource.value)] = [];
	for (const property of properties.filter((candidate) => candidate.name === 'operation')) {
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			listed[resource] = [
				...(listed[resource] ?? []),
				...(property.options as INodePropertyOptions[]).map((option) => String(option.value)),
			];
		}
	}
	return sorted(listed);
}

/** resource → operation names, as a router's `resources` registry holds them. */
export function operationsInRegistry(registry: Record<string, Record<string, unknown>>): Record<string, string[]> {
	return sorted(Object.fromEntries(Object.entries(registry).map(([resource, operations]) => [resource, Object.keys(operations)])));
}

function sorted(listed: Record<string, string[]>): Record<string, string[]> {
	return Object.fromEntries(
		Object.keys(listed)
			.sort()
			.map((resource) => [resource, [...listed[resource]].sort()]),
	);
}

/** Every (resource, operation) pair of a registry, for table-driven tests. */
export function operationPairs(registry: Record<string, Record<string, unknown>>): Array<[string, string]> {
	return Object.entries(registry).flatMap(([resource, operations]) =>
		Object.keys(operations).map((operation): [string, string] => [resource, operation]),
	);
}

// n8n's displayOptions conditions, e.g. { '@version': [{ _cnd: { gte: 2 } }] }: the ones this package uses.
function isCondition(entry: unknown): entry is { _cnd: Record<string, unknown> } {
	return typeof entry === 'object' && entry !== null && '_cnd' in entry;
}

function meetsCondition(value: unknown, condition: Record<string, unknown>): boolean {
	return Object.entries(condition).every(([operator, operand]) => {
		if (operator === 'eq') return value === operand;
		if (operator === 'not') return value !== operand;
		if (typeof value !== 'number' || typeof operand !== 'number') return false;
		if (operator === 'gte') return value >= operand;
		if (operator === 'gt') return value > operand;
		if (operator === 'lte') return value <= operand;
		if (operator === 'lt') return value < operand;
		throw new Error(`fakeExecute: displayOptions condition "${operator}" is not supported`);
	});
}
