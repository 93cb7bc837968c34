import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDeclaredAccess } from '../../src/platform/http/route.ts';
import { testDatabaseKind } from '../support/database.ts';
import { FormClient } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

describe(`HTTP foundation (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
  });
  afterAll(() => kuule.close());

  it('GET /healthz reports the database it runs on', async () => {
    const response = await kuule.app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind() });
  });

  it('every route declares its access, and a route without one cannot be registered', async () => {
    expect(kuule.app.declaredRoutes.length).toBeGreaterThan(5);
    for (const route of kuule.app.declaredRoutes)
      expect(route.access, `${route.method} ${route.url}`).toBeTruthy();
    const bare = Fastify();
    requireDeclaredAccess(bare);
    expect(() => bare.get('/forgot-to-declare', async () => 'hi')).toThrow(/does not declare its access/);
  });

  it('every non-public route refuses a visitor who is not signed in', async () => {
    const guarded = kuule.app.declaredRoutes.filter((r) => r.access !== 'public' && r.method !== 'HEAD');
    expect(guarded.length).toBeGreaterThan(0);
    for (const route of guarded) {
      const url = route.url.replace(':org', 'helsinki');
      const response = await kuule.app.inject({ method: route.method as 'GET', url });
      expect([303, 403], `${route.method} ${url}`).toContain(response.statusCode);
      const signIn = route.access === 'member' ? '/helsinki/sign-in' : '/helsinki/console/sign-in';
      if (response.statusCode === 303) expect(response.headers.location, url).toBe(signIn);
    }
  });

  it('sends a Content-Security-Policy with no third-party origin, refuses framing and sends no HSTS on http', async () => {
    const response = await kuule.app.inject('/helsinki');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('pages reference no third-party origin', async () => {
    for (const url of [
      '/',
      '/helsinki',
      '/helsinki/accessibility',
      '/helsinki/privacy',
      '/helsinki/console/sign-in',
    ]) {
      const body = (await kuule.app.inject(url)).body;
      const external = [...body.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      // The only absolute links allowed are plain links to the accessibility supervisor's site, never loaded resources.
      expect(
        external.every((link) => /tillganglighetskrav\.fi|saavutettavuusvaatimukset\.fi/.test(String(link))),
        url,
      ).toBe(true);
      expect(body).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
    }
  });

  it('renders the page language from the choice, remembers it in a cookie and sets <html lang>', async () => {
    const client = new FormClient(kuule.app);
    const swedish = await client.get('/helsinki?lang=sv');
    expect(swedish.body).toContain('<html lang="sv">');
    const again = await client.get('/helsinki');
    expect(again.body).toContain('<html lang="sv">');
    const english = await kuule.app.inject({
      url: '/helsinki',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(english.body).toContain('<html lang="en">');
  });

  it('answers an unknown organisation or page with a 404 page in the visitor’s language', async () => {
    const response = await kuule.app.inject({ url: '/no-such-city', headers: { 'accept-language': 'sv' } });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Sidan hittades inte');
    const page = await kuule.app.inject({
      url: '/helsinki/no/such/page',
      headers: { 'accept-language': 'en' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
  });

  it('answers malformed input with a 400 page in the visitor’s language', async () => {
    const response = await kuule.app.inject({
      url: '/helsinki/accessibility/thanks?due=not-a-date',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The request could not be handled');
    expect(response.body).not.toContain('ZodError');
  });

  it('answers JSON clients with JSON errors and never shows internals', async () => {
    const response = await kuule.app.inject({
      url: '/no-such-city',
      headers: { accept: 'application/json' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'Sivua ei löytynyt' });
  });

  it('a tampered staff session cookie gets the sign-in page, not the console', async () => {
    const response = await kuule.app.inject({
      url: '/helsinki/console',
      headers: { cookie: 'kuule-staff=forged-token' },
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/helsinki/console/sign-in');
  });
});

describe('HTTP foundation over https', () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule({
      config: { publicUrl: new URL('https://kuule.example'), secureTransport: true },
    });
  });
  afterAll(() => kuule.close());

  it('sends HSTS and uses __Host- cookies outside localhost', async () => {
    const page = await kuule.app.inject('/helsinki/accessibility');
    expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const csrfCookie = page.cookies.find((c) => c.name.includes('kuule-csrf'));
    expect(csrfCookie?.name).toBe('__Host-kuule-csrf');
    expect(csrfCookie?.secure).toBe(true);
    expect(csrfCookie?.httpOnly).toBe(true);
  });
});

describe(`organisation logo (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
    await kuule.db.system
      .updateTable('organisations')
      .set({ logo_svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' })
      .where('slug', '=', 'helsinki')
      .execute();
  });
  afterAll(() => kuule.close());

  it('is shown in the header and served sandboxed, so a script inside it never runs', async () => {
    const page = await kuule.app.inject('/helsinki');
    expect(page.body).toContain('src="/helsinki/logo.svg"');
    const logo = await kuule.app.inject('/helsinki/logo.svg');
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['content-security-policy']).toContain('sandbox');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await kuule.app.inject('/espoo/logo.svg')).statusCode).toBe(404);
    expect((await kuule.app.inject('/espoo')).body).not.toContain('logo.svg');
  });
});
