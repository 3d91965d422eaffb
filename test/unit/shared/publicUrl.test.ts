import { isPublicAddress, publicUrlProblem, type Resolve } from '../../../nodes/shared/publicUrl';

// Media URLs that Send hands to the provider: addresses inside a private network are refused,
// so WAHA or Evolution API (beside n8n) is never made to fetch from the clinic's own network.
const resolvesTo =
	(...addresses: string[]): Resolve =>
	async () =>
		addresses;

describe('isPublicAddress', () => {
	it.each([
		'127.0.0.1',
		'10.1.2.3',
		'172.16.0.1',
		'172.31.255.255',
		'192.168.1.10',
		'169.254.169.254',
		'100.64.0.1',
		'0.0.0.0',
		'224.0.0.1',
		'255.255.255.255',
		'::1',
		'::',
		'fe80::1',
		'fd00:ec2::254',
		'::ffff:127.0.0.1',
		'::ffff:169.254.169.254',
		'not-an-ip',
	])('%s is not public', (address) => expect(isPublicAddress(address)).toBe(false));
	it.each(['8.8.8.8', '157.240.1.35', '172.32.0.1', '2a03:2880:f10c:83:face:b00c:0:25de', '::ffff:8.8.8.8'])('%s is public', (address) => {
		expect(isPublicAddress(address)).toBe(true);
	});
});

describe('publicUrlProblem', () => {
	it.each([
		['http://169.254.169.254/latest/meta-data/', /private network \(169\.254\.169\.254/],
		['http://127.0.0.1:3000/api/files/x.jpg', /private network/],
		['http://[::1]/x.jpg', /private network/],
		['http://0x7f000001/x.jpg', /private network/], // hex IPv4, which URL parsing normalizes
		['http://2130706433/x.jpg', /private network/], // decimal IPv4
		['file:///etc/passwd', /must be http\(s\)/],
		['https://user:pass@example.com/x.jpg', /user name or password/],
		['not a url', /is not a URL/],
	])('refuses %s', async (url, problem) => {
		expect(await publicUrlProblem(url, resolvesTo('93.184.216.34'))).toMatch(problem);
	});

	it('refuses a name that resolves to a private address, even when it also has a public one', async () => {
		expect(await publicUrlProblem('https://metadata.internal/x', resolvesTo('93.184.216.34', '10.0.0.5'))).toMatch(
			/metadata\.internal is 10\.0\.0\.5/,
		);
		expect(await publicUrlProblem('https://localhost/x.jpg')).toMatch(/private network/);
	});

	it('refuses a name that does not resolve', async () => {
		const fails: Resolve = async () => {
			throw new Error('ENOTFOUND');
		};
		expect(await publicUrlProblem('https://no-such-host.example/x.jpg', fails)).toMatch(/does not resolve/);
	});

	it('accepts a public URL', async () => {
		expect(
			await publicUrlProblem('https://cdn.example.com/leaflet.pdf', resolvesTo('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946')),
		).toBeUndefined();
	});
});
