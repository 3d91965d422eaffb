import { FakeServer, json } from '../../fakes/fakeServer';
import type { FailOptions, RecordedRequest, Reply } from '../../fakes/fakeServer';
import { http, waitFor } from './http';

/** Smallest possible provider: echoes the request, errors as {fault:status}. */
class EchoFake extends FakeServer {
	protected faultReply(fault: FailOptions): Reply {
		return json(fault.status, { fault: fault.status, message: fault.message ?? null });
	}

	protected route(req: RecordedRequest): Reply {
		return json(200, { path: req.path, body: req.body });
	}
}

describe('FakeServer base', () => {
	const fake = new EchoFake();

	beforeAll(() => fake.start());
	afterAll(() => fake.stop());
	beforeEach(() => fake.reset());

	it('listens on a loopback port', () => {
		expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	it('records method, path, query, headers and parsed JSON body', async () => {
		await http(`${fake.url}/a/b?x=1&y=two`, { method: 'POST', json: { hello: 'world' }, headers: { 'x-test': 'yes' } });
		await http(`${fake.url}/raw`, { method: 'POST', body: 'not json' });

		expect(fake.requests).toHaveLength(2);
		const [first, second] = fake.requests;
		expect(first).toMatchObject({ method: 'POST', path: '/a/b', query: { x: '1', y: 'two' }, body: { hello: 'world' }, status: 200 });
		expect(first.headers['x-test']).toBe('yes');
		expect(typeof first.at).toBe('number');
		expect(second.body).toBe('not json');
	});

	it('filters with requestsTo by exact path or regex', async () => {
		await http(`${fake.url}/one`);
		await http(`${fake.url}/one/two`);
		expect(fake.requestsTo('/one')).toHaveLength(1);
		expect(fake.requestsTo(/^\/one/)).toHaveLength(2);
	});

	it('consumes faults in order, honours times, match and Retry-After', async () => {
		fake.fail({ status: 429, retryAfter: 3, times: 2 }).fail({ status: 500, match: '/only-here' });

		const a = await http(`${fake.url}/x`);
		const b = await http(`${fake.url}/x`);
		const c = await http(`${fake.url}/x`);
		expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
		expect(a.headers.get('retry-after')).toBe('3');
		expect(fake.pendingFaults).toBe(1);

		expect((await http(`${fake.url}/only-here`)).status).toBe(500);
		expect(fake.pendingFaults).toBe(0);
	});

	it('reset clears requests and scripted faults', async () => {
		fake.fail({ status: 503, times: 5 }).delay(500);
		await http(`${fake.url}/x`);
		fake.reset();
		expect(fake.requests).toHaveLength(0);
		expect(fake.pendingFaults).toBe(0);
		const started = Date.now();
		expect((await http(`${fake.url}/x`)).status).toBe(200);
		expect(Date.now() - started).toBeLessThan(400);
	});

	it('delays every response', async () => {
		fake.delay(150);
		const started = Date.now();
		await http(`${fake.url}/slow`);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('hangs so a client AbortController times out, then serves normally', async () => {
		fake.hang();
		await expect(fetch(`${fake.url}/hang`, { signal: AbortSignal.timeout(150) })).rejects.toMatchObject({ name: 'TimeoutError' });
		expect(fake.requestsTo('/hang')).toHaveLength(1);
		expect(fake.requestsTo('/hang')[0].status).toBeUndefined();
		expect((await http(`${fake.url}/hang`)).status).toBe(200);
	});
});

describe('FakeServer stop', () => {
	it('closes hung requests instead of waiting for them', async () => {
		const fake = new EchoFake();
		await fake.start();
		fake.hang({ times: 2 });
		// Settle into values right away so the rejections are never unhandled.
		const pending = [fetch(`${fake.url}/a`), fetch(`${fake.url}/b`)].map((p) =>
			p.then(
				() => 'answered',
				(e: Error) => e.message,
			),
		);
		await waitFor(() => fake.requests.length === 2);

		const started = Date.now();
		await fake.stop();
		expect(Date.now() - started).toBeLessThan(1000);
		expect(await Promise.all(pending)).toEqual(['fetch failed', 'fetch failed']);
		expect(() => fake.url).toThrow(/not started/);
	});

	it('cancels a pending delay on stop', async () => {
		const fake = new EchoFake();
		await fake.start();
		fake.delay(60_000);
		const pending = fetch(`${fake.url}/slow`).then(
			() => 'answered',
			(e: Error) => e.message,
		);
		await waitFor(() => fake.requests.length === 1);
		await fake.stop();
		expect(await pending).toBe('fetch failed');
	});
});
