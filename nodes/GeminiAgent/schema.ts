// Tool argument schemas: one object serves as the Gemini function declaration's `parameters`
// and, compiled once into a checking function, as the validator of what the model sends back.
// The declaration gets the subset every Gemini API version takes (type, description, properties,
// required, enum, items); bounds and `pattern` are checked here only.

export type ArgType = 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';

export interface ArgSchema {
	type: ArgType;
	description?: string;
	enum?: readonly string[];
	properties?: Record<string, ArgSchema>;
	required?: readonly string[];
	items?: ArgSchema;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	maxItems?: number;
	/** Checked here only, like the bounds above; say the format in `description` for the model. */
	pattern?: RegExp;
}

export type Validation = { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] };
type Check = (value: unknown, path: string, errors: string[]) => void;

const MAX_ERRORS = 5;

/** A validator for an object schema; build it once per tool, at module load. */
export function compileSchema(schema: ArgSchema): (value: unknown) => Validation {
	if (schema.type !== 'object') throw new TypeError('a tool schema must be an object schema');
	const check = compile(schema);
	return (value) => {
		// A call with no arguments arrives as {} from the adapter; null or an array is malformed.
		const errors: string[] = [];
		check(value, 'args', errors);
		return errors.length === 0 ? { ok: true, value: value as Record<string, unknown> } : { ok: false, errors: errors.slice(0, MAX_ERRORS) };
	};
}

function compile(schema: ArgSchema): Check {
	switch (schema.type) {
		case 'object':
			return compileObject(schema);
		case 'array':
			return compileArray(schema);
		case 'string':
			return compileString(schema);
		case 'integer':
		case 'number':
			return compileNumber(schema);
		case 'boolean':
			return (value, path, errors) => {
				if (typeof value !== 'boolean') errors.push(`${path} must be true or false`);
			};
	}
}

function compileObject(schema: ArgSchema): Check {
	const properties = Object.entries(schema.properties ?? {}).map(([name, child]) => ({ name, check: compile(child) }));
	const known = new Set(properties.map((property) => property.name));
	const required = schema.required ?? [];
	const allowed = [...known].join(', ') || 'none';
	return (value, path, errors) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			errors.push(`${path} must be an object`);
			return;
		}
		const record = value as Record<string, unknown>;
		for (const name of required) {
			if (record[name] === undefined || record[name] === null) errors.push(`${path}.${name} is required`);
		}
		for (const name of Object.keys(record)) {
			if (!known.has(name)) errors.push(`${path}.${name} is not an argument of this tool (arguments: ${allowed})`);
		}
		for (const { name, check } of properties) {
			const child = record[name];
			if (child === undefined || child === null) continue;
			check(child, `${path}.${name}`, errors);
		}
	};
}

function compileArray(schema: ArgSchema): Check {
	const item = schema.items ? compile(schema.items) : undefined;
	return (value, path, errors) => {
		if (!Array.isArray(value)) {
			errors.push(`${path} must be a list`);
			return;
		}
		if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path} must have at most ${schema.maxItems} items`);
		if (item) value.forEach((element, index) => item(element, `${path}[${index}]`, errors));
	};
}

function compileString(schema: ArgSchema): Check {
	const allowed = schema.enum ? new Set(schema.enum) : undefined;
	return (value, path, errors) => {
		if (typeof value !== 'string') {
			errors.push(`${path} must be text`);
			return;
		}
		if (allowed && !allowed.has(value)) {
			errors.push(`${path} must be one of ${[...allowed].join(', ')}`);
			return;
		}
		if (schema.minLength !== undefined && value.trim().length < schema.minLength)
			errors.push(`${path} must have at least ${schema.minLength} characters`);
		if (schema.maxLength !== undefined && value.length > schema.maxLength)
			errors.push(`${path} must have at most ${schema.maxLength} characters`);
		if (schema.pattern && !schema.pattern.test(value))
			errors.push(`${path} has the wrong format${schema.description ? ` (${schema.description})` : ''}`);
	};
}

function compileNumber(schema: ArgSchema): Check {
	const integer = schema.type === 'integer';
	return (value, path, errors) => {
		if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
			errors.push(`${path} must be ${integer ? 'a whole number' : 'a number'}`);
			return;
		}
		if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path} must be at least ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path} must be at most ${schema.maximum}`);
	};
}

/** The schema as Gemini's function declaration wants it: no RegExp, enums marked as such. */
export function toDeclarationSchema(schema: ArgSchema): Record<string, unknown> {
	const out: Record<string, unknown> = { type: schema.type };
	if (schema.description) out.description = schema.description;
	if (schema.enum) {
		out.enum = [...schema.enum];
		// @google/generative-ai 0.24 wants string enums flagged with format 'enum'.
		out.format = 'enum';
	}
	if (schema.properties) {
		out.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, child]) => [name, toDeclarationSchema(child)]));
	}
	if (schema.required?.length) out.required = [...schema.required];
	if (schema.items) out.items = toDeclarationSchema(schema.items);
	// Bounds (minimum, maxLength…) stay here: not every API version takes them in a declaration,
	// and a 400 for the whole turn is a poor price for them. Descriptions state them instead.
	return out;
}
