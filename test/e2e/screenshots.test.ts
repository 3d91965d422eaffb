// The n8n editor as clinic staff see it, in headless Chromium (Debian's, through playwright-core):
// log in with the e2e owner, open every shipped workflow's canvas (imported as "Import from file"
// does) and every one of our nodes' parameter panel (NDV). The assertions always run; the PNGs
// in docs/screenshots/ are written only with WA_AI_SCREENSHOTS=1, so CI does not dirty the tree:
//   WA_AI_SCREENSHOTS=1 npm run test:e2e -- test/e2e/screenshots.test.ts
import { mkdirSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { n8nFromEnv } from './support/n8nClient';
import { OWNER } from './support/n8nInstance';
import { importThroughEditor, type SavedWorkflow } from './support/editorImport';
import { PACKAGE, readWorkflowFile } from './support/workflows';

const n8n = n8nFromEnv();
const repoRoot = path.resolve(__dirname, '../..');
const SHOTS = path.join(repoRoot, 'docs', 'screenshots');
const WRITE = process.env.WA_AI_SCREENSHOTS === '1';
const VIEWPORT = { width: 1440, height: 900 };

const FILES = readdirSync(path.join(repoRoot, 'workflows'))
	.filter((file) => file.endsWith('.json'))
	.sort();

/** Our node types as package.json declares them: folder name (for the PNG) and n8n type name. */
const NODE_TYPES = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes.map(
	(distFile) => {
		const className = path.basename(distFile).replace(/\.node\.js$/, '');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exported = require(path.join(repoRoot, distFile)) as Record<
			string,
			new () => { description: { name: string; displayName: string } }
		>;
		const { name, displayName } = new (Object.values(exported)[0])().description;
		return { className, type: `${PACKAGE}.${name}`, displayName };
	},
);

let browser: Browser;
let page: Page;
const imported = new Map<string, SavedWorkflow>();

async function shoot(file: string): Promise<void> {
	if (!WRITE) return;
	mkdirSync(path.dirname(file), { recursive: true });
	await page.screenshot({ path: file });
}

/** Opens a workflow and waits until every node is drawn, its icon loaded, and no spinner is left. */
const isSticky = (node: Record<string, any>) => node.type === 'n8n-nodes-base.stickyNote';
let onCanvas: string | undefined;

async function openCanvas(workflow: SavedWorkflow): Promise<void> {
	if (onCanvas === workflow.id && new URL(page.url()).pathname === `/workflow/${workflow.id}`) return;
	await page.goto(`${n8n.url}/workflow/${workflow.id}`);
	await page.waitForURL(new RegExp(`/workflow/${workflow.id}`));
	onCanvas = workflow.id;
	// Sticky notes are drawn by another component; every real node must be there and visible.
	for (const node of workflow.nodes.filter((candidate) => !isSticky(candidate))) {
		await page
			.locator(`[data-test-id="canvas-node"][data-node-name="${node.name.replace(/"/g, '\\"')}"]`)
			.waitFor({ state: 'visible', timeout: 20_000 });
	}
	await page.locator('[data-test-id="zoom-to-fit"]').click();
	await page.waitForFunction('!document.querySelector(".el-loading-spinner, .el-loading-mask")', undefined, { timeout: 10_000 });
	await page.waitForFunction(
		'[...document.querySelectorAll(\'[data-test-id="canvas-node"] img\')].every((img) => img.complete)',
		undefined,
		{ timeout: 10_000 },
	);
	await page.waitForTimeout(600); // the zoom-to-fit animation
}

beforeAll(async () => {
	for (const file of FILES) imported.set(file, await importThroughEditor(n8n, readWorkflowFile(file)));
	browser = await launchChromium();
	page = await browser.newPage({ viewport: VIEWPORT });
	// The editor's own sign-in form, with the owner the e2e setup created.
	await page.goto(`${n8n.url}/signin`);
	await page.fill('input[name="emailOrLdapLoginId"]', OWNER.email);
	await page.fill('input[name="password"]', OWNER.password);
	await page.click('[data-test-id="form-submit-button"]');
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
}, 120_000);

afterAll(async () => {
	await browser?.close();
	for (const workflow of imported.values()) {
		await n8n.rest('POST', `/rest/workflows/${workflow.id}/archive`, {}).catch(() => undefined);
		await n8n.rest('DELETE', `/rest/workflows/${workflow.id}`).catch(() => undefined);
	}
});

describe('the editor shows every shipped workflow', () => {
	it.each(FILES)('%s: every node on the canvas by its name, with its icon', async (file) => {
		const workflow = imported.get(file)!;
		await openCanvas(workflow);
		expect(new URL(page.url()).pathname).toBe(`/workflow/${workflow.id}`);
		const drawn = await page
			.locator('[data-test-id="canvas-node"]')
			.evaluateAll((nodes: any[]) => nodes.map((node) => node.getAttribute('data-node-name') as string));
		const names = workflow.nodes.filter((node) => !isSticky(node)).map((node) => node.name);
		expect(names.filter((name) => !drawn.includes(name))).toEqual([]);
		expect(drawn.filter((name) => !workflow.nodes.some((node) => node.name === name))).toEqual([]);
		for (const node of workflow.nodes.filter((candidate) => !isSticky(candidate))) {
			const element = page.locator(`[data-test-id="canvas-node"][data-node-name="${node.name.replace(/"/g, '\\"')}"]`);
			await expect(element.isVisible()).resolves.toBe(true);
			// The name is written under the node, and its icon is a loaded image or n8n's built-in icon.
			await expect(element.innerText()).resolves.toContain(node.name);
			const icons = await element.evaluate((el: any) =>
				[...el.querySelectorAll('img')].map((img: any) => ({ src: img.getAttribute('src') as string, width: img.naturalWidth as number })),
			);
			if (node.type.startsWith(`${PACKAGE}.`)) {
				expect(icons.length).toBeGreaterThan(0);
				for (const icon of icons) expect(icon.width).toBeGreaterThan(0);
			}
		}
		await shoot(path.join(SHOTS, 'workflows', file.replace(/\.json$/, '.png')));
		if (file === 'clinic-assistant.json') await shoot(path.join(SHOTS, 'clinic-assistant.png'));
	});
});

describe("the editor opens every one of our nodes' parameter panel", () => {
	// Each node as a shipped workflow configures it: the first file (clinic first) that uses it.
	const order = ['clinic-assistant.json', ...FILES.filter((file) => file !== 'clinic-assistant.json')];
	it.each(NODE_TYPES.map((node) => [node.className, node] as const))('%s', async (_className, nodeType) => {
		const file = order.find((candidate) => readWorkflowFile(candidate).nodes.some((node) => node.type === nodeType.type));
		expect({ nodeType: nodeType.type, usedInAShippedWorkflow: !!file }).toEqual({ nodeType: nodeType.type, usedInAShippedWorkflow: true });
		const workflow = imported.get(file!)!;
		const node = workflow.nodes.find((candidate) => candidate.type === nodeType.type)!;
		await openCanvas(workflow);
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${node.name.replace(/"/g, '\\"')}"]`).dblclick();
		const ndv = page.locator('[data-test-id="ndv"]');
		await ndv.waitFor({ state: 'visible', timeout: 15_000 });
		await page.locator('[data-test-id="ndv"] [data-test-id="parameter-item"]').first().waitFor({ state: 'visible', timeout: 15_000 });
		await page.waitForTimeout(500);
		// The panel is this node's: its name in the title, its type's parameters below, "Docs" link there.
		await expect(page.locator('[data-test-id="node-title-container"]').innerText()).resolves.toContain(node.name);
		expect(await page.locator('[data-test-id="ndv"] [data-test-id="parameter-item"]').count()).toBeGreaterThan(0);
		const box = await ndv.boundingBox();
		expect(box && box.width > VIEWPORT.width * 0.5 && box.x >= 0 && box.x + box.width <= VIEWPORT.width).toBe(true);
		await shoot(path.join(SHOTS, 'nodes', `${nodeType.className}.png`));
		await page.locator('[data-test-id="ndv-close-button"]').click();
		await ndv.waitFor({ state: 'hidden', timeout: 10_000 });
	});
});
