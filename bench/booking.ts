// Cost of Appointment Booking on a real Postgres with 10,000 appointments in the table: slot
// search (by specialty and by practitioner) and booking a free slot (with an idempotency key),
// plus the refusal path (slot taken → alternatives). Baseline, measured in the same run on the
// same pool, interleaved: a bare `SELECT 1` round trip. Runs in a fresh schema that is dropped
// afterwards, so it neither sees nor leaves other data.
//   npx ts-node --transpile-only bench/booking.ts [iterations]
import { randomUUID } from 'crypto';
import { Pool } from 'pg';
import {
	book,
	createPractitioner,
	findSlots,
	isBookingError,
	setWeeklyHours,
	type FindSlotsInput,
	type Practitioner,
} from '../nodes/AppointmentBooking';
import { ensureBookingSchema } from '../nodes/AppointmentBooking/migrations';
import { slotsInWindow, toHoursRule, type Interval } from '../nodes/AppointmentBooking/schedule';
import { closeAllClients } from '../nodes/shared/clients/clientCache';
import { getPgPool, poolConfig } from '../nodes/shared/clients/postgres';
import { postgresCredentials } from '../test/support/services';
import { formatRow, summarize, type Summary } from './stats';

const iterations = Number(process.argv[2] ?? 300);
const warmup = 30;
const seeded = 10_000;
const weeks = 16;
const DAY_MS = 86_400_000;
const tenant = 'bench-clinic';
const timezone = 'America/Sao_Paulo';
// A Monday morning, far enough ahead that "now" never overtakes the seeded weeks.
const now = new Date('2030-01-07T07:00:00-03:00');
const specialties = ['Cardiologia', 'Dermatologia', 'Pediatria', 'Clínica geral'];
const schema = `bench_booking_${randomUUID().replace(/-/g, '').slice(0, 10)}`;

const admin = getPgPool(postgresCredentials());
const pool = new Pool({ ...poolConfig(postgresCredentials()), max: 4, options: `-c search_path=${schema},public` });
pool.on('error', () => undefined);

/** Deterministic, so every run seeds the same table. */
function mulberry32(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
const random = mulberry32(20_300_107);

function shuffle<T>(items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
	const started = process.hrtime.bigint();
	await run();
	return Number(process.hrtime.bigint() - started) / 1e6;
}

let phoneCounter = 0;
const nextPhone = () => `55119${String(++phoneCounter).padStart(8, '0')}`;

interface SlotOf extends Interval {
	practitioner: Practitioner;
}

async function setUp(): Promise<{ practitioners: Practitioner[]; free: SlotOf[]; taken: SlotOf[] }> {
	// The extension lives outside the bench schema, so dropping the schema cannot take it along.
	await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
	await admin.query(`CREATE SCHEMA ${schema}`);
	await ensureBookingSchema(pool);
	const practitioners: Practitioner[] = [];
	for (let index = 0; index < 8; index++) {
		const practitioner = await createPractitioner(pool, {
			tenant,
			name: `Dr. ${String.fromCharCode(65 + index)}`,
			specialty: specialties[index % specialties.length],
		});
		practitioners.push(
			await setWeeklyHours(pool, {
				tenant,
				practitionerId: practitioner.id,
				timezone,
				hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '08:00', end: '18:00', slotMinutes: 30 })),
			}),
		);
	}
	// Every slot of the next 16 weeks (8 × 6 days × 20 slots × 16 = 15,360); 10,000 of them booked.
	const all = shuffle(
		practitioners.flatMap((practitioner) =>
			slotsInWindow(practitioner.hours.map(toHoursRule), now.getTime(), now.getTime() + weeks * 7 * DAY_MS).map((slot) => ({
				...slot,
				practitioner,
			})),
		),
	);
	const taken = all.slice(0, seeded);
	for (let start = 0; start < taken.length; start += 2_500) {
		const batch = taken.slice(start, start + 2_500);
		await pool.query(
			`INSERT INTO appointments (tenant, practitioner_id, phone, starts_at, ends_at, timezone)
			SELECT $1, practitioner_id, phone, to_timestamp(start_ms / 1000.0), to_timestamp(end_ms / 1000.0), $5
			FROM unnest($2::uuid[], $3::float8[], $4::float8[], $6::text[]) AS seed (practitioner_id, start_ms, end_ms, phone)`,
			[
				tenant,
				batch.map((slot) => slot.practitioner.id),
				batch.map((slot) => slot.start),
				batch.map((slot) => slot.end),
				timezone,
				batch.map(() => nextPhone()),
			],
		);
	}
	await pool.query('ANALYZE');
	return { practitioners, free: all.slice(seeded), taken };
}

/** Odd iterations search one practitioner, even ones a specialty; from a random day of the seeded weeks. */
function searchInput(practitioners: Practitioner[], i: number): FindSlotsInput {
	const from = new Date(now.getTime() + Math.floor(random() * 12 * 7) * DAY_MS);
	const practitioner = practitioners[Math.floor(random() * practitioners.length)];
	const target = i % 2 === 1 ? { practitionerId: practitioner.id } : { specialty: practitioner.specialty };
	return { tenant, timezone, now, from, limit: 10, ...target };
}

async function main(): Promise<void> {
	const { practitioners, free, taken } = await setUp();
	const bookable = free.slice(0, iterations + warmup);
	const samples = {
		select1: [] as number[],
		bySpecialty: [] as number[],
		byPractitioner: [] as number[],
		book: [] as number[],
		refused: [] as number[],
	};
	let refusedWithAlternatives = 0;

	for (let i = 0; i < warmup; i++) {
		await pool.query('SELECT 1');
		await findSlots(pool, searchInput(practitioners, i));
		const slot = bookable[iterations + i];
		await book(pool, {
			tenant,
			practitionerId: slot.practitioner.id,
			start: new Date(slot.start),
			contactPhone: nextPhone(),
			idempotencyKey: `warm-${i}`,
			timezone,
			now,
		});
	}
	// Interleaved, so the baseline and the operations see the same machine load.
	for (let i = 0; i < iterations; i++) {
		samples.select1.push(await timed(async () => await pool.query('SELECT 1')));
		const input = searchInput(practitioners, i);
		(i % 2 === 1 ? samples.byPractitioner : samples.bySpecialty).push(await timed(async () => await findSlots(pool, input)));
		const slot = bookable[i];
		samples.book.push(
			await timed(
				async () =>
					await book(pool, {
						tenant,
						practitionerId: slot.practitioner.id,
						start: new Date(slot.start),
						contactPhone: nextPhone(),
						idempotencyKey: `bench-${i}`,
						timezone,
						now,
					}),
			),
		);
		const busy = taken[i];
		samples.refused.push(
			await timed(async () => {
				try {
					await book(pool, {
						tenant,
						practitionerId: busy.practitioner.id,
						start: new Date(busy.start),
						contactPhone: nextPhone(),
						timezone,
						now,
					});
				} catch (error) {
					if (!isBookingError(error, 'slot_taken')) throw error;
					if ((error.alternatives?.length ?? 0) > 0) refusedWithAlternatives++;
				}
			}),
		);
	}

	const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM appointments');
	const baseline = summarize(samples.select1);
	const search = summarize([...samples.bySpecialty, ...samples.byPractitioner]);
	const rowsOut: [string, Summary][] = [
		['baseline: SELECT 1 round trip', baseline],
		['findSlots by specialty (2 practitioners, 10)', summarize(samples.bySpecialty)],
		['findSlots by practitioner (10)', summarize(samples.byPractitioner)],
		['findSlots, all searches', search],
		['book a free slot (idempotency key)', summarize(samples.book)],
		['book taken slot → slot_taken + alternatives', summarize(samples.refused)],
	];
	console.log(
		`Appointment Booking on real Postgres, ${iterations} iterations after ${warmup} warm-up; ${seeded} seeded appointments over ${weeks} weeks ` +
			`(8 practitioners, ~65% of slots taken), ${rows[0].n} in the table at the end; schema ${schema}`,
	);
	for (const [name, summary] of rowsOut) console.log(formatRow(name, summary));
	for (const [name, summary] of rowsOut.slice(1)) {
		console.log(
			`${name.padEnd(48)} vs SELECT 1: median ${(summary.medianMs / baseline.medianMs).toFixed(1)}x, p95 ${(summary.p95Ms / baseline.p95Ms).toFixed(1)}x`,
		);
	}
	console.log(`slot_taken answers with alternatives: ${refusedWithAlternatives} of ${iterations}`);
}

main()
	.catch((error) => {
		process.exitCode = 1;
		console.error(error);
	})
	.finally(async () => {
		await pool.end().catch(() => undefined);
		await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch((error: unknown) => console.error('cleanup failed:', error));
		await closeAllClients();
	});
