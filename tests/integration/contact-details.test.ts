import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff } from '../support/http-client.ts';
import { waitFor } from '../support/smtp.ts';
import { createTestKuule, recordingMailer, type TestKuule } from '../support/test-app.ts';

const PASSWORD = 'a long enough passphrase';

describe(`contact details under a separate consent (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  const mailer = recordingMailer();
  let member: FormClient;
  let coordinator: FormClient;

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer });
    member = new FormClient(kuule.app);
    const join = await member.get('/helsinki/join?lang=en');
    await member.post('/helsinki/join', {
      _csrf: csrfTokenOf(join.body),
      email: 'contact@example.fi',
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    const token = await waitFor(() =>
      mailer.sent.map((m) => /join\/confirm\?token=([\w-]+)/.exec(m.text)?.[1]).find(Boolean),
    );
    const confirm = await member.get(`/helsinki/join/confirm?token=${token}`);
    await member.post('/helsinki/join/confirm', { _csrf: csrfTokenOf(confirm.body), token });
    const pseudonym = await member.get('/helsinki/me/pseudonym');
    await member.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(pseudonym.body),
      pseudonym: 'Yhteyshenkilö',
    });

    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'events@helsinki.example',
      displayName: 'Eeva Events',
      password: PASSWORD,
      roles: ['event_coordinator'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    coordinator = new FormClient(kuule.app);
    await signInStaff(coordinator, 'helsinki', 'events@helsinki.example', PASSWORD, kuule.db);
  });
  afterAll(() => kuule.close());

  it('H6: asks only what the purpose needs, under its own consent, and refuses bad input storing nothing', async () => {
    const page = await member.get('/helsinki/me/contact/event_contact?lang=en');
    const inputs = [...page.body.matchAll(/<(?:input|textarea)[^>]*name="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(inputs).toEqual(['_csrf', 'consent', 'consentVersion', 'name', 'phone']);
    expect(page.body).toContain('name and phone number to arrange my participation in research events');

    const refused = await member.post('/helsinki/me/contact/event_contact', {
      _csrf: csrfTokenOf(page.body),
      name: 'Maija',
      phone: '123',
      consentVersion: '2026-11-22',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Enter a phone number');
    expect(refused.body).toContain('This needs your consent');
    expect((await kuule.db.system.selectFrom('vault.contact_details').selectAll().execute()).length).toBe(0);
    expect((await member.get('/helsinki/me/contact/shoe_size')).statusCode).toBe(404);

    const saved = await member.post('/helsinki/me/contact/event_contact', {
      _csrf: csrfTokenOf(page.body),
      name: 'Maija Meikäläinen',
      phone: '040 123 4567',
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    expect(saved.statusCode).toBe(303);
    const stored = await kuule.db.system.selectFrom('vault.contact_details').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('Maija');
    expect(JSON.stringify(stored)).not.toContain('401234567');
    const me = await member.get('/helsinki/me?lang=en');
    expect(me.body).toContain('Maija Meikäläinen, +358401234567');
    expect(me.body).toContain('No one has read your contact details.');
  });

  it('H4, H6: the application role cannot read contact details; only the right opens them, and the member sees who did', async () => {
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
        sql`select * from vault.contact_details`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);

    const list = await coordinator.get('/helsinki/console/contact-details?lang=en');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Yhteyshenkilö');
    expect(list.body).toContain('Maija Meikäläinen, +358401234567');
    const me = await member.get('/helsinki/me?lang=en');
    expect(me.body).toContain('Your contact details have been read by');
    expect(me.body).toContain('Eeva Events');
  });

  it('H6, H16: withdrawing that consent erases those contact details and nothing else', async () => {
    const me = await member.get('/helsinki/me?lang=en');
    const consentIds = [...me.body.matchAll(/\/helsinki\/me\/consents\/([0-9a-f-]+)\/withdraw/g)].map(
      (m) => m[1]!,
    );
    const consents = await kuule.db.system
      .selectFrom('consents')
      .select(['id', 'purpose'])
      .where('id', 'in', consentIds)
      .execute();
    const eventConsent = consents.find((c) => c.purpose === 'event_contact')!;
    const withdrawn = await member.post(`/helsinki/me/consents/${eventConsent.id}/withdraw`, {
      _csrf: csrfTokenOf(me.body),
    });
    expect(withdrawn.headers.location).toBe('/helsinki/me');
    expect(await kuule.db.system.selectFrom('vault.contact_details').selectAll().execute()).toEqual([]);
    // Still a member, with the membership consent in force.
    const after = await member.get('/helsinki/me?lang=en');
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Yhteyshenkilö');
  });
});
