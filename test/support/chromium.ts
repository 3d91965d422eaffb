// Headless Chromium for the browser, e2e and start tiers: Debian's package (installed by
// scripts/test-prerequisites.sh), driven by playwright-core. CHROMIUM_PATH points elsewhere.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (tests run as root in containers), no GPU, and nothing fetched behind the test's back. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
	return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });
}
