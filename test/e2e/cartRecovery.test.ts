import { randomUUID } from 'crypto';
import { mkdirSync } from 'fs';
import path from 'path';
import { launchChromium } from '../support/chromium';
import { signCommerceBody } from '../../nodes/CartRecoveryTrigger/signature';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../nodes/shared/clients/postgres';
import { GeminiFake } from '../fakes/geminiFake';
import { GraphFake, type GraphSent } from '../fakes/graphFake';
import { routeModel, say, viewOf, type ModelView } from '../integration/agent/support';
import { postgresCredentials } from '../support/services';
import { n8nFromEnv } from './support/n8nClient';
import { inbound, type ProviderSecrets } from './support/providerMessages';
import { loadWorkflow, type CredentialRef } from './support/workflows';

// workflows/sales-recovery.json (Cloud API) in the real n8n, against the Graph fake and a
// scripted Gemini fake: the shop's signed webhooks, the template, a conversation whose links
// come only from the offer decision (a link the model invents is caught and corrected), a
// payment delivered five times that converts once and is thanked once, an opt-out in the
// middle that stops everything, and the dashboard opened in a real (headless) Chromium.
const n8n = n8nFromEnv();
const PHONE_NUMBER_ID = '106540352242922';
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: PHONE_NUMBER_ID, apiVersion: 'v23.0' });
const gemini = new GeminiFake({ apiKey: 'gemini-key' });
const secrets: ProviderSecrets = { wahaHmacKey: '', cloudAppSecret: 'sales-app-secret', evolutionApiKey: '' };
const SHOP_SECRET = `shop-${randomUUID()}`;
const DASHBOARD_USER = { user: 'gerente', password: `painel-${randomUUID().slice(0, 8)}` };
const tenant = `sales-e2e-${randomUUID().slice(0, 8)}`;
const prefix = `wa-e2e-${randomUUID()}:`;
const commercePath = `e2e/commerce/${randomUUID()}`;
const whatsappPath = `e2e/sales/${randomUUID()}`;
const dashboardPath = `e2e/dashboard/${randomUUID()}`;
const pool = getPgPool(postgresCredentials());
const redisCredentials = { host: '127.0.0.1', port: 6379, user: '', password: '', database: 0, ssl: false, prefix };
const suffix = String(Date.now()).slice(-8);
const ana = { phone: `55119${suffix}`, name: 'Ana Souza', cart: `chk-ana-${randomUUID().slice(0, 8)}` };
const bruno = { phone: `55219${suffix}`, name: 'Bruno Lima', cart: `chk-bruno-${randomUUID().slice(0, 8)}` };
const PAYMENT_LINK = 'https://loja.example/pay/abc';
const DISCOUNT_LINK = 'https://loja.example/pay/abc?cupom=VOLTA10';
const SCREENSHOT = path.resolve(__dirname, '../../docs/screenshots/sales-dashboard.png');
let workflowId: string;
let started = 0;

/** The model: it uses the link its instructions give, except once, when it invents the discount link. */
function model(view: ModelView) {
	const link = /O único link de pagamento que você pode enviar é este: (\S+)/.exec(view.system)?.[1] ?? '(no link)';
	const text = view.lastUserText;
	if (text.startsWith('[Automatic check]')) return say(`Tem sim! Você pode finalizar por aqui: ${link}`);
	if (/tamanho/i.test(text)) return say(`Tem sim! E hoje tem desconto: ${DISCOUNT_LINK}`);
	if (/caro/i.test(text)) return say(`Entendo! Consegui um desconto pra você: ${link}`);
	if (/frete/i.test(text)) return say(`O frete é calculado no checkout. O link é este: ${link}`);
	return say(`Posso ajudar em algo mais? O link continua aqui: ${link}`);
}

const credentialTypes: Record<string, string[]> = {
	cartRecoveryTrigger: ['whatsAppAiCommerceWebhookApi'],
	cartRecovery: ['whatsAppAiPostgresApi'],
	optOutGuard: ['whatsAppAiPostgresApi', 'whatsAppAiRedisApi'],
	whatsAppAiSend: ['whatsAppAiCloudApi'],
	whatsAppAiTrigger: ['whatsAppAiCloudApi', 'whatsAppAiRedisApi'],
	geminiAgent: ['whatsAppAiGeminiApi', 'whatsAppAiRedisApi', 'whatsAppAiPostgresApi'],
	webhook: ['httpBasicAuth'],
};

beforeAll(async () => {
	await Promise.all([graph.start(), gemini.start()]);
	routeModel(gemini, model);
	const pg = postgresCredentials();
	const credentials: Record<string, CredentialRef> = {
		whatsAppAiCloudApi: await n8n.createCredential('Cloud sales', 'whatsAppAiCloudApi', {
			accessToken: 'graph-token',
			phoneNumberId: PHONE_NUMBER_ID,
			businessAccountId: '1',
			appSecret: secrets.cloudAppSecret,
			verifyToken: 'v',
			apiVersion: 'v23.0',
			baseUrl: graph.url,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis sales', 'whatsAppAiRedisApi', redisCredentials),
		whatsAppAiPostgresApi: await n8n.createCredential('Postgres sales', 'whatsAppAiPostgresApi', {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: pg.password ?? '',
			ssl: 'disable',
			maxConnections: 5,
		}),
		whatsAppAiGeminiApi: await n8n.createCredential('Gemini sales', 'whatsAppAiGeminiApi', { apiKey: 'gemini-key', baseUrl: gemini.url }),
		whatsAppAiCommerceWebhookApi: await n8n.createCredential('Shop webhooks', 'whatsAppAiCommerceWebhookApi', {
			secret: SHOP_SECRET,
			signatureHeader: 'X-Signature-256',
		}),
		httpBasicAuth: await n8n.createCredential('Dashboard login', 'httpBasicAuth', DASHBOARD_USER),
	};
	const workflow = loadWorkflow('sales-recovery.json');
	for (const node of workflow.nodes) {
		const type = String(node.type).split('.').pop()!;
		const types = credentialTypes[type];
		if (types) node.credentials = Object.fromEntries(types.map((credentialType) => [credentialType, credentials[credentialType]]));
		if (node.webhookId) node.webhookId = randomUUID();
		if (type === 'cartRecoveryTrigger') node.parameters.path = commercePath;
		if (type === 'whatsAppAiTrigger') node.parameters.path = whatsappPath;
		if (type === 'webhook') node.parameters.path = dashboardPath;
		if (type === 'cartRecoveryTrigger' || type === 'whatsAppAiTrigger' || node.parameters.tenant === 'default')
			node.parameters.tenant = tenant;
	}
	workflowId = await n8n.deploy(workflow, commercePath);
});
afterAll(async () => {
	await Promise.all([graph.stop(), gemini.stop()]);
	await pool.query('DELETE FROM cart_recoveries WHERE tenant = $1', [tenant]);
	for (const table of ['contact_optouts', 'contact_consents', 'contact_suppressions', 'guard_tenant_salts']) {
		await pool.query(`DELETE FROM ${table} WHERE tenant = $1`, [tenant]);
	}
	await closeAllClients();
});

// ---- helpers -------------------------------------------------------------------------------------

/** Posts a signed (or forged) shop event; accepted events start an execution. */
async function shop(event: Record<string, unknown>, signature?: string): Promise<Response> {
	const raw = Buffer.from(JSON.stringify(event));
	const response = await n8n.postWebhook(commercePath, raw, { 'x-signature-256': signature ?? signCommerceBody(raw, SHOP_SECRET) });
	if (response.status === 200 && ((await response.clone().json()) as { eventType?: string }).eventType) started++;
	return response;
}

function abandoned(customer: { phone: string; name: string; cart: string }, extra: Record<string, unknown> = {}) {
	return {
		event: 'cart.abandoned',
		id: customer.cart,
		customer: { name: customer.name, phone: `+${customer.phone}` },
		product: 'Tênis Corrida Pro',
		value: 199.9,
		currency: 'BRL',
		paymentLink: PAYMENT_LINK,
		discountLink: DISCOUNT_LINK,
		discountValue: 179.91,
		...extra,
	};
}

/** The customer writes on WhatsApp; every message starts an execution. */
async function write(phone: string, text: string): Promise<void> {
	const message = inbound('cloud', text, secrets, 'clinic', Date.now(), phone);
	expect((await n8n.postWebhook(whatsappPath, message.raw, message.headers)).status).toBe(200);
	started++;
}

/** Waits until every execution started so far has finished, and says whether all succeeded. */
async function settled(): Promise<void> {
	const executions = await n8n.waitForExecutions(workflowId, started, 30_000);
	const failed = executions.filter((execution) => execution.status !== 'success');
	if (failed.length > 0)
		throw new Error(`failed executions: ${JSON.stringify(failed.map((e) => [e.id, e.status, e.data?.resultData?.error]))}`);
}

const sent = (phone: string): GraphSent[] => graph.sent(phone);
const texts = (phone: string) => graph.sentTexts(phone);
const templates = (phone: string) => sent(phone).filter((s) => s.type === 'template');
const templateTexts = (message: GraphSent) =>
	((message.request.template as { components?: Array<{ parameters: Array<{ text: string }> }> }).components?.[0]?.parameters ?? []).map(
		(p) => p.text,
	);

async function cartRow(externalId: string) {
	const { rows } = await pool.query('SELECT * FROM cart_recoveries WHERE tenant = $1 AND external_id = $2', [tenant, externalId]);
	return rows[0];
}

// ---- the journeys --------------------------------------------------------------------------------

describe('sales-recovery.json', () => {
	it('refuses unsigned and forged shop webhooks with 401 and starts nothing', async () => {
		const raw = Buffer.from(JSON.stringify(abandoned(ana)));
		const before = (await n8n.executions(workflowId, false)).length;
		const forged: Array<Record<string, string>> = [
			{},
			{ 'x-signature-256': signCommerceBody(raw, 'guessed-secret') },
			{ 'x-signature-256': 'sha256=00' },
		];
		for (const headers of forged) {
			const response = await n8n.postWebhook(commercePath, raw, headers);
			expect(response.status).toBe(401);
			expect(await response.json()).toMatchObject({ error: 'unauthorized' });
		}
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		expect((await n8n.executions(workflowId, false)).length).toBe(before);
		expect(sent(ana.phone)).toEqual([]);
	});

	it('registers an abandonment once, even delivered three times, and sends the template with the name, product and payment link', async () => {
		for (let i = 0; i < 3; i++) expect((await shop(abandoned(ana))).status).toBe(200);
		await settled();
		expect(templates(ana.phone)).toHaveLength(1);
		expect(templates(ana.phone)[0].request).toMatchObject({
			type: 'template',
			template: { name: 'carrinho_abandonado', language: { code: 'pt_BR' } },
		});
		expect(templateTexts(templates(ana.phone)[0])).toEqual(['Ana Souza', 'Tênis Corrida Pro', PAYMENT_LINK]);
		expect(await cartRow(ana.cart)).toMatchObject({ phone: ana.phone, status: 'open', value_cents: '19990' });
		expect((await cartRow(ana.cart)).contacted_at).not.toBeNull();
	});

	it('answers with the original link; a discount link the model invents is caught and never sent', async () => {
		await write(ana.phone, 'Oi! Ainda tem no tamanho 40?');
		await settled();
		expect(texts(ana.phone)).toEqual([`Tem sim! Você pode finalizar por aqui: ${PAYMENT_LINK}`]);
		// The model's first answer carried the discount link; the agent's grounding check sent it back once.
		const turn = gemini.generateRequests().filter((body) => !viewOf(body).isTopic && JSON.stringify(body.contents).includes('tamanho 40'));
		expect(turn).toHaveLength(2);
		expect(viewOf(turn[1]).lastUserText).toMatch(/^\[Automatic check\]/);
		expect(viewOf(turn[0]).system).toContain(`O único link de pagamento que você pode enviar é este: ${PAYMENT_LINK}\n`);
		expect(viewOf(turn[0]).system).not.toContain('cupom=');
	});

	it('offers the discount link after a price objection', async () => {
		await write(ana.phone, 'Achei muito caro...');
		await settled();
		expect(texts(ana.phone).at(-1)).toBe(`Entendo! Consegui um desconto pra você: ${DISCOUNT_LINK}`);
		const request = gemini
			.generateRequests()
			.find((body) => !viewOf(body).isTopic && JSON.stringify(body.contents).includes('muito caro'))!;
		expect(viewOf(request).system).toContain('A pessoa achou o preço alto: ofereça este link com desconto, que sai por R$ 179,91.');
		expect(await cartRow(ana.cart)).toMatchObject({ exchanges: 2, discount_offers: 1, offered_link: 'discount' });
	});

	it('records a payment delivered five times once, converts the cart and thanks once', async () => {
		const payment = {
			event: 'payment.succeeded',
			id: `pay-${randomUUID().slice(0, 8)}`,
			cartId: ana.cart,
			amount: 179.91,
			currency: 'BRL',
		};
		const responses = await Promise.all(Array.from({ length: 5 }, async () => await shop(payment)));
		expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
		await settled();
		const { rows } = await pool.query(
			'SELECT p.amount_cents, p.link_type FROM cart_payments p JOIN cart_recoveries c ON c.id = p.cart_id WHERE c.tenant = $1',
			[tenant],
		);
		expect(rows).toEqual([{ amount_cents: '17991', link_type: 'discount' }]);
		expect(await cartRow(ana.cart)).toMatchObject({ status: 'converted', converted_link: 'discount' });
		const thanks = texts(ana.phone).filter((text) => text.startsWith('Pagamento confirmado'));
		expect(thanks).toEqual([
			'Pagamento confirmado, Ana Souza! 🎉 Obrigada por comprar Tênis Corrida Pro na Loja Bela. Seu pedido já está sendo preparado.',
		]);
	});

	it('sends only the template when the 24-hour window has closed', async () => {
		expect((await shop(abandoned(bruno))).status).toBe(200);
		await settled();
		expect(templates(bruno.phone)).toHaveLength(1);
		graph.outsideWindow(bruno.phone);
		try {
			await write(bruno.phone, 'quanto custa o frete?');
			await settled();
		} finally {
			graph.insideWindow(bruno.phone);
		}
		expect(texts(bruno.phone)).toEqual([]);
		expect(templates(bruno.phone)).toHaveLength(2);
		expect(templateTexts(templates(bruno.phone)[1])).toEqual(['Bruno Lima', 'Tênis Corrida Pro', PAYMENT_LINK]);
	});

	it('stops everything after an opt-out in the middle: one confirmation, then no answer, no new cart', async () => {
		await write(bruno.phone, 'PARAR');
		await settled();
		expect(texts(bruno.phone)).toHaveLength(1);
		expect(texts(bruno.phone)[0]).toMatch(/não receberá mais mensagens/i);
		expect(await cartRow(bruno.cart)).toMatchObject({ status: 'opted_out', close_reason: 'opt_out' });
		const before = sent(bruno.phone).length;

		await write(bruno.phone, 'oi, ainda está aí?');
		await write(bruno.phone, 'PARAR');
		const another = `${bruno.cart}-2`;
		expect((await shop(abandoned({ ...bruno, cart: another }))).status).toBe(200);
		await settled();
		expect(sent(bruno.phone)).toHaveLength(before);
		expect(await cartRow(another)).toBeUndefined();
	});

	it('shows the journey in the dashboard, behind basic auth, in a real browser', async () => {
		const url = `${n8n.url}/webhook/${dashboardPath}`;
		expect((await fetch(url)).status).toBe(401);
		const wrong = await fetch(url, {
			headers: { authorization: `Basic ${Buffer.from(`${DASHBOARD_USER.user}:nope`).toString('base64')}` },
		});
		expect([401, 403]).toContain(wrong.status);

		const browser = await launchChromium();
		try {
			const context = await browser.newContext({
				httpCredentials: { username: DASHBOARD_USER.user, password: DASHBOARD_USER.password },
				viewport: { width: 1280, height: 900 },
			});
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			const response = await page.goto(url);
			started++;
			expect(response?.status()).toBe(200);
			expect(response?.headers()['content-type']).toMatch(/^text\/html/);
			expect(await page.title()).toBe('Recuperação de vendas · Loja Bela');
			for (const days of [7, 30]) {
				const card = page.locator(`section[data-days="${days}"]`);
				expect(await card.locator('[data-kpi="revenue"]').textContent()).toBe('R$ 179,91');
				expect(await card.locator('[data-kpi="converted"]').textContent()).toBe('1');
				expect(await card.locator('[data-kpi="rate"]').textContent()).toBe('50%');
				expect(await card.locator('[data-kpi="optOuts"]').textContent()).toBe('1');
				expect(await card.locator('[data-kpi="withDiscount"]').textContent()).toBe('1');
				const funnel = await card
					.locator('g[data-step]')
					.evaluateAll((steps) => steps.map((step) => [step.getAttribute('data-step'), step.getAttribute('data-count')]));
				expect(funnel).toEqual([
					['abandoned', '2'],
					['contacted', '2'],
					['replied', '2'],
					['converted', '1'],
				]);
			}
			// One page, nothing else fetched: no scripts, styles or images from anywhere.
			expect(requests).toEqual([url]);
			// The README's picture is refreshed on request only, so test runs leave the tree clean.
			if (process.env.WA_AI_SCREENSHOTS === '1') {
				mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
				await page.screenshot({ path: SCREENSHOT, fullPage: true });
			}
		} finally {
			await browser.close();
		}
		await settled();
	});
});
