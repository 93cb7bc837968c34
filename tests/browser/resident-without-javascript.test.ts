import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startDemoKuule, tabTo } from '../support/browser.ts';

/** A resident with JavaScript off, using the keyboard only, finds the statement and sends feedback. */
describe('a resident without JavaScript, keyboard only', () => {
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

  it('switches to Swedish, reaches the feedback form, is told what to fix, and sends feedback', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/espoo`);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');

    // The first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(await page.locator('a.skip-link:focus').count()).toBe(1);

    await tabTo(page, 'a[hreflang="sv"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=sv/);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await tabTo(page, 'a[href="/espoo/accessibility"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/espoo\/accessibility$/);
    // The language choice is remembered without JavaScript.
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    // Submitting the empty form gives an error summary linking to the field.
    await tabTo(page, 'form[action$="/feedback"] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain('Fyll i det här fältet.');
    await tabTo(page, '.error-summary a[href="#message"]');
    await page.keyboard.press('Enter');
    expect(await page.locator('#message:focus').count()).toBe(1);

    await page.keyboard.type('Kontrasten i sidfoten är för låg.');
    await tabTo(page, 'form[action$="/feedback"] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/espoo\/accessibility\/thanks/);
    expect(await page.locator('h1').textContent()).toBe('Tack för din respons');

    const stored = await demo.kuule.db.system
      .selectFrom('accessibility_feedback')
      .select('message')
      .execute();
    expect(stored).toEqual([{ message: 'Kontrasten i sidfoten är för låg.' }]);
    await context.close();
  });

  it('makes no request to any origin but Kuule’s own', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    for (const path of [
      '/',
      '/helsinki',
      '/helsinki/accessibility',
      '/helsinki/privacy',
      '/helsinki/console/sign-in',
    ]) {
      await page.goto(`${demo.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect([...origins]).toEqual([demo.baseUrl]);
    await context.close();
  });
});
