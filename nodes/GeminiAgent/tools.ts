// The agent's tools, called by Gemini through function calling. Each has one schema that is both
// its declaration and (compiled once, here) the validator of the model's arguments. Who the tool
// acts for (tenant, phone, name, pet) comes from the turn's input, never from the arguments: the
// model cannot book, cancel or opt out for another number. Every outcome goes back to the model
// as a result: a refusal (slot taken, with alternatives), a malformed call (unknown tool, bad
// arguments) and a failure alike; nothing here throws into the turn.
import { createHash } from 'crypto';
import { book, cancel, findSlots, isBookingError, listUpcoming, reschedule, type Appointment, type Slot } from '../AppointmentBooking';
import { pauseBot } from '../ConversationMemory/pause';
import { optOut } from '../OptOutGuard/store';
import type { FunctionDeclaration } from '../shared/gemini/types';
import { compileSchema, toDeclarationSchema, type ArgSchema, type Validation } from './schema';
import type { AgentDeps, AgentSubject, AgentToolName, KnowledgeSearch, Passage } from './types';

// ---------------------------------------------------------------------------------------------
// Offers: the numbered options the person last saw, so that "2" books the second one.

export interface OfferedSlot {
	option: number;
	practitionerId: string;
	practitionerName: string;
	specialty: string;
	/** Local ISO with offset: an exact instant the booking module accepts. */
	start: string;
	label: string;
}

export interface Offer {
	offeredAt: string;
	slots: OfferedSlot[];
}

/** The Conversation Memory state variable that holds the last offer. */
export const OFFER_VARIABLE = 'agentOffer';

/** A stored offer read back from state, or undefined when it is not one of ours. */
export function parseOffer(value: unknown): Offer | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const { offeredAt, slots } = value as Partial<Offer>;
	if (typeof offeredAt !== 'string' || !Array.isArray(slots)) return undefined;
	const valid = slots.filter(
		(slot): slot is OfferedSlot =>
			!!slot &&
			typeof slot.option === 'number' &&
			typeof slot.practitionerId === 'string' &&
			typeof slot.start === 'string' &&
			typeof slot.label === 'string',
	);
	return valid.length > 0 ? { offeredAt, slots: valid } : undefined;
}

// ---------------------------------------------------------------------------------------------
// What a tool needs from the turn

export interface ToolContext {
	tenant: string;
	phone: string;
	contactName?: string;
	conversationKey: string;
	messageId?: string;
	subject?: AgentSubject;
	deps: Pick<AgentDeps, 'pool' | 'redis' | 'knowledge'> & { prefix: string };
	now: Date;
	timeZone: string;
	locale: string;
	slotsPerOffer: number;
	handoffMinutes: number;
	/** The offer in force (from state, or made earlier in this turn). */
	offer?: Offer;
	saveOffer(offer: Offer | undefined): Promise<void>;
	addSources(passages: Passage[]): void;
	onHandoff(handoff: { reason: string; until: string }): void;
	onOptOut(category: 'marketing' | 'all'): void;
	signal: AbortSignal;
}

/** What the model gets back; `detail` is kept for the output only. */
export interface ToolOutcome {
	ok: boolean;
	response: Record<string, unknown>;
	detail?: string;
}

type Needs = 'pool' | 'redis' | 'knowledge';

interface ToolSpec {
	name: AgentToolName;
	description: string;
	parameters: ArgSchema;
	needs: Needs[];
	/** Rules across arguments that a schema cannot say. */
	refine?(args: Record<string, unknown>): string | undefined;
	run(args: Record<string, unknown>, ctx: ToolContext): Promise<ToolOutcome>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?$/i;

const uuid = (description: string): ArgSchema => ({ type: 'string', description: `${description} (an id a tool returned)`, pattern: UUID });
const option = (what: string): ArgSchema => ({
	type: 'integer',
	description: `The option number of the last offered times (${what}), as shown to the person, 1 to 20.`,
	minimum: 1,
	maximum: 20,
});
const startTime: ArgSchema = {
	type: 'string',
	description:
		"A start time exactly as a tool returned it (e.g. '2030-03-04T09:00:00-03:00'), or a local 'YYYY-MM-DDTHH:MM' on the clinic's clock.",
	pattern: DATE_TIME,
};

const ok = (response: Record<string, unknown>): ToolOutcome => ({ ok: true, response: { ok: true, ...response } });
const refused = (error: string, message: string, extra: Record<string, unknown> = {}): ToolOutcome => ({
	ok: false,
	response: { ok: false, error, message, ...extra },
});

// ---------------------------------------------------------------------------------------------
// The tools

const TOOLS: ToolSpec[] = [
	{
		name: 'find_slots',
		description:
			'Find free appointment times at the clinic. Returns numbered options; show them to the person with their option numbers and never offer a time that is not in the result.',
		needs: ['pool'],
		parameters: {
			type: 'object',
			properties: {
				specialty: { type: 'string', description: 'Specialty or service, e.g. "Dermatologia"; leave out for any.', maxLength: 100 },
				practitioner_id: uuid('Only this practitioner'),
				from: {
					type: 'string',
					description: "First day to search, 'YYYY-MM-DD' (or 'YYYY-MM-DDTHH:MM') on the clinic's clock; default now.",
					pattern: DAY_OR_TIME,
				},
				to: {
					type: 'string',
					description: "Last day to search, 'YYYY-MM-DD', included; default two weeks after from.",
					pattern: DAY_OR_TIME,
				},
				part_of_day: { type: 'string', enum: ['morning', 'afternoon', 'evening'], description: 'Only times in this part of the day.' },
				limit: { type: 'integer', description: 'How many options, 1 to 10; default 5.', minimum: 1, maximum: 10 },
			},
		},
		async run(args, ctx) {
			const limit = (args.limit as number | undefined) ?? ctx.slotsPerOffer;
			const part = args.part_of_day as 'morning' | 'afternoon' | 'evening' | undefined;
			const slots = await findSlots(ctx.deps.pool!, {
				tenant: ctx.tenant,
				specialty: args.specialty as string | undefined,
				practitionerId: (args.practitioner_id as string | undefined)?.toLowerCase(),
				species: ctx.subject?.species,
				from: args.from as string | undefined,
				to: args.to as string | undefined,
				// Filtering by part of the day happens after the search, so look further ahead.
				limit: part ? Math.min(100, limit * 8) : limit,
				timezone: ctx.timeZone,
				now: ctx.now,
			});
			const chosen = (part ? slots.filter((slot) => partOfDay(slot.localStart) === part) : slots).slice(0, limit);
			if (chosen.length === 0) {
				return ok({ options: [], message: 'No free times in that period. Suggest other dates or a human.' });
			}
			const offer = makeOffer(chosen, ctx);
			await ctx.saveOffer(offer);
			return ok({ options: offer.slots.map(optionView) });
		},
	},
	{
		name: 'book',
		description:
			'Book an appointment for the person writing (their number and name are filled in for you). Give either the option number the person chose from the last offered times, or practitioner_id and start exactly as find_slots returned them. If the time was taken meanwhile, the result has other options to offer.',
		needs: ['pool'],
		parameters: {
			type: 'object',
			properties: {
				option: option('the one the person chose'),
				practitioner_id: uuid('The practitioner'),
				start: startTime,
				notes: {
					type: 'string',
					description: "Short reason for the visit, in the person's words, if they gave one (at most 500 characters).",
					maxLength: 500,
				},
			},
		},
		refine: exactlyOneTime('practitioner_id and start'),
		async run(args, ctx) {
			const target = resolveTarget(args, ctx);
			if ('error' in target) return target.error;
			if (!target.practitionerId) return refused('invalid_arguments', 'start needs practitioner_id');
			const practitionerId = target.practitionerId;
			const idempotencyKey = ctx.messageId
				? `agent:${createHash('sha256').update([ctx.tenant, ctx.conversationKey, ctx.messageId, practitionerId, target.start].join('|')).digest('hex').slice(0, 40)}`
				: undefined;
			try {
				const result = await book(ctx.deps.pool!, {
					tenant: ctx.tenant,
					practitionerId,
					start: target.start,
					contactPhone: ctx.phone,
					contactName: ctx.contactName,
					subjectName: ctx.subject?.name,
					subjectSpecies: ctx.subject?.species,
					notes: args.notes as string | undefined,
					idempotencyKey,
					timezone: ctx.timeZone,
					now: ctx.now,
				});
				await ctx.saveOffer(undefined);
				return ok({ booked: true, appointment: appointmentView(result.appointment, ctx) });
			} catch (error) {
				return await refusal(error, ctx);
			}
		},
	},
	{
		name: 'cancel',
		description:
			"Cancel one of the person's own upcoming appointments (use list_my_appointments to get its id). Ask for confirmation first.",
		needs: ['pool'],
		parameters: {
			type: 'object',
			properties: {
				appointment_id: uuid('The appointment'),
				reason: { type: 'string', description: 'Why, if the person said (at most 300 characters).', maxLength: 300 },
			},
			required: ['appointment_id'],
		},
		async run(args, ctx) {
			try {
				const appointment = await cancel(ctx.deps.pool!, {
					tenant: ctx.tenant,
					appointmentId: (args.appointment_id as string).toLowerCase(),
					contactPhone: ctx.phone,
					reason: args.reason as string | undefined,
					now: ctx.now,
				});
				return ok({ cancelled: true, appointment: appointmentView(appointment, ctx) });
			} catch (error) {
				return await refusal(error, ctx);
			}
		},
	},
	{
		name: 'reschedule',
		description:
			"Move one of the person's own upcoming appointments to another time: the option number from the last offered times, or start (and optionally practitioner_id) as find_slots returned them.",
		needs: ['pool'],
		parameters: {
			type: 'object',
			properties: {
				appointment_id: uuid('The appointment to move'),
				option: option('the new time'),
				practitioner_id: uuid('The practitioner of the new time, if it changes'),
				start: startTime,
			},
			required: ['appointment_id'],
		},
		refine: exactlyOneTime('start'),
		async run(args, ctx) {
			const target = resolveTarget(args, ctx);
			if ('error' in target) return target.error;
			try {
				const appointment = await reschedule(ctx.deps.pool!, {
					tenant: ctx.tenant,
					appointmentId: (args.appointment_id as string).toLowerCase(),
					contactPhone: ctx.phone,
					newStart: target.start,
					practitionerId: target.practitionerId,
					timezone: ctx.timeZone,
					now: ctx.now,
				});
				await ctx.saveOffer(undefined);
				return ok({ rescheduled: true, appointment: appointmentView(appointment, ctx) });
			} catch (error) {
				return await refusal(error, ctx);
			}
		},
	},
	{
		name: 'list_my_appointments',
		description: "The person's own upcoming appointments (booked or confirmed), earliest first.",
		needs: ['pool'],
		parameters: { type: 'object', properties: {} },
		async run(_args, ctx) {
			const appointments = await listUpcoming(ctx.deps.pool!, { tenant: ctx.tenant, contactPhone: ctx.phone, now: ctx.now, limit: 10 });
			return ok({ appointments: appointments.map((appointment) => appointmentView(appointment, ctx)) });
		},
	},
	{
		name: 'search_knowledge',
		description:
			"Search the clinic's knowledge base (services, prices, insurance, preparation, policies) when the passages you have do not answer the question.",
		needs: ['knowledge'],
		parameters: {
			type: 'object',
			properties: {
				query: { type: 'string', description: 'What to look for, in a few words (2 to 300 characters).', minLength: 2, maxLength: 300 },
				top_k: { type: 'integer', description: 'How many passages, 1 to 8; default 4.', minimum: 1, maximum: 8 },
			},
			required: ['query'],
		},
		async run(args, ctx) {
			const passages = await (ctx.deps.knowledge as KnowledgeSearch)(args.query as string, (args.top_k as number | undefined) ?? 4);
			const usable = passages.filter(isPassage);
			ctx.addSources(usable);
			return ok({ passages: usable.map((p) => ({ id: p.id, title: p.title, text: p.text })) });
		},
	},
	{
		name: 'handoff_to_human',
		description:
			'Hand the conversation to the clinic staff: the assistant stops answering this person for a while. Use it when the person asks for a human, is upset, or needs something you cannot do.',
		needs: ['redis'],
		parameters: {
			type: 'object',
			properties: {
				reason: { type: 'string', description: 'Why, in a few words, for the staff (1 to 300 characters).', minLength: 1, maxLength: 300 },
			},
			required: ['reason'],
		},
		async run(args, ctx) {
			const reason = (args.reason as string).trim();
			const pause = await pauseBot(ctx.deps.redis!, ctx.deps.prefix, ctx.conversationKey, {
				by: 'agent:handoff',
				reason,
				minutes: ctx.handoffMinutes,
			});
			ctx.onHandoff({ reason, until: pause.until });
			return ok({ handed_off: true, until: pause.until });
		},
	},
	{
		name: 'opt_out',
		description:
			'Record that the person does not want to receive messages any more: scope "marketing" for promotions only, "all" for every message. Only when they clearly ask for it; cancelling an appointment is not an opt-out.',
		needs: ['pool', 'redis'],
		parameters: {
			type: 'object',
			properties: { scope: { type: 'string', enum: ['marketing', 'all'], description: 'What they no longer want; default all.' } },
		},
		async run(args, ctx) {
			const category = (args.scope as 'marketing' | 'all' | undefined) ?? 'all';
			const recorded = await optOut(ctx.deps.pool!, ctx.deps.redis!, ctx.deps.prefix, {
				tenant: ctx.tenant,
				phone: ctx.phone,
				category,
				source: 'model',
				reason: 'gemini agent opt_out tool',
			});
			ctx.onOptOut(category);
			return ok({ opted_out: true, scope: category, already: !recorded.created });
		},
	},
];

const COMPILED = new Map(
	TOOLS.map((tool) => [tool.name, { tool, validate: compileSchema(tool.parameters), declaration: declarationOf(tool) }]),
);

function declarationOf(tool: ToolSpec): FunctionDeclaration {
	const parameters = toDeclarationSchema(tool.parameters);
	// A declaration with no properties is sent without parameters, as Gemini prefers.
	const empty = Object.keys(tool.parameters.properties ?? {}).length === 0;
	return empty ? { name: tool.name, description: tool.description } : { name: tool.name, description: tool.description, parameters };
}

/** What each tool needs among the deps, for the node's messages. */
export function toolNeeds(name: AgentToolName): Needs[] {
	return COMPILED.get(name)?.tool.needs ?? [];
}

/** Declarations for the tools in `names`, in a stable order. */
export function declarationsFor(names: readonly AgentToolName[]): FunctionDeclaration[] {
	return TOOLS.filter((tool) => names.includes(tool.name)).map((tool) => COMPILED.get(tool.name)!.declaration);
}

/** Validates one call against its tool (for tests and the turn). */
export function validateCall(
	name: string,
	args: unknown,
	enabled: readonly AgentToolName[],
): { ok: true; args: Record<string, unknown> } | { ok: false; outcome: ToolOutcome } {
	const entry = COMPILED.get(name as AgentToolName);
	if (!entry || !enabled.includes(entry.tool.name)) {
		return {
			ok: false,
			outcome: refused('unknown_tool', `There is no tool named "${name}". Tools: ${enabled.join(', ') || 'none'}.`),
		};
	}
	const validation: Validation = entry.validate(args ?? {});
	if (!validation.ok) {
		return {
			ok: false,
			outcome: refused('invalid_arguments', `Call ${name} again with valid arguments: ${validation.errors.join('; ')}.`),
		};
	}
	const problem = entry.tool.refine?.(validation.value);
	if (problem) return { ok: false, outcome: refused('invalid_arguments', `Call ${name} again with valid arguments: ${problem}.`) };
	return { ok: true, args: validation.value };
}

/** Runs one validated call; failures of the services come back as results too. */
export async function runTool(name: AgentToolName, args: Record<string, unknown>, ctx: ToolContext): Promise<ToolOutcome> {
	if (ctx.signal.aborted) return refused('cancelled', 'The turn ran out of time.');
	try {
		return await COMPILED.get(name)!.tool.run(args, ctx);
	} catch (error) {
		if (isBookingError(error)) return await refusal(error, ctx);
		return {
			...refused('unavailable', 'This tool is not available right now. Apologise and offer to hand over to the staff.'),
			detail: error instanceof Error ? error.message : String(error),
		};
	}
}

// ---------------------------------------------------------------------------------------------
// Helpers

function exactlyOneTime(explicit: string): (args: Record<string, unknown>) => string | undefined {
	return (args) => {
		const hasOption = args.option !== undefined && args.option !== null;
		const hasStart = typeof args.start === 'string';
		if (hasOption && hasStart) return `give either option or ${explicit}, not both`;
		if (!hasOption && !hasStart) return `give option (the number the person chose) or ${explicit}`;
		if (hasOption && args.practitioner_id !== undefined) return 'option already names the practitioner; leave practitioner_id out';
		if (explicit.startsWith('practitioner_id') && hasStart && args.practitioner_id === undefined) return 'start needs practitioner_id';
		return undefined;
	};
}

function resolveTarget(
	args: Record<string, unknown>,
	ctx: ToolContext,
): { practitionerId?: string; start: string } | { error: ToolOutcome } {
	if (typeof args.option === 'number') {
		const chosen = ctx.offer?.slots.find((slot) => slot.option === args.option);
		if (!chosen) {
			const known = ctx.offer?.slots.map((slot) => slot.option).join(', ');
			return {
				error: refused(
					'unknown_option',
					known
						? `There is no option ${args.option}; the last offer has options ${known}.`
						: 'No times were offered yet; call find_slots first.',
				),
			};
		}
		return { practitionerId: chosen.practitionerId, start: chosen.start };
	}
	return { practitionerId: (args.practitioner_id as string | undefined)?.toLowerCase(), start: args.start as string };
}

/** A booking refusal as the model's result; its alternatives become the new numbered offer. */
async function refusal(error: unknown, ctx: ToolContext): Promise<ToolOutcome> {
	if (!isBookingError(error)) throw error;
	const extra: Record<string, unknown> = {};
	if (error.alternatives?.length) {
		const offer = makeOffer(error.alternatives, ctx);
		await ctx.saveOffer(offer);
		extra.options = offer.slots.map(optionView);
	}
	return refused(error.code, error.message.split('. Free times:')[0], extra);
}

function makeOffer(slots: Slot[], ctx: ToolContext): Offer {
	return {
		offeredAt: ctx.now.toISOString(),
		slots: slots.map((slot, index) => ({
			option: index + 1,
			practitionerId: slot.practitionerId,
			practitionerName: slot.practitionerName,
			specialty: slot.specialty,
			start: slot.localStart,
			label: labelOf(slot.start, ctx),
		})),
	};
}

function optionView(slot: OfferedSlot): Record<string, unknown> {
	return {
		option: slot.option,
		when: slot.label,
		start: slot.start,
		practitioner: slot.practitionerName,
		practitioner_id: slot.practitionerId,
		specialty: slot.specialty,
	};
}

function appointmentView(appointment: Appointment, ctx: ToolContext): Record<string, unknown> {
	const view: Record<string, unknown> = {
		appointment_id: appointment.id,
		when: labelOf(appointment.start, ctx),
		start: appointment.localStart,
		practitioner: appointment.practitionerName,
		specialty: appointment.specialty,
		status: appointment.status,
	};
	if (appointment.subjectName) view.for = appointment.subjectName;
	return view;
}

const labelFormats = new Map<string, Intl.DateTimeFormat>();

/** "segunda-feira, 04/03/2030, 09:00" in the person's language and the clinic's zone. */
export function labelOf(instant: string | Date, ctx: Pick<ToolContext, 'locale' | 'timeZone'>): string {
	const key = `${ctx.locale}|${ctx.timeZone}`;
	let format = labelFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(ctx.locale, {
			timeZone: ctx.timeZone,
			weekday: 'long',
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		labelFormats.set(key, format);
	}
	return format.format(new Date(instant));
}

function partOfDay(localStart: string): 'morning' | 'afternoon' | 'evening' {
	const hour = Number(localStart.slice(11, 13));
	return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

function isPassage(value: unknown): value is Passage {
	const p = value as Partial<Passage> | null;
	return !!p && typeof p.id === 'string' && typeof p.text === 'string';
}
