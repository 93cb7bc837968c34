import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/platform/i18n/languages.ts';
import { launchChromium, localLink, mailedText, startDemoKuule } from '../support/browser.ts';

/**
 * H1, H2, H3, H16 as a resident lives them, with JavaScript off, in each language: join with an email
 * only, confirm from the mail, pick a pseudonym, answer one background question, sign out and back in,
 * and leave by withdrawing the consent.
 */
describe('a member without JavaScript, in Finnish, Swedish and English', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemoKuule>>;

  beforeAll(async () => {
    demo = await startDemoKuule();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /** The newest link to `path` mailed to `to`, read from the demo mailbox page. */
  const mailedLink = async (page: Page, to: string, path: string, seen: Set<string>) =>
    localLink(
      demo.baseUrl,
      await mailedText(page, demo.baseUrl, to, new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`), seen),
    );

  for (const language of languages) {
    it(`joins, takes part and leaves in ${language}`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        locale: { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language],
      });
      const page = await context.newPage();
      const email = `resident-${language}@example.fi`;
      const seen = new Set<string>();

      await page.goto(`${demo.baseUrl}/helsinki?lang=${language}`);
      await page.locator('a[href="/helsinki/join"]').first().click();
      await page.waitForURL(/\/helsinki\/join$/);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await page.locator('#email').fill(email);
      await page.locator('#consent').check();
      await page.locator('form[action="/helsinki/join"] button[type=submit]').click();
      expect(await page.locator('[role=status] h1').count()).toBe(1);

      await page.goto(await mailedLink(page, email, '/helsinki/join/confirm', seen));
      await page.locator('form[action="/helsinki/join/confirm"] button').click();
      await page.waitForURL(/\/me\/pseudonym$/);
      await page.locator('#pseudonym').fill(`Asukas ${language.toUpperCase()}`);
      await page.locator('form[action="/helsinki/me/pseudonym"] button').click();
      await page.waitForURL(/\/me\/profile$/);
      await page.locator('#q_age_band_35-44').check();
      await page.locator('form[action="/helsinki/me/profile"] button[type=submit]').click();
      await page.waitForURL(/\/helsinki\/me$/);
      const me = await page.locator('main').textContent();
      expect(me).toContain(`Asukas ${language.toUpperCase()}`);
      expect(me).toContain('35–44');
      expect(me).not.toContain(email);

      // Sign out, and back in with a link.
      await page.locator('form[action="/helsinki/me/sign-out"] button').click();
      await page.waitForURL(/\/helsinki$/);
      await page.goto(`${demo.baseUrl}/helsinki/sign-in`);
      await page.locator('#email').fill(email);
      await page.locator('form[action="/helsinki/sign-in"] button').click();
      await page.goto(await mailedLink(page, email, '/helsinki/sign-in/confirm', seen));
      await page.locator('form[action="/helsinki/sign-in/confirm"] button').click();
      await page.waitForURL(/\/helsinki\/me$/);
      expect(await page.getAttribute('html', 'lang')).toBe(language);

      // Leave: one action.
      await page.locator('form[action$="/withdraw"] button').click();
      await page.waitForURL(/\/helsinki\/left$/);
      await page.goto(`${demo.baseUrl}/helsinki/me`);
      await page.waitForURL(/\/helsinki\/sign-in$/);
      await context.close();
    });
  }
});
