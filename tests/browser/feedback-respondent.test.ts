import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolationsWithoutJavaScript,
  launchChromium,
  signInDemoAdmin,
  startDemoKuule,
  tabTo,
} from '../support/browser.ts';

/**
 * A respondent at an Espoo service point answers the demo feedback survey with JavaScript off and the
 * keyboard only, in Finnish, Swedish and English, and enters the prize draw; then staff see the results
 * with small groups hidden, run the draw, and the contacts are gone. Every page has zero axe violations.
 */
const texts = {
  fi: {
    required: 'Vastaa tähän kysymykseen',
    thanks: 'Kiitos palautteestasi',
    entered: 'Olet mukana arvonnassa',
  },
  sv: { required: 'Svara på frågan', thanks: 'Tack för din respons', entered: 'Du deltar i utlottningen' },
  en: {
    required: 'Answer this question',
    thanks: 'Thank you for your feedback',
    entered: 'You are in the draw',
  },
} as const;

describe('a respondent answers the Espoo feedback survey and enters the draw (E3, E5, E6)', () => {
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

  async function expectAccessible(page: Page, where: string) {
    expect(await axeViolationsWithoutJavaScript(browser, page), where).toEqual([]);
  }

  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`answers in ${language} with the keyboard only and JavaScript off`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      await page.goto(`${demo.baseUrl}/espoo/f/service-feedback/leppavaara?lang=${language}`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectAccessible(page, 'form page 1');

      // Sending nothing: the error summary says what to fix and links to the question.
      await tabTo(page, 'button[value="next"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.error-summary');
      expect(await page.locator('.error-summary').textContent()).toContain(texts[language].required);
      await expectAccessible(page, 'form page 1 with errors');
      await tabTo(page, '.error-summary a[href="#q_satisfaction"]');
      await page.keyboard.press('Enter');
      expect(await page.locator('#q_satisfaction:focus').count()).toBe(1);

      // Rating: Space chooses the first step, the arrow keys move along the scale.
      await page.keyboard.press('Space');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await page.locator('input[name="q_satisfaction"]:checked').getAttribute('value')).toBe('4');
      await tabTo(page, '#q_visit_reason');
      await page.keyboard.press('Space');
      await tabTo(page, 'button[value="next"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#q_age_band');
      await expectAccessible(page, 'form page 2');
      await page.keyboard.press('Tab');
      await tabTo(page, '#q_age_band');
      await page.keyboard.press('Space');
      await tabTo(page, 'button[value="send"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/thanks\?/);
      expect(await page.locator('h1').textContent()).toBe(texts[language].thanks);
      await expectAccessible(page, 'thank-you page with the draw form');

      await tabTo(page, '#contact');
      await page.keyboard.type(`${language}-respondent@example.fi`);
      await tabTo(page, '#consent');
      await page.keyboard.press('Space');
      await tabTo(page, 'form[action$="/draw"] button[type="submit"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`text=${texts[language].entered}`);
      await expectAccessible(page, 'draw entered');
      await context.close();
    });
  }

  it('staff see results with small groups hidden, run the draw, and the contacts are gone (H5, E6)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const signIn = demo.kuule.demoSignIns.find((s) => s.email.endsWith('@espoo.example'))!;
    await signInDemoAdmin(context, demo.baseUrl, signIn, 'espoo');

    // Three answers are fewer than k = 5: no figure is shown, and the page says why.
    await page.goto(`${demo.baseUrl}/espoo/console/results/service-feedback?lang=en&by=age_band`);
    expect(await page.textContent('main')).toContain(
      'Answers in the chosen period: hidden (fewer than 5 answers)',
    );
    await expectAccessible(page, 'results');

    await page.goto(`${demo.baseUrl}/espoo/console/draws/service-feedback?lang=en`);
    expect(await page.textContent('main')).toContain('3 people have entered the draw.');
    await expectAccessible(page, 'draw page');
    await page.getByLabel('Number of winners').fill('1');
    await page.getByRole('button', { name: 'Run the draw' }).click();
    await page.waitForSelector('[data-winners]');
    expect(await page.locator('[data-winners] strong').textContent()).toMatch(/-respondent@example\.fi$/);
    await expectAccessible(page, 'draw result');

    await page.goto(`${demo.baseUrl}/espoo/console/draws/service-feedback?lang=en`);
    expect(await page.textContent('main')).toContain('Nobody has entered the draw.');
    expect(await page.textContent('main')).not.toContain('@example.fi');
    const left = await demo.kuule.db.system.selectFrom('draw_entries').select('id').execute();
    expect(left).toEqual([]);
    await context.close();
  });
});
