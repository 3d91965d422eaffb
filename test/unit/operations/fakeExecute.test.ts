import type { INodeProperties } from 'n8n-workflow';
import { evaluate, fakeExecute, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// The fake execution context the operation tests rely on: it must catch what n8n would not
// forgive (a parameter that is not displayed, a misspelt name) and resolve defaults as n8n does.

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		options: [
			{ name: 'A', value: 'a' },
			{ name: 'B', value: 'b' },
		],
		default: 'a',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		displayOptions: { show: { resource: ['a'] } },
		options: [{ name: 'Get', value: 'get' }],
		default: 'get',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		displayOptions: { show: { resource: ['b'] } },
		options: [
			{ name: 'Put', value: 'put' },
			{ name: 'Drop', value: 'drop' },
		],
		default: 'put',
	},
	{ displayName: 'Limit', name: 'limit', type: 'number', displayOptions: { show: { operation: ['get'] } }, default: 20 },
	{ displayName: 'Limit', name: 'limit', type: 'number', displayOptions: { show: { operation: ['put'] } }, default: 5 },
	{ displayName: 'Key', name: 'key', type: 'string', displayOptions: { hide: { resource: ['b'] } }, default: '={{ $json.key }}' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		default: {},
		options: [{ displayName: 'Retries', name: 'retries', type: 'number', default: 3 }],
	},
	{
		displayName: 'Rows',
		name: 'rows',
		type: 'fixedCollection',
		default: {},
		options: [{ displayName: 'Row', name: 'row', values: [{ displayName: 'ID', name: 'id', type: 'string', default: '' }] }],
	},
];

const contextFor = (parameters: Record<string, unknown>) =>
	fakeExecute({ properties, parameters: parameters as never, items: [{ json: { key: 'k-1', n: 2 } }] }).context;

describe('fakeExecute', () => {
	it('takes the default of the property displayed for the current resource and operation', () => {
		expect(contextFor({}).getNodeParameter('limit', 0)).toBe(20);
		expect(contextFor({ resource: 'b' }).getNodeParameter('operation', 0)).toBe('put');
		expect(contextFor({ resource: 'b' }).getNodeParameter('limit', 0)).toBe(5);
		expect(contextFor({ limit: 7 }).getNodeParameter('limit', 0)).toBe(7);
	});

	it('evaluates expressions against the item, in defaults and set values', () => {
		expect(contextFor({}).getNodeParameter('key', 0)).toBe('k-1');
		expect(contextFor({ key: '=id-{{ $json.n * 2 }}' }).getNodeParameter('key', 0)).toBe('id-4');
		expect(evaluate('={{ $json.missing?.deep ?? "none" }}', {})).toBe('none');
	});

	it('does not default collection options, as n8n does not', () => {
		expect(contextFor({}).getNodeParameter('options', 0)).toEqual({});
		expect(contextFor({ rows: { row: [{ id: 'x' }] } }).getNodeParameter('rows.row', 0, [])).toEqual([{ id: 'x' }]);
		expect(contextFor({}).getNodeParameter('rows.row', 0, [])).toEqual([]);
	});

	it('a parameter that is not displayed gives its fallback, and is recorded; without a fallback it throws', () => {
		const fake = fakeExecute({ properties, parameters: { resource: 'b', operation: 'drop' } });
		expect(fake.context.getNodeParameter('limit', 0, 9)).toBe(9);
		expect(fake.hiddenReads).toEqual(['limit']);
		expect(() => fake.context.getNodeParameter('key', 0)).toThrow('Could not get parameter "key"');
	});

	it('a name no property declares throws, even with a fallback', () => {
		expect(() => contextFor({}).getNodeParameter('limt', 0, 5)).toThrow('the node has no parameter of that name');
	});

	it('reports credentials set on the node, and throws for others or for a broken one', async () => {
		const fake = fakeExecute({ properties, credentials: { goodApi: { token: 't' }, brokenApi: new Error('cannot decrypt') } });
		expect(Object.keys(fake.node.credentials ?? {})).toEqual(['goodApi', 'brokenApi']);
		await expect(fake.context.getCredentials('goodApi')).resolves.toEqual({ token: 't' });
		await expect(fake.context.getCredentials('brokenApi')).rejects.toThrow('cannot decrypt');
		await expect(fake.context.getCredentials('otherApi')).rejects.toThrow('does not have any credentials');
	});

	it('compares the Operation option lists with a registry', () => {
		expect(operationsInDescription(properties)).toEqual({ a: ['get'], b: ['drop', 'put'] });
		expect(operationsInRegistry({ b: { put: 1, drop: 2 }, a: { get: 0 } })).toEqual({ a: ['get'], b: ['drop', 'put'] });
	});
});
