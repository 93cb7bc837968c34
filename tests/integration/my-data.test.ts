import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersOpenToProcessing } from '../../src/members/my-data.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
import { waitFor } from '../support/smtp.ts';
import { createTestKuule, recordingMailer, type TestKuule } from '../support/test-app.ts';

describe(`my data: see, export, correct, restrict and delete (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  const mailer = recordingMailer();
  let member: FormClient;
  let memberId: string;

  /** The token in the newest mail to `to` whose link has `path`, among mails sent after the first `after`. */
  const linkIn = (to: string, path: string, after = 0) =>
    waitFor(() => {
      const mail = mailer.sent
        .slice(after)
        .reverse()
        .find((m) => m.to === to && m.text.includes(path));
      return mail ? /https?:\/\/\S+token=([\w-]+)/.exec(mail.text)?.[1] : undefined;
    });

  /** Joins through the forms, as a browser without JavaScript does, and picks a pseudonym. */
  async function joinAsMember(email: string, pseudonym: string): Promise<FormClient> {
    const client = new FormClient(kuule.app);
    const page = await client.get('/helsinki/join?lang=en');
    const sent = mailer.sent.length;
    await client.post('/helsinki/join', {
      _csrf: csrfTokenOf(page.body),
      email,
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    const token = await linkIn(email, '/join/confirm', sent);
    const confirm = await client.get(`/helsinki/join/confirm?token=${token}`);
    const confirmed = await client.post('/helsinki/join/confirm', {
      _csrf: csrfTokenOf(confirm.body),
      token: token!,
    });
    expect(confirmed.headers.location).toBe('/helsinki/me/pseudonym');
    const pseudonymPage = await client.get('/helsinki/me/pseudonym');
    await client.post('/helsinki/me/pseudonym', { _csrf: csrfTokenOf(pseudonymPage.body), pseudonym });
    return client;
  }

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer });
    member = await joinAsMember('oma@example.fi', 'Omat Tiedot');
    const profile = await member.get('/helsinki/me/profile?lang=en');
    await member.post('/helsinki/me/profile', { _csrf: csrfTokenOf(profile.body), q_age_band: '35-44' });
    const contact = await member.get('/helsinki/me/contact/event_contact?lang=en');
    await member.post('/helsinki/me/contact/event_contact', {
      _csrf: csrfTokenOf(contact.body),
      name: 'Olli Omanen',
      phone: '040 765 4321',
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    const row = await kuule.db.system
      .selectFrom('members')
      .select('id')
      .where('pseudonym', '=', 'Omat Tiedot')
      .executeTakeFirstOrThrow();
    memberId = row.id;
    // Someone on staff reads the contact details: the member sees who.
    const coordinator = await createSignedInStaff(kuule, kuule.helsinki, 'eeva.events@helsinki.example', [
      'event_coordinator',
    ]);
    expect((await coordinator.get('/helsinki/console/contact-details')).statusCode).toBe(200);
  });
  afterAll(() => kuule.close());

  it('E10: the member’s page links to a page of everything held about them, grouped as the register’s data content', async () => {
    const me = await member.get('/helsinki/me?lang=en');
    expect(me.body).toContain('href="/helsinki/me/data"');
    const page = await member.get('/helsinki/me/data?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const categories = [...page.body.matchAll(/data-category="([^"]+)"/g)].map((m) => m[1]);
    expect(categories).toEqual([
      'registration',
      'background',
      'event_and_reward_contacts',
      'special_categories',
      'technical',
    ]);
    // The register's own localized category titles head the groups.
    for (const title of [
      'Registration',
      'Background information and experiences',
      'More specific personal data',
      'Special categories of personal data',
      'IP addresses',
    ])
      expect(page.body).toContain(`>${title}</h2>`);
    // Identity, profile, contact details, consents, activity, rewards and staff reads.
    expect(page.body).toContain('oma@example.fi');
    expect(page.body).toContain('Omat Tiedot');
    expect(page.body).toContain(memberId);
    expect(page.body).toContain('35–44');
    expect(page.body).toContain('Olli Omanen, +358407654321');
    expect(page.body).toContain('eeva.events');
    expect(page.body).toContain('Membership of the customer community');
    expect(page.body).toContain('Contact details for research events');
    expect(page.body).toContain('You have not answered any research tasks.');
    expect(page.body).toContain('You have not taken part in research events.');
    expect(page.body).toContain('You have not received rewards.');
    // No reward, so no legal-obligation note.
    expect(page.body).not.toContain('Kept because of a legal obligation');
    // Categories with nothing held say so.
    const specialCategories = page.body.slice(
      page.body.indexOf('data-category="special_categories"'),
      page.body.indexOf('data-category="technical"'),
    );
    expect(specialCategories).toContain('We hold nothing about you in this group.');
    // Correcting: every field the member gave has its way to be corrected.
    expect(page.body).toContain('href="/helsinki/me/pseudonym"');
    expect(page.body).toContain('href="/helsinki/me/profile"');
    expect(page.body).toContain('href="/helsinki/me/contact/event_contact"');
    expect(page.body).toContain('href="/helsinki/me/email"');
    expect(page.body).toContain('href="/helsinki/me/data/delete"');
  });

  it('E10: the page is in the member’s language, with the register’s titles in that language', async () => {
    const fi = await member.get('/helsinki/me/data?lang=fi');
    expect(fi.body).toContain('<html lang="fi"');
    expect(fi.body).toContain('>Kaikki tietosi</h1>');
    expect(fi.body).toContain('>Tarkemmat yksilöivät henkilötiedot</h2>');
    expect(fi.body).toContain('Et ole vastannut tutkimustehtäviin.');
    const sv = await member.get('/helsinki/me/data?lang=sv');
    expect(sv.body).toContain('>Alla dina uppgifter</h1>');
    expect(sv.body).toContain('>Bakgrundsinformation och erfarenheter</h2>');
    expect(sv.body).toContain('Du har inte fått arvoden.');
    await member.get('/helsinki/me/data?lang=en');
  });

  it('E10: the export is a JSON attachment, at once, with everything on the page, consents as Kantara receipts and staff reads', async () => {
    const response = await member.get('/helsinki/me/data.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="my-data-helsinki-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body.membership).toMatchObject({
      memberKey: memberId,
      email: 'oma@example.fi',
      pseudonym: 'Omat Tiedot',
      language: 'en',
      processingRestrictedAt: null,
    });
    expect(body.profile).toEqual([
      expect.objectContaining({ questionKey: 'age_band', values: ['35-44'], answers: ['35–44'] }),
    ]);
    expect(body.contactDetails).toEqual([
      { purpose: 'event_contact', name: 'Olli Omanen', phone: '+358407654321', postalAddress: null },
    ]);
    expect(body.contactDetailsReadBy).toEqual([{ staff: 'eeva.events', at: expect.any(String) }]);
    expect(
      body.consents.map((c: { services: { service: string }[] }) => c.services[0]!.service).sort(),
    ).toEqual(['community_membership', 'event_contact']);
    expect(body.consents[0]).toMatchObject({ version: 'KI-CR-v1.1.0', piiPrincipalId: memberId });
    expect(body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(body.researchAnswers).toEqual([]);
    expect(body.events).toEqual([]);
    expect(body.rewards).toEqual([]);
    expect(body.keptByLegalObligation).toEqual([]);
    expect(body.dataContent.map((c: { category: string }) => c.category)).toEqual([
      'registration',
      'background',
      'event_and_reward_contacts',
      'special_categories',
      'technical',
    ]);
    // Another client, not signed in, gets nothing.
    const stranger = await kuule.app.inject('/helsinki/me/data.json');
    expect(stranger.statusCode).toBe(303);
    expect(stranger.headers.location).toBe('/helsinki/sign-in');
  });

  it('E10: correcting the language with the page’s form is remembered with the member', async () => {
    const changed = await member.get('/helsinki/me/data?lang=sv');
    expect(changed.body).toContain('<html lang="sv"');
    const row = await kuule.db.system
      .selectFrom('members')
      .select('language')
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect(row.language).toBe('sv');
    // Without a choice, the member's language applies.
    const again = await kuule.app.inject({
      url: '/helsinki/me/data',
      headers: { cookie: `kuule-member=${member.cookies.get('kuule-member')}`, 'accept-language': 'en' },
    });
    expect(again.body).toContain('<html lang="sv"');
    await member.get('/helsinki/me/data?lang=en');
  });

  it('E10: processing can be restricted and lifted by the member; restricted members are left out of processing', async () => {
    const open = async () =>
      (
        await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
          membersOpenToProcessing(tx).select('id').execute(),
        )
      ).map((r) => r.id);
    expect(await open()).toContain(memberId);
    const page = await member.get('/helsinki/me/data?lang=en');
    const restricted = await member.post('/helsinki/me/data/restrict', { _csrf: csrfTokenOf(page.body) });
    expect(restricted.statusCode).toBe(303);
    expect(restricted.headers.location).toBe('/helsinki/me/data#restrict-heading');
    expect(await open()).not.toContain(memberId);
    const shown = await member.get('/helsinki/me/data?lang=en');
    expect(shown.body).toContain('Processing of your data has been restricted since');
    expect(shown.body).toContain('action="/helsinki/me/data/lift-restriction"');
    const exported = (await member.get('/helsinki/me/data.json')).json();
    expect(exported.membership.processingRestrictedAt).toEqual(expect.any(String));

    // A post without the form's CSRF token changes nothing.
    expect((await member.post('/helsinki/me/data/lift-restriction', {})).statusCode).toBe(403);
    expect(await open()).not.toContain(memberId);
    const lifted = await member.post('/helsinki/me/data/lift-restriction', {
      _csrf: csrfTokenOf(shown.body),
    });
    expect(lifted.statusCode).toBe(303);
    expect(await open()).toContain(memberId);
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .select('action')
      .where('subject_member_id', '=', memberId)
      .where('action', 'in', ['member.restrict', 'member.lift_restriction'])
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['member.lift_restriction', 'member.restrict']);
    expect((await member.get('/helsinki/me/data?lang=en')).body).toContain(
      'action="/helsinki/me/data/restrict"',
    );
  });

  it('H13: the delete page says what is deleted at once and what is kept, why and until when', async () => {
    const page = await member.get('/helsinki/me/data/delete?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Deleting is one action and happens at once.');
    expect(page.body).toContain('your email address');
    expect(page.body).toContain('your contact details');
    // What the register says of anonymised research answers.
    expect(page.body).toContain(
      'Anonymised responses to research tasks will be retained for no longer than two years.',
    );
    expect(page.body).toContain(
      'Records of the consents you gave and withdrew, without your email address or pseudonym',
    );
    expect(page.body).toContain('After the deletion, they no longer lead to you.');
    expect(page.body).toContain('<th scope="col">Until when</th>');
    expect(page.body).toContain('action="/helsinki/me/data/delete"');
    const fi = await member.get('/helsinki/me/data/delete?lang=fi');
    expect(fi.body).toContain('Säilytetään, ja miksi');
    await member.get('/helsinki/me/data?lang=en');
  });

  it('H13: "delete my data now" erases identity, contact details and profile at once, mails a confirmation, and the address can join again as a new member', async () => {
    const page = await member.get('/helsinki/me/data/delete?lang=en');
    const sent = mailer.sent.length;
    const response = await member.post('/helsinki/me/data/delete', { _csrf: csrfTokenOf(page.body) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/helsinki/my-data-deleted?lang=en');
    // The session has ended.
    expect(member.cookies.has('kuule-member')).toBe(false);
    expect((await member.get('/helsinki/me/data')).statusCode).toBe(303);
    const done = await member.get('/helsinki/my-data-deleted?lang=en');
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your data has been deleted');

    // The confirmation went to the address, which was read before it was erased.
    const mail = await waitFor(() => mailer.sent.slice(sent).find((m) => m.to === 'oma@example.fi'));
    expect(mail.subject).toBe('Your data has been deleted – helsinki en');
    expect(mail.text).toContain(
      'Your email address, pseudonym, background information and contact details have now been deleted',
    );
    expect(mail.text).toContain('http://localhost:3000/helsinki/join');

    const system = kuule.db.system;
    const row = await system
      .selectFrom('members')
      .selectAll()
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect(row.pseudonym).toBeNull();
    expect(row.erased_at).not.toBeNull();
    expect(
      await system
        .selectFrom('vault.member_identities')
        .selectAll()
        .where('member_id', '=', memberId)
        .execute(),
    ).toEqual([]);
    expect(
      await system
        .selectFrom('vault.contact_details')
        .selectAll()
        .where('member_id', '=', memberId)
        .execute(),
    ).toEqual([]);
    expect(
      await system.selectFrom('profile_answers').selectAll().where('member_id', '=', memberId).execute(),
    ).toEqual([]);
    expect(
      await system.selectFrom('member_sessions').selectAll().where('member_id', '=', memberId).execute(),
    ).toEqual([]);
    // Consent records stay, withdrawn and without identity; the erasure is audited.
    const consents = await system
      .selectFrom('consents')
      .selectAll()
      .where('member_id', '=', memberId)
      .execute();
    expect(consents.length).toBe(2);
    for (const consent of consents) expect(consent.withdrawn_at).not.toBeNull();
    const audited = await system
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.erase')
      .where('subject_member_id', '=', memberId)
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actor_type: 'member',
      actor_id: memberId,
      details: { reason: 'member_request' },
    });

    // The same address joins again, as a new member with nothing of the old one.
    const again = await joinAsMember('oma@example.fi', 'Uusi Alku');
    const fresh = (await again.get('/helsinki/me/data.json')).json();
    expect(fresh.membership.memberKey).not.toBe(memberId);
    expect(fresh.membership.email).toBe('oma@example.fi');
    expect(fresh.profile).toEqual([]);
    expect(fresh.contactDetails).toEqual([]);
    expect(fresh.consents).toHaveLength(1);
  });

  it('H13, E10: the pages need a signed-in member, and an organisation without the community has none', async () => {
    const anonymous = new FormClient(kuule.app);
    expect((await anonymous.get('/helsinki/me/data')).headers.location).toBe('/helsinki/sign-in');
    expect((await anonymous.get('/helsinki/me/data/delete')).headers.location).toBe('/helsinki/sign-in');
    const page = await anonymous.get('/helsinki/join');
    expect(
      (await anonymous.post('/helsinki/me/data/delete', { _csrf: csrfTokenOf(page.body) })).statusCode,
    ).toBe(403);
    expect((await anonymous.get('/espoo/my-data-deleted')).statusCode).toBe(404);
  });
});
