// Manchester Triage System levels, most urgent first. The order is the point: a result can only
// move up this list (a later rule, an override, the model's second opinion), never silently down.

export const LEVELS = ['emergency', 'very_urgent', 'urgent', 'standard', 'non_urgent'] as const;

export type Level = (typeof LEVELS)[number];

export type Colour = 'red' | 'orange' | 'yellow' | 'green' | 'blue';

export interface LevelInfo {
	colour: Colour;
	/** Maximum wait until first contact, in minutes. */
	maxWaitMinutes: number;
	/** Goes to the node's Emergency output. */
	escalate: boolean;
}

export const LEVEL_INFO: Readonly<Record<Level, LevelInfo>> = {
	emergency: { colour: 'red', maxWaitMinutes: 0, escalate: true },
	very_urgent: { colour: 'orange', maxWaitMinutes: 10, escalate: true },
	urgent: { colour: 'yellow', maxWaitMinutes: 60, escalate: false },
	standard: { colour: 'green', maxWaitMinutes: 120, escalate: false },
	non_urgent: { colour: 'blue', maxWaitMinutes: 240, escalate: false },
};

/** A message that matches no rule: green, not blue, because a bot should never assign a low colour by default. */
export const DEFAULT_LEVEL: Level = 'standard';

const RANK: Readonly<Record<Level, number>> = { emergency: 0, very_urgent: 1, urgent: 2, standard: 3, non_urgent: 4 };

export function isLevel(value: unknown): value is Level {
	return typeof value === 'string' && value in RANK;
}

/** Negative when `a` is more urgent than `b`. */
export function compareLevels(a: Level, b: Level): number {
	return RANK[a] - RANK[b];
}
