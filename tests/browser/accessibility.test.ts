import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/platform/i18n/languages.ts';
import { axeViolations, launchChromium, signInDemoAdmin, startDemoKuule } from '../support/browser.ts';
import { totpCode } from '../support/http-client.ts';

/** Every page, in Finnish, Swedish and English, has zero axe violations for WCAG 2.0/2.1 A and AA. */
describe('every page meets WCAG 2.1 AA in all three languages (axe-core in Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  /** Espoo's demo admin, for the survey builder, results and draw pages (Espoo has the feedback survey). */
  let espoo: BrowserContext;
  let demo: Awaited<ReturnType<typeof startDemoKuule>>;

  beforeAll(async () => {
    demo = await startDemoKuule();
    browser = await launchChromium();
    context = await browser.newContext();
    // Leave feedback so the console list and the mailbox have content to check.
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/helsinki/accessibility?lang=en`);
    await page.getByLabel('Your feedback', { exact: true }).fill('The language links are hard to see.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL(/thanks/);
    const signIn = demo.kuule.demoSignIns[0]!;
    await page.goto(`${demo.baseUrl}/helsinki/console/sign-in`);
    await page.getByLabel('Email address').fill(signIn.email);
    await page.getByLabel('Password').fill(signIn.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // E9: the second factor is enrolled at the first sign-in, with an authenticator app's code.
    await page.waitForURL(/\/helsinki\/console\/second-factor$/);
    expect(await axeViolations(page)).toEqual([]);
    const secret = (await page.locator('[data-totp-secret]').textContent())!;
    await page.getByLabel('Six-digit code').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    // E9: the commitment comes before anything else.
    await page.waitForURL(/\/helsinki\/console\/commitment$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I accept the commitment' }).click();
    await page.waitForURL(/\/helsinki\/console$/);

    // A member joins, confirms from the demo mailbox and picks a pseudonym, so member pages can be checked.
    await page.goto(`${demo.baseUrl}/helsinki/join?lang=en`);
    await page.getByLabel('Email address').fill('resident@example.fi');
    await page.getByLabel('I give my consent').check();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('text=Check your email');
    let link: string | undefined;
    for (let i = 0; i < 50 && !link; i++) {
      await page.goto(`${demo.baseUrl}/dev/mailbox`);
      link = /https?:\/\/\S+\/helsinki\/join\/confirm\?token=[\w-]+/.exec(await page.content())?.[0];
      if (!link) await page.waitForTimeout(200);
    }
    const path = new URL(link!).pathname + new URL(link!).search;
    await page.goto(`${demo.baseUrl}${path}`);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/me\/pseudonym$/);
    await page.getByRole('button', { name: 'Save pseudonym' }).click();
    await page.waitForURL(/\/me\/profile$/);
    await page.getByLabel('25–34').check();
    await page.getByRole('button', { name: 'Save background information' }).click();
    await page.waitForURL(/\/helsinki\/me$/);
    // The member posts in the demo discussion, so its member and moderator pages have a post to check.
    await page.goto(`${demo.baseUrl}/helsinki/me/discussions/library-welcoming?lang=en`);
    await page.getByLabel('Your post').fill('Longer opening hours on Sundays, please.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/notice=posted/);
    await page.close();

    espoo = await browser.newContext();
    const espooAdmin = demo.kuule.demoSignIns.find((signIn) => signIn.email.endsWith('@espoo.example'))!;
    await signInDemoAdmin(espoo, demo.baseUrl, espooAdmin, 'espoo');
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  const pages = [
    '/',
    '/helsinki',
    '/espoo',
    '/helsinki/accessibility',
    '/espoo/accessibility',
    '/helsinki/join',
    '/helsinki/sign-in',
    '/helsinki/sign-in/confirm?token=a-token-from-an-email',
    '/helsinki/me',
    '/helsinki/me/pseudonym',
    '/helsinki/me/profile',
    '/helsinki/me/contact/event_contact',
    '/helsinki/me/contact/reward_delivery',
    '/helsinki/me/email',
    '/helsinki/me/email/confirm?token=x',
    '/helsinki/console/contact-details',
    '/helsinki/accessibility/thanks?due=2026-12-06',
    '/helsinki/privacy',
    '/espoo/privacy',
    '/helsinki/privacy/customer-community',
    '/espoo/privacy/feedback',
    '/espoo/console/sign-in',
    '/helsinki/console',
    '/helsinki/console/commitment',
    '/helsinki/console/audit-log',
    '/helsinki/console/staff',
    '/helsinki/console/abuse-log',
    '/helsinki/me/discussions/library-welcoming',
    '/helsinki/console/discussions/library-welcoming',
    '/helsinki/left',
    '/helsinki/console/accessibility-feedback',
    '/helsinki/console/research',
    '/helsinki/console/research/library-services-2027',
    '/helsinki/me/tasks',
    '/helsinki/me/tasks/library-services-2027',
    '/helsinki/me/email-preferences',
    '/helsinki/console/research/library-services-2027/tasks/library-services-2027/audience',
    '/helsinki/console/research/library-services-2027/tasks/library-services-2027/invite',
    '/helsinki/console/research/library-services-2027/export',
    '/helsinki/console/research/library-services-2027/tasks/library-services-2027/results',
    '/helsinki/console/requests',
    '/dev/mailbox',
    '/helsinki/no-such-page',
    '/no-such-city',
    '/espoo/f/service-feedback',
    '/espoo/f/service-feedback/leppavaara?kiosk=1',
    '/espoo/f/service-feedback/thanks?s=a-submission-id',
  ];

  const errorPages = ['/helsinki/no-such-page', '/no-such-city'];

  /** The feedback console, seen by Espoo's admin. */
  const espooConsolePages = [
    '/espoo/console',
    '/espoo/console/surveys',
    '/espoo/console/surveys/service-feedback',
    '/espoo/console/surveys/service-feedback/questions/satisfaction',
    '/espoo/console/surveys/service-feedback/preview/sv',
    '/espoo/console/surveys/service-feedback/poster/leppavaara',
    '/espoo/console/results',
    '/espoo/console/results/service-feedback?by=age_band',
    '/espoo/console/results/service-feedback/free-text/improve',
    '/espoo/console/results/service-feedback/export',
    '/espoo/console/draws',
    '/espoo/console/draws/service-feedback',
    '/espoo/console/retention',
    '/espoo/console/registers',
    '/espoo/console/registers/feedback',
    '/espoo/console/registers/feedback/edit/retention',
    '/espoo/console/registers/feedback/edit/data-content',
    '/espoo/console/requests',
    '/espoo/console/requests/new',
  ];

  it('the axe check itself catches a violation (so a clean result means something)', async () => {
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><img src="data:,"></main></body></html>',
    );
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    await page.close();
  });

  for (const language of languages) {
    it(`has no violations on any page in ${language}`, async () => {
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of pages) {
        const separator = path.includes('?') ? '&' : '?';
        const response = await page.goto(`${demo.baseUrl}${path}${separator}lang=${language}`);
        // Every page is checked as it is meant to be seen, not as a refusal (only the error pages are errors).
        expect(response?.status(), path).toBe(errorPages.includes(path) ? 404 : 200);
        expect(await page.getAttribute('html', 'lang'), path).toBe(language);
        for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
      }
      await page.close();
      const staffPage = await espoo.newPage();
      for (const path of espooConsolePages) {
        const separator = path.includes('?') ? '&' : '?';
        const response = await staffPage.goto(`${demo.baseUrl}${path}${separator}lang=${language}`);
        expect(response?.status(), path).toBe(200);
        for (const violation of await axeViolations(staffPage)) failures.push(`${path}: ${violation}`);
      }
      await staffPage.close();
      expect(failures).toEqual([]);
    });

    it(`shows a form with errors accessibly in ${language}`, async () => {
      const page = await context.newPage();
      await page.goto(`${demo.baseUrl}/espoo/accessibility?lang=${language}`);
      await page.locator('#replyTo').fill('not-an-address');
      await page.locator('form[action$="/feedback"] button[type=submit]').click();
      await page.waitForSelector('.error-summary');
      expect(await axeViolations(page)).toEqual([]);
      // The enhancement script moves focus to the summary so a screen reader announces it.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(
        true,
      );
      await page.close();
    });
  }
});
