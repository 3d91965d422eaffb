import { AGENT_TOOL_NAMES, declarationsFor, validateCall } from '../../../nodes/GeminiAgent';
import { compileSchema } from '../../../nodes/GeminiAgent/schema';

const ALL = AGENT_TOOL_NAMES;
const PRACTITIONER = '0d7a1c3e-5b2f-4a8e-9c1d-2e3f4a5b6c7d';

const errorOf = (name: string, args: unknown, enabled: readonly (typeof ALL)[number][] = ALL) => {
	const checked = validateCall(name, args, enabled);
	if (checked.ok) throw new Error(`expected ${name} ${JSON.stringify(args)} to be refused`);
	return checked.outcome.response as { ok: boolean; error: string; message: string };
};

describe('tool argument validation', () => {
	it('accepts well-formed calls', () => {
		expect(validateCall('find_slots', {}, ALL)).toEqual({ ok: true, args: {} });
		expect(
			validateCall('find_slots', { specialty: 'Dermatologia', from: '2030-03-04', to: '2030-03-08', part_of_day: 'morning', limit: 3 }, ALL)
				.ok,
		).toBe(true);
		expect(validateCall('book', { option: 2 }, ALL).ok).toBe(true);
		expect(validateCall('book', { practitioner_id: PRACTITIONER, start: '2030-03-04T09:00:00-03:00', notes: 'dor no dente' }, ALL).ok).toBe(
			true,
		);
		expect(validateCall('book', { practitioner_id: PRACTITIONER, start: '2030-03-04T09:00' }, ALL).ok).toBe(true);
		expect(validateCall('cancel', { appointment_id: PRACTITIONER }, ALL).ok).toBe(true);
		expect(validateCall('reschedule', { appointment_id: PRACTITIONER, option: 1 }, ALL).ok).toBe(true);
		expect(validateCall('list_my_appointments', {}, ALL).ok).toBe(true);
		expect(validateCall('search_knowledge', { query: 'convênios', top_k: 3 }, ALL).ok).toBe(true);
		expect(validateCall('handoff_to_human', { reason: 'quer falar com a recepção' }, ALL).ok).toBe(true);
		expect(validateCall('opt_out', { scope: 'marketing' }, ALL).ok).toBe(true);
		expect(validateCall('opt_out', {}, ALL).ok).toBe(true);
	});

	it('answers an unknown or switched-off tool with a tool error that lists the tools', () => {
		const unknown = errorOf('delete_everything', {});
		expect(unknown).toMatchObject({ ok: false, error: 'unknown_tool' });
		expect(unknown.message).toContain('find_slots');
		expect(errorOf('book', { option: 1 }, ['find_slots'])).toMatchObject({
			error: 'unknown_tool',
			message: expect.stringContaining('Tools: find_slots.'),
		});
	});

	it('refuses identity in the arguments: the phone, tenant or name cannot be chosen by the model', () => {
		const refused = errorOf('book', { option: 1, phone: '5511888887777' });
		expect(refused.error).toBe('invalid_arguments');
		expect(refused.message).toContain('args.phone is not an argument of this tool');
		expect(errorOf('opt_out', { scope: 'all', tenant: 'other' }).message).toContain('args.tenant is not an argument');
		expect(errorOf('list_my_appointments', { contact_phone: '5511888887777' }).message).toContain('(arguments: none)');
	});

	it('reports wrong types, ranges, enums, formats and missing fields', () => {
		expect(errorOf('find_slots', { limit: 'five' }).message).toContain('args.limit must be a whole number');
		expect(errorOf('find_slots', { limit: 2.5 }).message).toContain('args.limit must be a whole number');
		expect(errorOf('find_slots', { limit: 50 }).message).toContain('args.limit must be at most 10');
		expect(errorOf('find_slots', { part_of_day: 'night' }).message).toContain(
			'args.part_of_day must be one of morning, afternoon, evening',
		);
		expect(errorOf('find_slots', { from: 'amanhã' }).message).toContain('args.from has the wrong format');
		expect(errorOf('book', { practitioner_id: 'dra-ana', start: '2030-03-04T09:00' }).message).toContain(
			'args.practitioner_id has the wrong format',
		);
		expect(errorOf('book', { practitioner_id: PRACTITIONER, start: 'segunda 9h' }).message).toContain('args.start has the wrong format');
		expect(errorOf('cancel', {}).message).toContain('args.appointment_id is required');
		expect(errorOf('search_knowledge', { query: ' ' }).message).toContain('at least 2 characters');
		expect(errorOf('handoff_to_human', { reason: 'x'.repeat(301) }).message).toContain('at most 300 characters');
		expect(errorOf('book', null).message).toContain('give option');
		expect(errorOf('book', [1, 2]).message).toContain('args must be an object');
	});

	it('wants exactly one way to name the time', () => {
		expect(errorOf('book', {}).message).toContain('give option (the number the person chose) or practitioner_id and start');
		expect(errorOf('book', { option: 1, start: '2030-03-04T09:00' }).message).toContain('not both');
		expect(errorOf('book', { start: '2030-03-04T09:00' }).message).toContain('start needs practitioner_id');
		expect(errorOf('book', { option: 1, practitioner_id: PRACTITIONER }).message).toContain('option already names the practitioner');
		expect(errorOf('reschedule', { appointment_id: PRACTITIONER }).message).toContain('give option');
		expect(validateCall('reschedule', { appointment_id: PRACTITIONER, start: '2030-03-05T10:00' }, ALL).ok).toBe(true);
	});

	it('stops listing errors after five', () => {
		const validate = compileSchema({
			type: 'object',
			properties: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, { type: 'integer' as const }])),
		});
		const result = validate(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, 'x'])));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toHaveLength(5);
	});
});

describe('tool declarations', () => {
	it('declares each enabled tool once, in a stable order, in the subset Gemini accepts', () => {
		const declarations = declarationsFor(['book', 'find_slots', 'list_my_appointments']);
		expect(declarations.map((d) => d.name)).toEqual(['find_slots', 'book', 'list_my_appointments']);
		const text = JSON.stringify(declarations);
		expect(text).not.toMatch(/"pattern"|"minimum"|"maxLength"/);
		expect(declarations[2]).toEqual({ name: 'list_my_appointments', description: expect.any(String) });
		const findSlots = declarations[0].parameters as { type: string; properties: Record<string, Record<string, unknown>> };
		expect(findSlots.type).toBe('object');
		expect(findSlots.properties.part_of_day).toEqual({
			type: 'string',
			enum: ['morning', 'afternoon', 'evening'],
			format: 'enum',
			description: expect.any(String),
		});
	});

	it('never declares an identity argument', () => {
		const text = JSON.stringify(declarationsFor(ALL));
		for (const forbidden of ['"phone"', '"tenant"', '"contact', '"conversation']) expect(text).not.toContain(forbidden);
	});
});
