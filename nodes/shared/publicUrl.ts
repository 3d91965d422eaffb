// Whether an address is one the outside world can serve. Send hands media URLs to the provider,
// which downloads them from its own network: a loopback, private or link-local address would
// have WAHA or Evolution API (running beside n8n) fetch from inside the clinic's network, e.g. a
// cloud metadata endpoint. Names are resolved and every address they give must be public. The
// provider resolves again when it fetches, so a name that changes its answer in between (DNS
// rebinding) is not covered here; the provider's own network policy is the last line.

import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8], // "this" network
	['10.0.0.0', 8],
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8],
	['169.254.0.0', 16], // link-local, cloud metadata
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15], // benchmarking
	['224.0.0.0', 4], // multicast
	['240.0.0.0', 4], // reserved, broadcast
] as const) {
	NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
	['::', 128],
	['::1', 128],
	['fc00::', 7], // unique local
	['fe80::', 10], // link-local
	['ff00::', 8], // multicast
] as const) {
	NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

export function isPublicAddress(address: string): boolean {
	const mapped = MAPPED_V4.exec(address)?.[1];
	if (mapped) return isPublicAddress(mapped);
	const family = isIP(address);
	if (family === 0) return false;
	return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Why `text` is not a public http(s) URL, or undefined when it is. */
export async function publicUrlProblem(text: string, resolve: Resolve = resolveAll): Promise<string | undefined> {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return 'is not a URL';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be http(s)';
	if (url.username || url.password) return 'must not carry a user name or password';
	const host = url.hostname.replace(/^\[|\]$/g, '');
	let addresses: string[];
	try {
		addresses = isIP(host) ? [host] : await resolve(host);
	} catch {
		return `names a host (${host}) that does not resolve`;
	}
	const inside = addresses.find((address) => !isPublicAddress(address));
	if (addresses.length === 0 || inside !== undefined) {
		return `points inside a private network (${host} is ${inside ?? 'unresolved'})`;
	}
	return undefined;
}
