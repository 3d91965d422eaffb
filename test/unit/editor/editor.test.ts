import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { ICredentialType, INodeCredentialDescription, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { optionLabels } from '../../../nodes/shared/subtitle';

// What a clinic's staff member meets in the n8n editor: credential slots that say what they are
// for, the Provider field in the node panel, readable subtitles, one icon per node, codex search
// words, and workflows that import without placeholder credentials.

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
const sourceOf = (dist: string) => path.join(ROOT, dist.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

function load<T>(dist: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- the node list comes from package.json at run time
	const module = require(sourceOf(dist)) as Record<string, new () => T>;
	const [Class] = Object.values(module);
	return new Class();
}

const nodes = pkg.n8n.nodes.map((dist) => ({ dist, description: load<INodeType>(dist).description as INodeTypeDescription }));
const credentials = pkg.n8n.credentials.map((dist) => load<ICredentialType>(dist));
const byName = (name: string) => nodes.find((node) => node.description.name === name)!.description;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'. */
function githubAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}
const readmeAnchors = new Set(
	readFileSync(path.join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6}\s/.test(line))
		.map((line) => githubAnchor(line.replace(/^#+\s*/, ''))),
);

describe('credential slots', () => {
	it.each(nodes.map((node) => [node.description.name, node.description.credentials ?? []] as const))(
		'%s: every slot has a displayName saying what it is for, and optional ones say so',
		(_name, slots) => {
			for (const slot of slots as INodeCredentialDescription[]) {
				expect(slot.displayName).toEqual(expect.any(String));
				expect(/optional/i.test(slot.displayName!)).toBe(slot.required === false);
			}
		},
	);

	it('the optional slots the issue names say "optional"', () => {
		const slot = (node: string, credential: string) => byName(node).credentials!.find((entry) => entry.name === credential)!.displayName;
		expect(slot('optOutGuard', 'whatsAppAiGeminiApi')).toMatch(/^Gemini \(optional/);
		expect(slot('symptomTriage', 'whatsAppAiGeminiApi')).toBe('Gemini (optional, second opinion)');
		expect(slot('whatsAppAiTrigger', 'whatsAppAiRedisApi')).toMatch(/^Redis \(optional, for duplicate detection/);
		expect(slot('whatsAppAiSend', 'whatsAppAiRedisApi')).toMatch(/^Redis \(optional/);
		expect(slot('conversationMemory', 'whatsAppAiPostgresApi')).toMatch(/^Postgres \(optional/);
		expect(slot('conversationMemory', 'whatsAppAiRedisApi')).toMatch(/^Redis \(/);
	});

	it.each(credentials.map((credential) => [credential.name, credential.documentationUrl] as const))(
		'%s: the documentation link points to a heading that exists in README.md',
		(_name, url) => {
			const anchor = /#(.+)$/.exec(String(url))?.[1];
			expect(anchor).toBeDefined();
			expect([...readmeAnchors]).toContain(anchor);
		},
	);

	it('codex documentation links point to README headings too', () => {
		for (const { dist } of nodes) {
			const codex = JSON.parse(readFileSync(sourceOf(dist).replace(/\.ts$/, '.json'), 'utf8'));
			const urls = [...codex.resources.primaryDocumentation, ...codex.resources.credentialDocumentation].map(
				(entry: { url: string }) => entry.url,
			);
			for (const url of urls) expect([...readmeAnchors]).toContain(/#(.+)$/.exec(url)?.[1]);
		}
	});
});

describe('the Provider field stays in the node panel', () => {
	// n8n's editor (2.41, getMainAuthField/findAlternativeAuthField in the editor's nodeTypesUtils)
	// hides from the node panel, and moves into the credential window, a top-level options field
	// all of whose values are named by some credential slot's displayOptions.show.
	function mainAuthField(description: INodeTypeDescription): INodeProperties | undefined {
		const shown: Record<string, string[]> = {};
		for (const slot of description.credentials ?? []) {
			for (const [key, values] of Object.entries(slot.displayOptions?.show ?? {}))
				shown[key] = [...(shown[key] ?? []), ...(values ?? []).map(String)];
		}
		const authFields = description.properties.filter((property) => property.name in shown);
		return (
			authFields.find(
				(field) => field.name === 'authentication' && !field.options?.some((option) => 'value' in option && option.value === 'none'),
			) ??
			authFields.find(
				(field) =>
					(field.options?.length ?? 0) > 0 &&
					field.options!.every(
						(option) => !('value' in option) || typeof option.value !== 'string' || shown[field.name].includes(option.value),
					),
			)
		);
	}

	it.each(['whatsAppAiTrigger', 'whatsAppAiSend'])('%s: Provider is the first field and not taken for the auth field', (name) => {
		const description = byName(name);
		expect(description.properties[0].name).toBe('provider');
		expect(mainAuthField(description)).toBeUndefined();
		// The credential picker is placed after the fields the slots depend on: after Provider.
		expect(description.credentials!.some((slot) => slot.displayOptions?.show?.provider)).toBe(true);
	});

	it('the check would catch the old shape (show on every provider slot)', () => {
		const description = byName('whatsAppAiSend');
		const old = {
			...description,
			credentials: ['waha', 'cloud', 'evolution'].map((provider) => ({
				name: provider,
				displayOptions: { show: { provider: [provider] } },
			})),
		};
		expect(mainAuthField(old)?.name).toBe('provider');
	});

	it.each(['whatsAppAiTrigger', 'whatsAppAiSend'])('%s: exactly one account slot is active for each provider', (name) => {
		const slots = byName(name).credentials!.filter((slot) => slot.required);
		const active = (provider: string) =>
			slots
				.filter((slot) => {
					const { show, hide } = slot.displayOptions ?? {};
					if (show && !Object.values(show).every((values) => values?.includes(provider))) return false;
					return !(hide && Object.values(hide).some((values) => values?.includes(provider)));
				})
				.map((slot) => slot.name);
		expect(active('waha')).toEqual(['whatsAppAiWahaApi']);
		expect(active('cloud')).toEqual(['whatsAppAiCloudApi']);
		expect(active('evolution')).toEqual(['whatsAppAiEvolutionApi']);
	});
});

describe('subtitles', () => {
	const evaluate = (expression: string, parameter: Record<string, unknown>) =>
		new Function('$parameter', `return ${expression.replace(/^=\{\{/, '').replace(/\}\}$/, '')}`)(parameter) as string;

	it('show the option labels, not internal values', () => {
		expect(evaluate(byName('whatsAppAiSend').subtitle!, { operation: 'sendText', provider: 'waha' })).toBe('Send Text · WAHA');
		expect(evaluate(byName('whatsAppAiSend').subtitle!, { operation: 'sendTemplate', provider: 'cloud' })).toBe(
			'Send Template · Cloud API',
		);
		expect(evaluate(byName('appointmentBooking').subtitle!, { operation: 'claimReminders' })).toBe('Claim Due Reminders');
		expect(evaluate(byName('conversationMemory').subtitle!, { operation: 'appendTurn' })).toBe('Add Message to History');
		expect(evaluate(byName('whatsAppAiTrigger').subtitle!, { provider: 'evolution', path: 'whatsapp/clinic' })).toBe(
			'Evolution API · whatsapp/clinic',
		);
		expect(evaluate(byName('symptomTriage').subtitle!, { profile: 'human' })).toBe('Human');
	});

	it.each(['appointmentBooking', 'cartRecovery', 'conversationMemory', 'knowledgeBase', 'optOutGuard', 'whatsAppAiSend'])(
		'%s: every operation has a label in the subtitle',
		(name) => {
			const description = byName(name);
			for (const [value, label] of Object.entries(optionLabels(description.properties, 'operation'))) {
				expect(evaluate(description.subtitle!, { operation: value, provider: 'waha' })).toContain(label);
			}
		},
	);

	it('Send: output labels short enough for the canvas, the second one explained in a hint', () => {
		const send = byName('whatsAppAiSend');
		expect(send.outputNames).toEqual(['Sent', 'Needs Template']);
		for (const label of send.outputNames!) expect(label.length).toBeLessThanOrEqual(14);
		expect(send.hints?.[0].message).toMatch(/^Needs Template: .*24 hours/);
	});
});

describe('icons', () => {
	const iconsOf = (description: INodeTypeDescription) => description.icon as { light: string; dark: string };
	const fileOf = (dist: string, icon: string) => path.resolve(path.dirname(sourceOf(dist)), icon.replace(/^file:/, ''));

	it.each(nodes.map((node) => [node.description.name, node.dist, node.description] as const))(
		'%s: light and dark files exist and differ',
		(_name, dist, description) => {
			const { light, dark } = iconsOf(description);
			expect(existsSync(fileOf(dist, light))).toBe(true);
			expect(existsSync(fileOf(dist, dark))).toBe(true);
			expect(readFileSync(fileOf(dist, light), 'utf8')).not.toBe(readFileSync(fileOf(dist, dark), 'utf8'));
		},
	);

	it('no two nodes share an icon, and none uses the generic Redis or Postgres logo', () => {
		const lights = nodes.map(({ dist, description }) => fileOf(dist, iconsOf(description).light));
		expect(new Set(lights).size).toBe(nodes.length);
		expect(new Set(lights.map((file) => readFileSync(file, 'utf8'))).size).toBe(nodes.length);
		for (const file of lights) expect(path.basename(file)).not.toMatch(/^(redis|postgres|whatsappAi)\./);
	});

	it('the build copies icons/ into dist', () => {
		expect(readFileSync(path.join(ROOT, 'gulpfile.js'), 'utf8')).toContain("'icons/**/*.svg'");
	});
});

describe('codex: the node picker finds every node', () => {
	const codices = nodes.map(({ dist, description }) => ({
		name: description.name,
		displayName: description.displayName,
		codex: JSON.parse(readFileSync(sourceOf(dist).replace(/\.ts$/, '.json'), 'utf8')) as {
			node: string;
			alias: string[];
			categories: string[];
			subcategories?: Record<string, string[]>;
		},
	}));
	const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	const finds = (word: string) =>
		codices
			.filter(({ displayName, codex }) => [displayName, ...codex.alias].some((entry) => fold(entry).includes(fold(word))))
			.map(({ name }) => name);

	it('each codex names its node', () => {
		for (const { name, codex } of codices) expect(codex.node).toBe(`n8n-nodes-whatsapp-ai.${name}`);
	});

	it('"WhatsApp" finds every node, and every node is under Communication › WhatsApp', () => {
		expect(finds('WhatsApp').sort()).toEqual(codices.map(({ name }) => name).sort());
		for (const { codex } of codices) {
			expect(codex.categories).toContain('Communication');
			expect(codex.subcategories?.Communication).toContain('WhatsApp');
		}
	});

	it.each([
		['triagem', 'symptomTriage'],
		['sintomas', 'symptomTriage'],
		['urgência', 'symptomTriage'],
		['consulta', 'appointmentBooking'],
		['agendamento', 'appointmentBooking'],
		['lembrete', 'appointmentBooking'],
		['cita', 'appointmentBooking'],
		['recordatorio', 'appointmentBooking'],
		['descadastrar', 'optOutGuard'],
		['baja', 'optOutGuard'],
		['carrinho', 'cartRecovery'],
		['carrinho', 'cartRecoveryTrigger'],
	])('"%s" finds %s', (word, node) => {
		expect(finds(word)).toContain(node);
	});
});

describe('shipped workflows import cleanly', () => {
	const files = readdirSync(path.join(ROOT, 'workflows')).filter((file) => file.endsWith('.json'));
	const workflows = files.map((file) => ({
		file,
		workflow: JSON.parse(readFileSync(path.join(ROOT, 'workflows', file), 'utf8')) as {
			nodes: Array<Record<string, any>>;
			connections: Record<string, any>;
		},
	}));

	it.each(files)('%s: no placeholder credentials (n8n asks for them instead)', (file) => {
		const { workflow } = workflows.find((entry) => entry.file === file)!;
		for (const node of workflow.nodes) {
			for (const credential of Object.values((node.credentials ?? {}) as Record<string, { id?: string }>))
				expect(credential.id).toBeTruthy();
		}
	});

	it.each(files)('%s: each of our nodes uses a version the node has, and no connection leaves from an output it lacks', (file) => {
		const { workflow } = workflows.find((entry) => entry.file === file)!;
		for (const node of workflow.nodes) {
			const [pkgName, type] = String(node.type).split('.');
			if (pkgName !== 'n8n-nodes-whatsapp-ai') continue;
			const description = byName(type);
			expect([description.version].flat()).toContain(node.typeVersion);
			if (type === 'symptomTriage') {
				const outputs = node.typeVersion >= 2 ? 3 : 2;
				expect(workflow.connections[node.name].main.length).toBeLessThanOrEqual(outputs);
			}
		}
	});

	it('Symptom Triage on version 2 sends Urgent somewhere in every workflow that uses it', () => {
		const triages = workflows.flatMap(({ workflow }) =>
			workflow.nodes.filter((node) => String(node.type).endsWith('.symptomTriage')).map((node) => workflow.connections[node.name].main),
		);
		expect(triages.length).toBeGreaterThanOrEqual(3);
		for (const outputs of triages) {
			expect(outputs).toHaveLength(3);
			for (const output of outputs) expect(output.length).toBeGreaterThan(0);
		}
	});
});
