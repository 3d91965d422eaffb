// Metadata filters, checked before they reach Chroma so a typo gets a message a person can act on
// (Chroma's own is "data did not match any variant of untagged enum ..."). Accepted, as JSON text
// or as an object:
//   {"source": "faq"}                                   equality (shorthand)
//   {"documentId": {"$in": ["precos", "horarios"]}}     one of
//   {"price": {"$gte": 50, "$lt": 200}}                 several operators on one field
//   {"source": "faq", "lang": "pt"}                     several fields: all must match
//   {"$or": [{"source": "faq"}, {"kind": "price"}]}     either
// Operators: $eq $ne $in $nin on text, numbers and booleans; $gt $gte $lt $lte on numbers.
// The result is Chroma's explicit form: one field or one $and/$or per object.
import { invalidInput } from './errors';
import type { MetadataValue, Where } from './types';

const EQUALITY = new Set(['$eq', '$ne']);
const ORDER = new Set(['$gt', '$gte', '$lt', '$lte']);
const MEMBERSHIP = new Set(['$in', '$nin']);
const OPERATORS = [...EQUALITY, ...ORDER, ...MEMBERSHIP];
const MAX_DEPTH = 6;
const MAX_LIST = 1_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is MetadataValue {
	return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldCondition(field: string, condition: unknown, at: string): Where[] {
	if (field === '' || field.startsWith('#')) throw invalidInput(`Filter field name ${show(field)} at ${at} is not a metadata field`);
	if (isScalar(condition)) return [{ [field]: { $eq: condition } }];
	if (!isPlainObject(condition)) {
		throw invalidInput(
			`Filter ${at}.${field} must be a value (text, number, true/false) or an operator like {"$in": [...]}, got ${show(condition)}`,
		);
	}
	const operators = Object.keys(condition);
	if (operators.length === 0) throw invalidInput(`Filter ${at}.${field} has no operator; use e.g. {"$eq": "faq"}`);
	return operators.map((operator) => {
		const operand = condition[operator];
		const here = `${at}.${field}.${operator}`;
		if (EQUALITY.has(operator)) {
			if (!isScalar(operand)) throw invalidInput(`Filter ${here} must be text, a number or true/false, got ${show(operand)}`);
		} else if (ORDER.has(operator)) {
			if (typeof operand !== 'number' || !Number.isFinite(operand))
				throw invalidInput(`Filter ${here} must be a number, got ${show(operand)}`);
		} else if (MEMBERSHIP.has(operator)) {
			if (!Array.isArray(operand) || operand.length === 0)
				throw invalidInput(`Filter ${here} must be a non-empty list, got ${show(operand)}`);
			if (operand.length > MAX_LIST) throw invalidInput(`Filter ${here} has more than ${MAX_LIST} values`);
			if (!operand.every(isScalar)) throw invalidInput(`Filter ${here} must list only texts, numbers or true/false, got ${show(operand)}`);
			if (new Set(operand.map((item) => typeof item)).size > 1)
				throw invalidInput(`Filter ${here} mixes kinds of values (${show(operand)}); use one kind`);
		} else {
			throw invalidInput(`Filter ${at}.${field} uses ${show(operator)}, which is not an operator here; use one of ${OPERATORS.join(', ')}`);
		}
		return { [field]: { [operator]: operand } };
	});
}

function clause(value: unknown, at: string, depth: number): Where {
	if (depth > MAX_DEPTH) throw invalidInput(`Filter is nested more than ${MAX_DEPTH} levels deep`);
	if (!isPlainObject(value)) throw invalidInput(`Filter ${at} must be an object like {"source": "faq"}, got ${show(value)}`);
	const parts: Where[] = [];
	for (const [key, condition] of Object.entries(value)) {
		if (key === '$and' || key === '$or') {
			if (!Array.isArray(condition) || condition.length === 0)
				throw invalidInput(`Filter ${at}.${key} must be a non-empty list of filters`);
			const inner = condition.map((item, i) => clause(item, `${at}.${key}[${i}]`, depth + 1));
			parts.push(inner.length === 1 ? inner[0] : { [key]: inner });
		} else if (key.startsWith('$')) {
			throw invalidInput(`Filter ${at} uses ${show(key)} where a field name or $and/$or is expected`);
		} else {
			parts.push(...fieldCondition(key, condition, at));
		}
	}
	if (parts.length === 0) throw invalidInput(`Filter ${at} is empty`);
	return parts.length === 1 ? parts[0] : { $and: parts };
}

/**
 * A user's filter as a Chroma `where`, or undefined for none (undefined, null, '', {} or '{}').
 * Throws KnowledgeBaseError('invalid_input') saying what is wrong and where.
 */
export function normalizeFilter(filter: unknown): Where | undefined {
	let value = filter;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			value = JSON.parse(value);
		} catch (error) {
			throw invalidInput(`Filter is not valid JSON: ${(error as Error).message}`);
		}
	}
	if (value === undefined || value === null) return undefined;
	if (isPlainObject(value) && Object.keys(value).length === 0) return undefined;
	return clause(value, 'filter', 0);
}

/** `{documentId: {$in: ids}}` (or $eq for one), with the ids checked. */
export function documentIdsFilter(ids: string[]): Where {
	return ids.length === 1 ? { documentId: { $eq: ids[0] } } : { documentId: { $in: ids } };
}
