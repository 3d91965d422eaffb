import { ClientCache, closeAllClients, credentialKey } from '../../../nodes/shared/clients/clientCache';

describe('credentialKey', () => {
	it('ignores key order and differs when a value differs', () => {
		expect(credentialKey({ host: 'a', port: 1 })).toBe(credentialKey({ port: 1, host: 'a' }));
		expect(credentialKey({ host: 'a', port: 1 })).not.toBe(credentialKey({ host: 'a', port: 2 }));
		expect(credentialKey({ nested: { a: 1, b: 2 } })).toBe(credentialKey({ nested: { b: 2, a: 1 } }));
	});

	it('does not contain the secret itself', () => {
		expect(credentialKey({ apiKey: 'super-secret' })).not.toContain('super-secret');
	});
});

describe('ClientCache', () => {
	function makeCache() {
		const created: string[] = [];
		const closed: string[] = [];
		const cache = new ClientCache<{ id: string }>(
			(data: { host: string }) => {
				created.push(data.host);
				return { id: data.host };
			},
			async (client) => {
				closed.push(client.id);
			},
		);
		return { cache, created, closed };
	}

	it('creates one client per credential and reuses it', () => {
		const { cache, created } = makeCache();
		const first = cache.get({ host: 'a' });
		const again = cache.get({ host: 'a' });
		const other = cache.get({ host: 'b' });
		expect(again).toBe(first);
		expect(other).not.toBe(first);
		expect(created).toEqual(['a', 'b']);
		expect(cache.size).toBe(2);
	});

	it('evicts one client and creates a fresh one next time', async () => {
		const { cache, created, closed } = makeCache();
		const first = cache.get({ host: 'a' });
		await cache.evict({ host: 'a' });
		expect(closed).toEqual(['a']);
		expect(cache.get({ host: 'a' })).not.toBe(first);
		expect(created).toEqual(['a', 'a']);
	});

	it('closes every client of every cache on closeAllClients', async () => {
		const one = makeCache();
		const two = makeCache();
		one.cache.get({ host: 'x' });
		two.cache.get({ host: 'y' });
		await closeAllClients();
		expect(one.closed).toEqual(['x']);
		expect(two.closed).toEqual(['y']);
		expect(one.cache.size).toBe(0);
	});
});
