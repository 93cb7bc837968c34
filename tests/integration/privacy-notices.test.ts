import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

describe('privacy notices generated from the registers', () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
  });
  afterAll(() => kuule.close());

  it('lists the organisation’s registers and renders each notice in the reader’s language', async () => {
    const index = await kuule.app.inject('/helsinki/privacy?lang=en');
    expect(index.body).toContain('href="/helsinki/privacy/customer-community"');
    for (const [language, heading] of [
      ['fi', 'Rekisterinpitäjä'],
      ['sv', 'Personuppgiftsansvarig'],
      ['en', 'Controller'],
    ] as const) {
      const page = await kuule.app.inject(`/helsinki/privacy/customer-community?lang=${language}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<html lang="${language}">`);
      expect(page.body).toContain(heading);
    }
    expect((await kuule.app.inject('/espoo/privacy/feedback?lang=sv')).body).toContain('Esbo stad');
  });

  it('gives the same notice as JSON and Markdown, by suffix or by the Accept header', async () => {
    const json = await kuule.app.inject('/helsinki/privacy/customer-community.json?lang=en');
    expect(json.json()).toMatchObject({ register: 'customer-community', language: 'en' });
    const accepted = await kuule.app.inject({
      url: '/espoo/privacy/feedback',
      headers: { accept: 'application/json', 'accept-language': 'fi' },
    });
    expect(accepted.json().title).toBeTruthy();
    const markdown = await kuule.app.inject({
      url: '/espoo/privacy/feedback?lang=fi',
      headers: { accept: 'text/markdown' },
    });
    expect(markdown.headers['content-type']).toContain('text/markdown');
    expect(markdown.body).toMatch(/^# /);
    expect((await kuule.app.inject('/helsinki/privacy/customer-community.md?lang=sv')).body).toContain(
      '## Personuppgiftsansvarig',
    );
  });

  it('answers an unknown register with 404, and never shows one organisation’s register under another', async () => {
    expect((await kuule.app.inject('/helsinki/privacy/no-such-register')).statusCode).toBe(404);
    expect((await kuule.app.inject('/espoo/privacy/customer-community')).statusCode).toBe(404);
    expect((await kuule.app.inject('/helsinki/privacy/bad..name.json')).statusCode).toBe(404);
  });
});
