import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/platform/email/mailer.ts';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff } from '../support/http-client.ts';
import { type ReceivedMail, readMail, startSmtpServer, waitFor } from '../support/smtp.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

describe(`accessibility statement and feedback (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    kuule = await createTestKuule({ mailer: smtpMailer(smtp.url, 'Kuule <no-reply@kuule.test>') });
  });
  afterAll(async () => {
    await kuule.close();
    await smtp.stop();
  });

  const feedbackCount = () =>
    kuule.db.system
      .selectFrom('accessibility_feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

  it('shows conformance, known gaps, the date and the 14-day reply promise in each language', async () => {
    const fi = await kuule.app.inject('/helsinki/accessibility?lang=fi');
    expect(fi.body).toContain('Saavutettavuusseloste');
    expect(fi.body).toContain('Vastaamme 14 päivän kuluessa');
    expect(fi.body).toContain('306/2019');
    const sv = await kuule.app.inject('/helsinki/accessibility?lang=sv');
    expect(sv.body).toContain('Vi svarar inom 14 dagar');
    const en = await kuule.app.inject('/helsinki/accessibility?lang=en');
    expect(en.body).toContain('We reply within 14 days');
  });

  it('stores feedback with its reply deadline and notifies the organisation’s staff by real SMTP', async () => {
    const client = new FormClient(kuule.app);
    const response = await client.submit('/helsinki/accessibility', '/helsinki/accessibility/feedback', {
      message: 'The focus outline disappears on the language links.',
      page: '/helsinki',
      replyTo: 'resident@example.fi',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(/^\/helsinki\/accessibility\/thanks\?due=\d{4}-\d{2}-\d{2}$/);
    const thanks = await client.get(String(response.headers.location));
    expect(thanks.body).toContain('Kiitos palautteestasi');

    const rows = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      tx.selectFrom('accessibility_feedback').selectAll().execute(),
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const days = (Date.parse(String(row?.reply_due_on)) - Date.parse(String(row?.received_on))) / 86_400_000;
    expect(days).toBe(14);

    const received = await waitFor<ReceivedMail>(() =>
      smtp.received.find((m) => m.to.includes('contact@helsinki.example')),
    );
    const mail = readMail(received.raw);
    expect(mail.subject).toBe('Uusi saavutettavuuspalaute (helsinki fi)');
    expect(mail.text).toContain('http://localhost:3000/helsinki/console/accessibility-feedback');
    // The notification names no resident and quotes nothing.
    expect(received.raw).not.toContain('resident@example.fi');
    expect(mail.text).not.toContain('focus outline');
  });

  it('reaches only the organisation’s own staff with the right, in the console', async () => {
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'manager@helsinki.example',
      displayName: 'Feedback Manager',
      password: 'correct horse battery staple',
      roles: ['feedback_manager'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.espoo.id,
      email: 'manager@espoo.example',
      displayName: 'Espoo Manager',
      password: 'correct horse battery staple',
      roles: ['feedback_manager'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    const helsinkiStaff = new FormClient(kuule.app);
    await signInStaff(
      helsinkiStaff,
      'helsinki',
      'manager@helsinki.example',
      'correct horse battery staple',
      kuule.db,
    );
    const list = await helsinkiStaff.get('/helsinki/console/accessibility-feedback?lang=en');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('The focus outline disappears');
    expect(list.body).toContain('resident@example.fi');

    const espooStaff = new FormClient(kuule.app);
    await signInStaff(espooStaff, 'espoo', 'manager@espoo.example', 'correct horse battery staple', kuule.db);
    const espooList = await espooStaff.get('/espoo/console/accessibility-feedback?lang=en');
    expect(espooList.statusCode).toBe(200);
    expect(espooList.body).not.toContain('The focus outline disappears');
    // An Espoo session is nothing in Helsinki's console.
    const crossing = await espooStaff.get('/helsinki/console/accessibility-feedback');
    expect(crossing.statusCode).toBe(303);
  });

  it('refuses a post without a valid CSRF token and stores nothing', async () => {
    const before = await feedbackCount();
    const client = new FormClient(kuule.app);
    await client.get('/helsinki/accessibility');
    const missing = await client.post('/helsinki/accessibility/feedback', { message: 'no token' });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('Ei käyttöoikeutta');
    const forged = await client.post('/helsinki/accessibility/feedback', {
      message: 'forged',
      _csrf: 'forged-token',
    });
    expect(forged.statusCode).toBe(403);
    // A token from another browser (cross-site) does not fit this browser's secret.
    const other = new FormClient(kuule.app);
    const otherToken = csrfTokenOf((await other.get('/helsinki/accessibility')).body);
    const crossSite = await client.post('/helsinki/accessibility/feedback', {
      message: 'cross',
      _csrf: otherToken,
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await feedbackCount()).toEqual(before);
  });

  it('shows an error summary in the person’s language for bad input and stores nothing', async () => {
    const before = await feedbackCount();
    const client = new FormClient(kuule.app);
    await client.get('/helsinki/accessibility?lang=sv');
    const page = await client.get('/helsinki/accessibility');
    const response = await client.post('/helsinki/accessibility/feedback', {
      _csrf: csrfTokenOf(page.body),
      message: '',
      replyTo: 'not an address',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Formuläret har 2 fel');
    expect(response.body).toContain('href="#message"');
    expect(response.body).toContain('Skriv e-postadressen i formen namn@exempel.fi.');
    expect(response.body).toContain('value="not an address"');
    expect(await feedbackCount()).toEqual(before);
  });

  it('answers a body over the limit with a 413 page and stores nothing', async () => {
    const before = await feedbackCount();
    const client = new FormClient(kuule.app, { 'accept-language': 'en' });
    const page = await client.get('/helsinki/accessibility');
    const response = await client.post('/helsinki/accessibility/feedback', {
      _csrf: csrfTokenOf(page.body),
      message: 'x'.repeat(70 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Too much data');
    expect(await feedbackCount()).toEqual(before);
  });

  it('never writes a resident’s email address, message or IP address to the log', async () => {
    const client = new FormClient(kuule.app);
    await client.submit('/helsinki/accessibility', '/helsinki/accessibility/feedback', {
      message: 'Secret-ish message text 12345',
      replyTo: 'logged-never@example.fi',
    });
    expect(kuule.log.lines.length).toBeGreaterThan(0);
    expect(kuule.log.text).not.toContain('logged-never@example.fi');
    expect(kuule.log.text).not.toContain('Secret-ish message');
    expect(kuule.log.text).not.toContain('127.0.0.1');
    expect(kuule.log.text).not.toMatch(/remoteAddress|"ip"/);
  });

  it('rate-limits feedback posts per client with a 429 page', async () => {
    const client = new FormClient(kuule.app, { 'accept-language': 'en' });
    const page = await client.get('/espoo/accessibility');
    const token = csrfTokenOf(page.body);
    // The limit is 10 a minute per client for this form, whichever organisation it is posted to.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await client.post('/espoo/accessibility/feedback', { _csrf: token, message: '' })).statusCode,
      );
    }
    expect(statuses.filter((s) => s !== 429).every((s) => s === 400)).toBe(true);
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);
    const limited = await client.post('/espoo/accessibility/feedback', { _csrf: token, message: '' });
    expect(limited.body).toContain('Too many requests');
  });
});
