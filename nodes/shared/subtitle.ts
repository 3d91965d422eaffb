import type { INodeProperties } from 'n8n-workflow';

// Canvas subtitles in the words of the node panel ("Send Text · WAHA", "Claim Due Reminders")
// rather than internal values ("sendText via waha"). The labels are taken from the option lists
// themselves, so a renamed option renames its subtitle too.

/** value → label of every options property called `name` (a node may have one per resource). */
export function optionLabels(properties: INodeProperties[], name: string): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== name || property.type !== 'options') continue;
		for (const option of property.options ?? []) {
			if ('value' in option && typeof option.value === 'string' && !(option.value in labels)) labels[option.value] = option.name;
		}
	}
	return labels;
}

/**
 * An expression part: the label of `$parameter[name]`, or its raw value when it has none (an
 * expression, a value from a newer version). No `??`: the editor's expression parser predates it.
 */
export function labelOf(name: string, labels: Record<string, string>): string {
	const parameter = `$parameter[${JSON.stringify(name)}]`;
	return `(${JSON.stringify(labels)}[${parameter}] || ${parameter})`;
}

/** A subtitle expression joining the non-empty parts with " · ". */
export function subtitleOf(...parts: string[]): string {
	return `={{ [${parts.join(', ')}].filter(Boolean).join(" · ") }}`;
}

/** The usual subtitle: the operation's label, then optional further parts. */
export function operationSubtitle(properties: INodeProperties[], ...more: string[]): string {
	return subtitleOf(labelOf('operation', optionLabels(properties, 'operation')), ...more);
}
