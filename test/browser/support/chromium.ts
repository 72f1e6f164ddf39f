import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { packagedChromium } from './packaged-chromium';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's chromium when the machine has one, else the one `npm install` brought
 * (@sparticuz/chromium); never a browser downloaded at test time.
 */
export function chromiumExecutable(): string {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : packagedChromium();
}

export const SCREENSHOTS = path.join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the server under test (each was refused). */
  offOrigin: string[];
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Headless chromium with a fresh profile, whose only network is the `allowed` origins:
 * every other request is aborted and recorded, so a page that works here works
 * with no network at all.
 */
export async function openBrowser(
  allowed: string | string[],
  viewport = { width: 1400, height: 900 },
): Promise<Browser> {
  const origins = Array.isArray(allowed) ? allowed : [allowed];
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const offOrigin: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || origins.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    offOrigin.push(url);
    return route.abort('internetdisconnected');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    offOrigin,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
