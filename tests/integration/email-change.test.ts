import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseMember } from '../../src/members/erase-member.ts';
import { readMemberEmail } from '../../src/members/identity-vault.ts';
import { forgetExpiredSignUps } from '../../src/members/member-housekeeping.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
import { waitFor } from '../support/smtp.ts';
import { createTestKuule, recordingMailer, type TestKuule, testVaultKeys } from '../support/test-app.ts';

describe(`a member corrects their email address, confirmed from the new address (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  const mailer = recordingMailer();

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer });
  });
  afterAll(() => kuule.close());

  /** The newest mail to `to` whose text has `path`, among mails sent after the first `after`. */
  const mailTo = (to: string, path: string, after = 0) =>
    waitFor(() =>
      mailer.sent
        .slice(after)
        .reverse()
        .find((m) => m.to === to && m.text.includes(path)),
    );
  const tokenIn = (text: string) => /https?:\/\/\S+token=([\w-]+)/.exec(text)?.[1];
  const linkIn = async (to: string, path: string, after = 0) =>
    tokenIn((await mailTo(to, path, after)).text)!;

  /** Joins through the forms and picks a pseudonym; the member's id and signed-in client. */
  async function joinAsMember(email: string, pseudonym: string) {
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
      token,
    });
    expect(confirmed.headers.location).toBe('/helsinki/me/pseudonym');
    const pseudonymPage = await client.get('/helsinki/me/pseudonym');
    await client.post('/helsinki/me/pseudonym', { _csrf: csrfTokenOf(pseudonymPage.body), pseudonym });
    const row = await kuule.db.system
      .selectFrom('members')
      .select('id')
      .where('pseudonym', '=', pseudonym)
      .executeTakeFirstOrThrow();
    return { client, id: row.id };
  }

  async function requestChange(client: FormClient, email: string, lang = 'en') {
    const page = await client.get(`/helsinki/me/email?lang=${lang}`);
    return client.post('/helsinki/me/email', { _csrf: csrfTokenOf(page.body), email });
  }

  /** Opens the confirmation link in a browser with no member session, and presses the button. */
  async function confirmAnonymously(token: string, lang = 'en') {
    const stranger = new FormClient(kuule.app);
    const page = await stranger.get(`/helsinki/me/email/confirm?token=${token}&lang=${lang}`);
    expect(page.statusCode).toBe(200);
    return stranger.post(`/helsinki/me/email/confirm?lang=${lang}`, { _csrf: csrfTokenOf(page.body), token });
  }

  const emailOf = (memberId: string) =>
    kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      readMemberEmail(tx, testVaultKeys, kuule.helsinki.id, memberId),
    );
  const pendingChanges = (memberId?: string) => {
    const query = kuule.db.system.selectFrom('vault.email_changes').selectAll();
    return (memberId ? query.where('member_id', '=', memberId) : query).execute();
  };
  const signInMailsTo = async (email: string) => {
    const client = new FormClient(kuule.app);
    const page = await client.get('/helsinki/sign-in?lang=en');
    const sent = mailer.sent.length;
    const response = await client.post('/helsinki/sign-in', { _csrf: csrfTokenOf(page.body), email });
    expect(response.statusCode).toBe(200);
    return sent;
  };
  /** The page without the per-request CSRF token. */
  const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');

  it('H13, H1: the member changes the address, confirmed from the new address (even where they are not signed in); sign-in links then go to the new address only, the old one is told, and can join again as a new member', async () => {
    const { client, id } = await joinAsMember('vanha@example.fi', 'Vaihtaja');
    // "My data" lists the address with the way to correct it.
    const myData = await client.get('/helsinki/me/data?lang=en');
    expect(myData.body).toContain('vanha@example.fi');
    expect(myData.body).toContain('href="/helsinki/me/email"');

    const page = await client.get('/helsinki/me/email?lang=fi');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('>Vaihda sähköpostiosoite</h1>');
    expect(page.body).toContain('vanha@example.fi');
    // A sign-in link sent to the old address before the change stops working with it.
    const before = await signInMailsTo('vanha@example.fi');
    const oldSignIn = await linkIn('vanha@example.fi', '/sign-in/confirm', before);

    const sent = mailer.sent.length;
    const requested = await client.post('/helsinki/me/email', {
      _csrf: csrfTokenOf(page.body),
      email: ' Uusi@Example.FI ',
    });
    expect(requested.statusCode).toBe(200);
    expect(requested.body).toContain('Tarkista uusi sähköpostiosoitteesi');
    expect(requested.body).not.toContain('uusi@example.fi');
    // The confirmation goes to the new address, in the member's language (Finnish, chosen above).
    const mail = await mailTo('uusi@example.fi', '/helsinki/me/email/confirm?token=', sent);
    expect(mail.subject).toBe('Vahvista uusi sähköpostiosoitteesi – helsinki fi');
    expect(mail.text).toContain('24 tuntia');
    const token = tokenIn(mail.text)!;
    // Nothing has changed yet; the change waits, sealed, and "my data" shows it.
    expect(await emailOf(id)).toBe('vanha@example.fi');
    const [pending] = await pendingChanges(id);
    expect(pending!.email_encrypted).not.toContain('@');
    expect(pending!.token_hash).not.toBe(token);
    expect((await client.get('/helsinki/me/data?lang=fi')).body).toContain(
      'Vaihto osoitteeseen uusi@example.fi odottaa vahvistusta.',
    );

    // Confirmed from another browser, not signed in: the token is the proof.
    const confirmed = await confirmAnonymously(token, 'sv');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Din e-postadress har bytts');
    expect(confirmed.cookies.find((c) => c.name === 'kuule-member')).toBeUndefined();
    expect(await emailOf(id)).toBe('uusi@example.fi');
    expect(await pendingChanges(id)).toEqual([]);

    // The old address is told, in the member's language, with the organisation's contact and not the new address.
    const notice = await mailTo('vanha@example.fi', 'contact@helsinki.example', sent);
    expect(notice.subject).toBe('Sähköpostiosoitteesi on vaihdettu – helsinki fi');
    expect(notice.text).toContain('vaihdettiin');
    expect(notice.text).not.toContain('uusi@');
    expect(notice.text).not.toContain('example.fi');

    // Audited, with no address in the details.
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.email_change')
      .where('subject_member_id', '=', id)
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor_type: 'member', actor_id: id });
    expect(JSON.stringify(audited[0]!.details)).not.toContain('@');

    // The link works once.
    const reused = await confirmAnonymously(token);
    expect(reused.statusCode).toBe(400);
    expect(reused.body).toContain('This link is no longer valid');
    expect(await emailOf(id)).toBe('uusi@example.fi');

    // The sign-in link sent to the old address before the change no longer signs in.
    const old = new FormClient(kuule.app);
    const oldPage = await old.get(`/helsinki/sign-in/confirm?token=${oldSignIn}`);
    const oldUse = await old.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(oldPage.body),
      token: oldSignIn,
    });
    expect(oldUse.statusCode).toBe(400);

    // Sign-in links now go to the new address, and not to the old.
    const toOld = await signInMailsTo('vanha@example.fi');
    const toNew = await signInMailsTo('uusi@example.fi');
    const newLink = await linkIn('uusi@example.fi', '/sign-in/confirm', toNew);
    expect(mailer.sent.slice(toOld).some((m) => m.to === 'vanha@example.fi')).toBe(false);
    const phone = new FormClient(kuule.app);
    const signInPage = await phone.get(`/helsinki/sign-in/confirm?token=${newLink}`);
    const signedIn = await phone.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(signInPage.body),
      token: newLink,
    });
    expect(signedIn.statusCode).toBe(303);
    expect((await phone.get('/helsinki/me/data.json')).json().membership).toMatchObject({
      memberKey: id,
      email: 'uusi@example.fi',
      pendingEmail: null,
    });

    // The old address is free: it joins as a new member, with nothing of the old one.
    const again = await joinAsMember('vanha@example.fi', 'Uusi Jäsen');
    expect(again.id).not.toBe(id);
    expect(await emailOf(again.id)).toBe('vanha@example.fi');
  });

  it('H13: opening the link (a GET, as mail scanners do) changes nothing; only the button does', async () => {
    const { client, id } = await joinAsMember('skannattu@example.fi', 'Skannattu');
    const sent = mailer.sent.length;
    expect((await requestChange(client, 'skanneri@example.fi')).statusCode).toBe(200);
    const token = await linkIn('skanneri@example.fi', '/me/email/confirm', sent);
    for (let i = 0; i < 3; i++) {
      const opened = await kuule.app.inject(`/helsinki/me/email/confirm?token=${token}&lang=en`);
      expect(opened.statusCode).toBe(200);
      expect(opened.body).toContain('action="/helsinki/me/email/confirm"');
      expect(opened.body).toContain('Confirm the change of address');
    }
    expect(await emailOf(id)).toBe('skannattu@example.fi');
    expect(await pendingChanges(id)).toHaveLength(1);
    expect(mailer.sent.slice(sent).some((m) => m.to === 'skannattu@example.fi')).toBe(false);
    // The button still works afterwards.
    expect((await confirmAnonymously(token)).statusCode).toBe(200);
    expect(await emailOf(id)).toBe('skanneri@example.fi');
  });

  it('H13, H4: an address that is already another member’s gives the requester exactly the same page and changes nothing; its owner is told by mail', async () => {
    await joinAsMember('omistaja@example.fi', 'Omistaja');
    const { client, id } = await joinAsMember('kysyja@example.fi', 'Kysyjä');
    const sent = mailer.sent.length;
    const free = await requestChange(client, 'vapaa@example.fi');
    const taken = await requestChange(client, 'omistaja@example.fi');
    expect(taken.statusCode).toBe(free.statusCode);
    expect(strip(taken.body)).toBe(strip(free.body));
    // What the member sees afterwards does not tell either: the change waits, for the address they typed.
    expect((await client.get('/helsinki/me/email?lang=en')).body).toContain(
      'A change to omistaja@example.fi is waiting for confirmation.',
    );
    expect(await pendingChanges(id)).toHaveLength(1);

    // The owner of the address learns that someone tried; the mail carries no link to confirm anything.
    const told = await mailTo('omistaja@example.fi', 'contact@helsinki.example', sent);
    expect(told.subject).toBe('Your email address with helsinki en');
    expect(told.text).toContain('already belongs to your membership, so nothing was changed');
    expect(told.text).not.toContain('token=');
    expect(told.text).not.toContain('kysyja@');
    // The earlier request's link was replaced by the later request, so it no longer works either.
    const freeToken = await linkIn('vapaa@example.fi', '/me/email/confirm', sent);
    expect((await confirmAnonymously(freeToken)).statusCode).toBe(400);
    expect(await emailOf(id)).toBe('kysyja@example.fi');
  });

  it('H13: an address taken between the request and the confirmation is not given away: nothing changes and the page says why', async () => {
    const { client, id } = await joinAsMember('hidas@example.fi', 'Hidas');
    const sent = mailer.sent.length;
    await requestChange(client, 'kiista@example.fi');
    const token = await linkIn('kiista@example.fi', '/me/email/confirm', sent);
    const rival = await joinAsMember('kiista@example.fi', 'Nopea');
    const late = await confirmAnonymously(token);
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain(
      'The address is already used by another member. Your email address was not changed.',
    );
    expect(await emailOf(id)).toBe('hidas@example.fi');
    expect(await emailOf(rival.id)).toBe('kiista@example.fi');
    // The refused change is gone with its link.
    expect(await pendingChanges(id)).toEqual([]);
    expect(
      await kuule.db.system
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'member.email_change')
        .where('subject_member_id', '=', id)
        .execute(),
    ).toEqual([]);
  });

  it('H13: an expired, unknown or replaced link is refused in the visitor’s language, and nothing changes', async () => {
    const { client, id } = await joinAsMember('myohassa@example.fi', 'Myöhässä');
    let sent = mailer.sent.length;
    await requestChange(client, 'ensimmainen@example.fi');
    const first = await linkIn('ensimmainen@example.fi', '/me/email/confirm', sent);
    sent = mailer.sent.length;
    await requestChange(client, 'toinen@example.fi');
    const second = await linkIn('toinen@example.fi', '/me/email/confirm', sent);
    // One pending change per member: the second request replaced the first.
    expect(await pendingChanges(id)).toHaveLength(1);
    const replaced = await confirmAnonymously(first, 'fi');
    expect(replaced.statusCode).toBe(400);
    expect(replaced.body).toContain('Linkki ei ole voimassa');

    await kuule.db.system
      .updateTable('vault.email_changes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('member_id', '=', id)
      .execute();
    const expired = await confirmAnonymously(second, 'sv');
    expect(expired.statusCode).toBe(400);
    expect(expired.body).toContain('<html lang="sv"');
    expect(expired.body).toContain('Länken gäller inte');
    expect(expired.body).toContain('Din e-postadress ändrades inte.');

    const unknown = await confirmAnonymously('x', 'en');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Your email address was not changed.');
    expect(await emailOf(id)).toBe('myohassa@example.fi');
  });

  it('H13, H1: an invalid address is refused with an error summary and nothing is stored; the current address gets a clear message and nothing changes', async () => {
    const { client, id } = await joinAsMember('virhe@example.fi', 'Virheetön');
    const sent = mailer.sent.length;
    for (const email of ['not-an-address', '', `${'a'.repeat(250)}@example.fi`]) {
      const refused = await requestChange(client, email);
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('class="error-summary"');
      expect(refused.body).toContain('aria-invalid="true"');
    }
    const same = await requestChange(client, 'VIRHE@example.fi');
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain('This is already your current address. Nothing was changed.');
    expect(await pendingChanges(id)).toEqual([]);
    expect(await emailOf(id)).toBe('virhe@example.fi');
    // Without the form's CSRF token, nothing either.
    expect((await client.post('/helsinki/me/email', { email: 'csrf@example.fi' })).statusCode).toBe(403);
    expect(await pendingChanges(id)).toEqual([]);
    expect(mailer.sent.slice(sent).some((m) => m.text.includes('/me/email/confirm'))).toBe(false);
  });

  it('H4: the pending change is in the vault, sealed, and the application role cannot read it', async () => {
    const { client, id } = await joinAsMember('holvi@example.fi', 'Holvi');
    await requestChange(client, 'holvin-uusi@example.fi');
    const [pending] = await pendingChanges(id);
    expect(JSON.stringify(pending)).not.toContain('holvin-uusi');
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
        tx.selectFrom('vault.email_changes').selectAll().execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
        sql`select m.pseudonym, c.email_encrypted from members m join vault.email_changes c on c.member_id = m.id`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    // The vault role sees only its own organisation's changes.
    const seenFromEspoo = await kuule.db.forOrganisation(kuule.espoo.id, async (tx) => {
      await sql`set local role kuule_vault`.execute(tx);
      return sql`select member_id from vault.email_changes`.execute(tx);
    });
    expect(seenFromEspoo.rows).toEqual([]);
  });

  it('H13: erasing the member deletes a pending change; unconfirmed changes are purged when they expire, by the scheduled housekeeping', async () => {
    const erased = await joinAsMember('poistuva@example.fi', 'Poistuva');
    let sent = mailer.sent.length;
    await requestChange(erased.client, 'poistuvan-uusi@example.fi');
    const erasedToken = await linkIn('poistuvan-uusi@example.fi', '/me/email/confirm', sent);
    expect(await pendingChanges(erased.id)).toHaveLength(1);
    await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      eraseMember(tx, {
        organisationId: kuule.helsinki.id,
        memberId: erased.id,
        reason: 'inactivity',
        now: new Date(),
        actor: { type: 'system', id: null },
      }),
    );
    expect(await pendingChanges(erased.id)).toEqual([]);
    expect((await confirmAnonymously(erasedToken)).statusCode).toBe(400);

    expect(await kuule.jobs.schedules()).toContainEqual({
      queue: 'members.forget-expired-sign-ups',
      cron: '*/15 * * * *',
    });
    const waiting = await joinAsMember('odottava@example.fi', 'Odottava');
    sent = mailer.sent.length;
    const requestedAt = Date.now();
    await requestChange(waiting.client, 'odottavan-uusi@example.fi');
    await linkIn('odottavan-uusi@example.fi', '/me/email/confirm', sent);
    // A minute before its 24 hours are up the change waits; just after, every pending change is gone.
    await forgetExpiredSignUps(kuule.db, new Date(requestedAt + 24 * 3600_000 - 60_000));
    expect(await pendingChanges(waiting.id)).toHaveLength(1);
    expect(await forgetExpiredSignUps(kuule.db, new Date(Date.now() + 24 * 3600_000 + 1000))).toBeGreaterThan(
      0,
    );
    expect(await pendingChanges()).toEqual([]);
    expect(await emailOf(waiting.id)).toBe('odottava@example.fi');
  });

  it('H13: the page needs a signed-in member, and an organisation without the community has none', async () => {
    const anonymous = new FormClient(kuule.app);
    expect((await anonymous.get('/helsinki/me/email')).headers.location).toBe('/helsinki/sign-in');
    const page = await anonymous.get('/helsinki/join');
    expect(
      (await anonymous.post('/helsinki/me/email', { _csrf: csrfTokenOf(page.body), email: 'x@example.fi' }))
        .statusCode,
    ).toBe(403);
    expect((await anonymous.get('/espoo/me/email/confirm?token=abc')).statusCode).toBe(404);
  });
});
