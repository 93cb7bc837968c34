import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { type RunningKuule, startKuule } from '../../src/server.ts';
import { totpCode } from './http-client.ts';

/** Debian's Chromium; never a downloaded browser. Override with KUULE_CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.KUULE_CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Browser tests use Debian's Chromium: install it with "sudo apt-get install chromium", or point KUULE_CHROMIUM_PATH at a Chromium binary. (Kuule never downloads a browser.)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // This machine has no network beyond loopback: keep Chromium from trying to phone home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A real Kuule (embedded database, demo data) listening on a free loopback port. */
export async function startDemoKuule(): Promise<{
  kuule: RunningKuule;
  baseUrl: string;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuule-browser-'));
  const config = loadConfig({ KUULE_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const kuule = await startKuule(config);
  const { port } = kuule.app.server.address() as AddressInfo;
  return {
    kuule,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await kuule.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Presses Tab until `selector` has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count()) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/**
 * Signs a demo admin in at their first sign-in, in English: password, TOTP enrolment with the shown key,
 * and the confidentiality commitment (E9). The context keeps the session.
 */
export async function signInDemoAdmin(
  context: BrowserContext,
  baseUrl: string,
  signIn: { email: string; password: string },
  organisation: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${organisation}/console/sign-in?lang=en`);
  await page.getByLabel('Email address').fill(signIn.email);
  await page.getByLabel('Password').fill(signIn.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/second-factor$/);
  const secret = (await page.locator('[data-totp-secret]').textContent())!;
  await page.getByLabel('Six-digit code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL(/commitment$/);
  await page.getByRole('button', { name: 'I accept the commitment' }).click();
  await page.waitForURL(new RegExp(`/${organisation}/console$`));
  await page.close();
}

/**
 * The newest unseen mail to `to` in the demo mailbox whose text matches `pattern`: returns the match.
 * Mail goes through a pg-boss job, so the mailbox is read again until it arrives.
 */
export async function mailedText(
  page: Page,
  baseUrl: string,
  to: string,
  pattern: RegExp,
  seen: Set<string>,
): Promise<string> {
  for (let i = 0; i < 100; i++) {
    await page.goto(`${baseUrl}/dev/mailbox`);
    for (const mail of await page.locator('article').allTextContents()) {
      const match = pattern.exec(mail)?.[0];
      if (mail.includes(to) && match && !seen.has(match)) {
        seen.add(match);
        return match;
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`No mail to ${to} matching ${pattern}`);
}

/** A link from a mail, pointed at the Kuule under test (the mail names the configured public URL). */
export function localLink(baseUrl: string, link: string): string {
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}`;
}

/**
 * axe runs as a script, which a page with JavaScript off cannot run: the exact HTML the person got is
 * served again, at the same address (so its styles load), to a checker page that runs axe.
 */
export async function axeViolationsWithoutJavaScript(browser: Browser, page: Page): Promise<string[]> {
  const html = await page.content();
  const url = page.url().split('#')[0]!;
  const checkerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  await checker.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await checker.goto(url);
  const violations = await axeViolations(checker);
  await checkerContext.close();
  return violations;
}
