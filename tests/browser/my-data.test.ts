import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/platform/i18n/i18n.ts';
import { languages } from '../../src/platform/i18n/languages.ts';
import {
  axeViolationsWithoutJavaScript,
  launchChromium,
  localLink,
  mailedText,
  startDemoKuule,
  tabTo,
} from '../support/browser.ts';

/**
 * H13, E10 as a member lives them, with JavaScript off and the keyboard only, in Finnish, Swedish and
 * English: see everything held about them grouped as the register says, download it, correct it, restrict
 * processing and lift it, delete it all at once, get the confirmation mail, and join again with the same
 * address. Every page has zero axe violations.
 */
describe('my data without JavaScript, keyboard only, in Finnish, Swedish and English (H13, E10)', () => {
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

  const mailed = (page: Page, to: string, pattern: RegExp, seen: Set<string>) =>
    mailedText(page, demo.baseUrl, to, pattern, seen);

  /** Reaches a link or button with the Tab key and activates it with Enter, as a keyboard user does. */
  async function activate(page: Page, selector: string) {
    await tabTo(page, selector, 150);
    await page.keyboard.press('Enter');
  }

  async function expectAccessible(page: Page, where: string) {
    expect(await axeViolationsWithoutJavaScript(browser, page), where).toEqual([]);
  }

  async function join(page: Page, email: string, pseudonym: string, seen: Set<string>) {
    await page.goto(`${demo.baseUrl}/helsinki/join`);
    await page.locator('#email').fill(email);
    await page.locator('#consent').check();
    await page.locator('form[action="/helsinki/join"] button[type=submit]').click();
    await page.goto(
      localLink(
        demo.baseUrl,
        await mailed(page, email, /https?:\/\/\S+\/helsinki\/join\/confirm\?token=[\w-]+/, seen),
      ),
    );
    await page.locator('form[action="/helsinki/join/confirm"] button').click();
    await page.waitForURL(/\/me\/pseudonym$/);
    await page.locator('#pseudonym').fill(pseudonym);
    await page.locator('form[action="/helsinki/me/pseudonym"] button').click();
    await page.waitForURL(/\/me\/profile$/);
    await page.locator('#q_age_band_35-44').check();
    await page.locator('form[action="/helsinki/me/profile"] button[type=submit]').click();
    await page.waitForURL(/\/helsinki\/me$/);
  }

  for (const language of languages) {
    it(`H13, E10: sees, downloads, corrects, restricts and deletes all their data by keyboard, then joins again, in ${language}`, async () => {
      const t = translator(language).t;
      const context = await browser.newContext({
        javaScriptEnabled: false,
        acceptDownloads: true,
        locale: { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language],
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const email = `my-data-${language}@example.fi`;
      const seen = new Set<string>();
      await page.goto(`${demo.baseUrl}/helsinki?lang=${language}`);
      await join(page, email, `Tietoinen ${language.toUpperCase()}`, seen);

      // From the member's page to everything held about them.
      await activate(page, 'a[href="/helsinki/me/data"]');
      await page.waitForURL(/\/helsinki\/me\/data$/);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.locator('h1').textContent()).toBe(t('myData.title'));
      const main = (await page.locator('main').textContent())!;
      expect(main).toContain(email);
      expect(main).toContain(`Tietoinen ${language.toUpperCase()}`);
      expect(main).toContain('35–44');
      expect(main).toContain(t('myData.rewardsNone'));
      expect(await page.locator('section[data-category]').count()).toBe(5);
      await expectAccessible(page, `my data (${language})`);

      // The JSON copy, at once.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        activate(page, 'a[href="/helsinki/me/data.json"]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^my-data-helsinki-\d{4}-\d{2}-\d{2}\.json$/);
      const path = await download.path();
      const exported = JSON.parse(readFileSync(path, 'utf8'));
      expect(exported.membership.email).toBe(email);
      expect(exported.rewards).toEqual([]);

      // Correct the profile from the page that shows it: the arrow key moves to the next age group.
      await activate(page, 'main a[href="/helsinki/me/profile"]');
      await page.waitForURL(/\/helsinki\/me\/profile$/);
      await tabTo(page, '#q_age_band_35-44');
      await page.keyboard.press('ArrowDown');
      await activate(page, 'form[action="/helsinki/me/profile"] button[type=submit]');
      await page.waitForURL(/\/helsinki\/me$/);
      await activate(page, 'a[href="/helsinki/me/data"]');
      await page.waitForURL(/\/helsinki\/me\/data$/);
      const corrected = (await page.locator('main').textContent())!;
      expect(corrected).toContain('45–54');
      expect(corrected).not.toContain('35–44');

      // Restrict processing, and lift it.
      await activate(page, 'form[action="/helsinki/me/data/restrict"] button');
      await page.locator('form[action="/helsinki/me/data/lift-restriction"]').waitFor();
      expect(page.url()).toMatch(/\/helsinki\/me\/data#restrict-heading$/);
      expect(
        await page.locator('form[action="/helsinki/me/data/lift-restriction"] [role=status]').count(),
      ).toBe(1);
      await expectAccessible(page, `restricted (${language})`);
      // The same address again (with its anchor): wait for the page that follows, not for the address.
      await activate(page, 'form[action="/helsinki/me/data/lift-restriction"] button');
      await page.locator('form[action="/helsinki/me/data/restrict"]').waitFor();
      expect(await page.locator('form[action="/helsinki/me/data/restrict"]').count()).toBe(1);

      // Delete: see what goes and what stays, then one confirmed action.
      await activate(page, 'a[href="/helsinki/me/data/delete"]');
      await page.waitForURL(/\/helsinki\/me\/data\/delete$/);
      expect(await page.locator('h1').textContent()).toBe(t('myData.delete.title'));
      expect(await page.locator('main').textContent()).toContain(t('myData.kept.consents.what'));
      await expectAccessible(page, `delete (${language})`);
      await activate(page, 'form[action="/helsinki/me/data/delete"] button[type=submit]');
      await page.waitForURL(/\/helsinki\/my-data-deleted/);
      expect(await page.locator('h1').textContent()).toBe(t('myData.deleted.title'));
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectAccessible(page, `deleted (${language})`);

      // The confirmation mail, in the member's language; the session is over.
      const subject = t('myData.email.deleted.subject', { organisation: '' }).replace(/ – $/, '');
      expect(await mailed(page, email, new RegExp(subject), seen)).toBeTruthy();
      await page.goto(`${demo.baseUrl}/helsinki/me/data`);
      await page.waitForURL(/\/helsinki\/sign-in$/);

      // The same address joins again, as a new member.
      await join(page, email, `Uusi ${language.toUpperCase()}`, seen);
      await page.goto(`${demo.baseUrl}/helsinki/me/data`);
      const fresh = (await page.locator('main').textContent())!;
      expect(fresh).toContain(`Uusi ${language.toUpperCase()}`);
      expect(fresh).not.toContain(exported.membership.memberKey);
      await context.close();
    });
  }
});
