import { testPostgresCredentials, testRedisCredentials } from '../../../nodes/shared/credentialTests';
import { freePort } from '../../../scripts/stack/net';
import { postgresCredentials, redisCredentials } from '../../support/services';

describe('Redis credential test (PING)', () => {
	it('passes against the real server', async () => {
		const result = await testRedisCredentials(redisCredentials());
		expect(result).toEqual({ status: 'OK', message: 'Connected to Redis at 127.0.0.1:6379' });
	});

	it('fails with where and why when nothing listens', async () => {
		const port = await freePort();
		const result = await testRedisCredentials({ ...redisCredentials(), port });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(new RegExp(`^Could not reach Redis at 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
	});

	it('fails clearly on a wrong user and password', async () => {
		const result = await testRedisCredentials({ ...redisCredentials(), user: 'nobody', password: 'wrong-password' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Could not reach Redis at 127\.0\.0\.1:6379: WRONGPASS/);
	});
});

describe('Postgres credential test (SELECT 1)', () => {
	it('passes against the real server', async () => {
		const creds = postgresCredentials();
		const result = await testPostgresCredentials(creds);
		expect(result).toEqual({ status: 'OK', message: `Connected to Postgres at 127.0.0.1:5432/${creds.database}` });
	});

	it('names the missing database', async () => {
		const result = await testPostgresCredentials({ ...postgresCredentials(), database: 'no_such_db_wa_ai' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('database "no_such_db_wa_ai" does not exist');
	});

	it('fails with where and why when nothing listens', async () => {
		const port = await freePort();
		const result = await testPostgresCredentials({ ...postgresCredentials(), port });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(new RegExp(`^Could not connect to Postgres at 127\\.0\\.0\\.1:${port}/.*ECONNREFUSED`));
	});
});
