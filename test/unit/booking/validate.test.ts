import { BookingError, isBookingError } from '../../../nodes/AppointmentBooking/errors';
import { normalizeSpecies, parseBound, parseInstant, requirePhone, requireTimeZone } from '../../../nodes/AppointmentBooking/validate';

function codeOf(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		return isBookingError(error) ? error.code : 'not a BookingError';
	}
	return undefined;
}

describe('parseInstant', () => {
	it('takes instants with Z or an offset as they are', () => {
		expect(parseInstant('start', '2030-03-04T12:00:00Z', 'America/Sao_Paulo').toISOString()).toBe('2030-03-04T12:00:00.000Z');
		expect(parseInstant('start', '2030-03-04T09:00:00-03:00', 'Europe/Lisbon').toISOString()).toBe('2030-03-04T12:00:00.000Z');
		expect(parseInstant('start', new Date('2030-03-04T12:00:00Z'), 'UTC').toISOString()).toBe('2030-03-04T12:00:00.000Z');
	});

	it("reads a reading without offset on the clinic's clock", () => {
		expect(parseInstant('start', '2030-03-04T09:00', 'America/Sao_Paulo').toISOString()).toBe('2030-03-04T12:00:00.000Z');
		expect(parseInstant('start', '2030-03-04 09:00:00', 'America/New_York').toISOString()).toBe('2030-03-04T14:00:00.000Z');
	});

	it('refuses a reading the clocks skip, and takes the first of a repeated one', () => {
		expect(() => parseInstant('start', '2030-03-10T02:30', 'America/New_York')).toThrow(/does not exist in America\/New_York/);
		expect(parseInstant('start', '2030-11-03T01:30', 'America/New_York').toISOString()).toBe('2030-11-03T05:30:00.000Z');
	});

	it('refuses what is not a date', () => {
		for (const value of ['amanhã às 9', '', '2030-02-30T09:00', '2030-03-04T25:00', 42, undefined, new Date('x')]) {
			expect(codeOf(() => parseInstant('start', value, 'UTC'))).toBe('invalid_input');
		}
	});
});

describe('parseBound', () => {
	it('reads a bare date as the whole local day', () => {
		expect(parseBound('from', '2030-03-04', 'America/Sao_Paulo', 'from').toISOString()).toBe('2030-03-04T03:00:00.000Z');
		expect(parseBound('to', '2030-03-04', 'America/Sao_Paulo', 'to').toISOString()).toBe('2030-03-05T03:00:00.000Z');
		expect(parseBound('to', '2030-03-04T10:00Z', 'America/Sao_Paulo', 'to').toISOString()).toBe('2030-03-04T10:00:00.000Z');
	});
});

describe('other checks', () => {
	it('normalizes phones and refuses what is not one', () => {
		expect(requirePhone('5511999990000@c.us')).toBe('5511999990000');
		expect(requirePhone('+55 (11) 99999-0000')).toBe('5511999990000');
		expect(codeOf(() => requirePhone('120363000000000000@g.us'))).toBe('invalid_input');
		expect(codeOf(() => requirePhone('123'))).toBe('invalid_input');
	});

	it('defaults the zone to São Paulo and refuses unknown zones', () => {
		expect(requireTimeZone(undefined)).toBe('America/Sao_Paulo');
		expect(requireTimeZone('Europe/Lisbon')).toBe('Europe/Lisbon');
		expect(codeOf(() => requireTimeZone('GMT-3 Brasília'))).toBe('invalid_input');
	});

	it('normalizes species lists', () => {
		expect(normalizeSpecies(' Dog, cat ,DOG,')).toEqual(['dog', 'cat']);
		expect(normalizeSpecies(undefined)).toEqual([]);
		expect(codeOf(() => normalizeSpecies(7))).toBe('invalid_input');
	});

	it('serializes a BookingError with its code and alternatives', () => {
		const error = new BookingError('slot_taken', 'taken', []);
		expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'slot_taken', message: 'taken', alternatives: [] });
		expect(error).toBeInstanceOf(Error);
		expect(isBookingError(error, 'slot_taken')).toBe(true);
		expect(isBookingError(error, 'not_found')).toBe(false);
	});
});
