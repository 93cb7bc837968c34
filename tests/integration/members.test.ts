import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetExpiredSignUps } from '../../src/members/member-housekeeping.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
import { waitFor } from '../support/smtp.ts';
import { createTestKuule, recordingMailer, type TestKuule } from '../support/test-app.ts';

describe(`community members (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  const mailer = recordingMailer();

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer });
  });
  afterAll(() => kuule.close());

  /** The token in the newest mail to `to` whose link has `path`, among mails sent after the first `after`. */
  const linkIn = (to: string, path: string, after = 0) =>
    waitFor(() => {
      const mail = mailer.sent
        .slice(after)
        .reverse()
        .find((m) => m.to === to && m.text.includes(path));
      return mail ? /https?:\/\/\S+token=([\w-]+)/.exec(mail.text)?.[1] : undefined;
    });

  async function join(client: FormClient, email: string) {
    const page = await client.get('/helsinki/join?lang=en');
    const sent = mailer.sent.length;
    const response = await client.post('/helsinki/join', {
      _csrf: csrfTokenOf(page.body),
      email,
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    expect(response.statusCode).toBe(200);
    await waitFor(() => (mailer.sent.length > sent ? true : undefined));
    return response;
  }

  async function confirm(client: FormClient, email: string) {
    const token = await linkIn(email, '/join/confirm');
    const page = await client.get(`/helsinki/join/confirm?token=${token}`);
    return client.post('/helsinki/join/confirm', { _csrf: csrfTokenOf(page.body), token: token! });
  }

  it('H1: the join form asks for an email address and nothing else', async () => {
    const page = await kuule.app.inject('/helsinki/join?lang=en');
    const inputs = [...page.body.matchAll(/<(?:input|textarea|select)[^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs.sort()).toEqual(['_csrf', 'consent', 'consentVersion', 'email']);
    // H7: the form says special categories are not asked for.
    expect(page.body).toContain('We do not ask about health, religion, ethnic origin');
  });

  it('H1, H16: joining needs a valid address and the consent, and a refused form stores nothing', async () => {
    const client = new FormClient(kuule.app);
    const page = await client.get('/helsinki/join?lang=en');
    const response = await client.post('/helsinki/join', {
      _csrf: csrfTokenOf(page.body),
      email: 'not-an-address',
      consentVersion: '2026-11-22',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter an email address in the form name@example.fi.');
    expect(response.body).toContain('This needs your consent.');
    const pending = await kuule.db.system.selectFrom('vault.pending_sign_ups').select('id').execute();
    expect(pending).toEqual([]);
  });

  it('H1, H3, H16: a resident joins with an email only, confirms by a posted link, and picks a pseudonym', async () => {
    const client = new FormClient(kuule.app);
    await join(client, 'maija@example.fi');
    // Opening the link does not use it: only the posted button does.
    const token = await linkIn('maija@example.fi', '/join/confirm');
    await kuule.app.inject(`/helsinki/join/confirm?token=${token}`);
    const confirmed = await confirm(client, 'maija@example.fi');
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe('/helsinki/me/pseudonym');
    const session = confirmed.cookies.find((c) => c.name === 'kuule-member');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    const pseudonymPage = await client.get('/helsinki/me/pseudonym');
    const identifying = await client.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(pseudonymPage.body),
      pseudonym: 'maija@example.fi',
    });
    expect(identifying.statusCode).toBe(400);
    expect(identifying.body).toContain('must not contain an email address');
    const chosen = await client.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(pseudonymPage.body),
      pseudonym: 'Utelias Orava',
    });
    expect(chosen.statusCode).toBe(303);
    const me = await client.get('/helsinki/me');
    expect(me.body).toContain('Utelias Orava');
    expect(me.body).not.toContain('maija@example.fi');

    // The link works once.
    const again = await client.post('/helsinki/join/confirm', { _csrf: csrfTokenOf(me.body), token: token! });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('The link is no longer valid');
  });

  it('H3: a pseudonym is unique within the organisation, whatever its case', async () => {
    const client = new FormClient(kuule.app);
    await join(client, 'matti@example.fi');
    await confirm(client, 'matti@example.fi');
    const page = await client.get('/helsinki/me/pseudonym?lang=en');
    const taken = await client.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(page.body),
      pseudonym: 'utelias orava',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('already taken');
  });

  it('H4: the email is only in the vault, encrypted, and the application role cannot reach the vault', async () => {
    const identities = await kuule.db.system.selectFrom('vault.member_identities').selectAll().execute();
    expect(identities.length).toBeGreaterThanOrEqual(1);
    for (const identity of identities) expect(identity.email_encrypted).not.toContain('@');

    // A full dump of every table in every schema, as the owner: the address appears nowhere in clear.
    const tables = await sql<{ schema: string; name: string }>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('public', 'vault') and table_type = 'BASE TABLE'
    `.execute(kuule.db.system);
    for (const table of tables.rows) {
      const rows = await sql`select * from ${sql.table(`${table.schema}.${table.name}`)}`.execute(
        kuule.db.system,
      );
      expect(JSON.stringify(rows.rows), `${table.schema}.${table.name}`).not.toContain('maija@example.fi');
    }

    // With every privilege except the vault's, no identity can be reached or joined to research data.
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
        tx.selectFrom('vault.member_identities').selectAll().execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
        sql`select m.pseudonym, i.email_encrypted from members m join vault.member_identities i on i.member_id = m.id`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('H4: the vault role, in turn, cannot read research data', async () => {
    await expect(
      kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
        await sql`set local role kuule_vault`.execute(tx);
        return tx.selectFrom('members').selectAll().execute();
      }),
    ).rejects.toThrow(/permission denied/);
  });

  it('answers the same whether or not the address is a member (no account enumeration)', async () => {
    const known = new FormClient(kuule.app);
    const page = await known.get('/helsinki/sign-in?lang=en');
    const knownAnswer = await known.post('/helsinki/sign-in', {
      _csrf: csrfTokenOf(page.body),
      email: 'maija@example.fi',
    });
    const unknown = new FormClient(kuule.app);
    const page2 = await unknown.get('/helsinki/sign-in?lang=en');
    const unknownAnswer = await unknown.post('/helsinki/sign-in', {
      _csrf: csrfTokenOf(page2.body),
      email: 'nobody@example.fi',
    });
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
    expect(knownAnswer.statusCode).toBe(unknownAnswer.statusCode);
    expect(strip(knownAnswer.body)).toBe(strip(unknownAnswer.body));
    // Joining again with a member's address gives the join page's answer, and mails a sign-in link instead.
    const rejoin = await join(new FormClient(kuule.app), 'maija@example.fi');
    const fresh = await join(new FormClient(kuule.app), 'new-person@example.fi');
    expect(strip(rejoin.body)).toBe(strip(fresh.body));
    expect(await linkIn('maija@example.fi', '/sign-in/confirm')).toBeTruthy();
  });

  it('signs in by a link that works once, for 15 minutes, with at most three links per address at a time', async () => {
    await kuule.db.system.deleteFrom('member_sign_in_tokens').execute();
    const client = new FormClient(kuule.app);
    const request = async () => {
      const page = await client.get('/helsinki/sign-in');
      return client.post('/helsinki/sign-in', { _csrf: csrfTokenOf(page.body), email: 'matti@example.fi' });
    };
    const signInMails = () =>
      mailer.sent.filter((m) => m.to === 'matti@example.fi' && m.text.includes('/sign-in/confirm')).length;
    const before = signInMails();
    for (let i = 0; i < 4; i++) await request();
    await waitFor(() => (signInMails() >= before + 3 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(signInMails() - before).toBe(3);

    const token = await linkIn('matti@example.fi', '/sign-in/confirm');
    const page = await client.get(`/helsinki/sign-in/confirm?token=${token}`);
    const signedIn = await client.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(page.body),
      token: token!,
    });
    expect(signedIn.statusCode).toBe(303);
    const reused = await client.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(page.body),
      token: token!,
    });
    expect(reused.statusCode).toBe(400);

    // An expired link is refused.
    await kuule.db.system
      .updateTable('member_sign_in_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('used_at', 'is', null)
      .execute();
    const otherToken = [...mailer.sent]
      .filter((m) => m.to === 'matti@example.fi')
      .map((m) => /token=([\w-]+)/.exec(m.text)?.[1])
      .find((t) => t !== token);
    const expired = await client.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(page.body),
      token: otherToken!,
    });
    expect(expired.statusCode).toBe(400);
  });

  it('lists the member’s sessions; ending one, or all, signs those devices out', async () => {
    const phone = new FormClient(kuule.app);
    const laptop = new FormClient(kuule.app);
    for (const device of [phone, laptop]) {
      await kuule.db.system.deleteFrom('member_sign_in_tokens').execute();
      const sent = mailer.sent.length;
      const page = await device.get('/helsinki/sign-in');
      await device.post('/helsinki/sign-in', { _csrf: csrfTokenOf(page.body), email: 'maija@example.fi' });
      const token = await linkIn('maija@example.fi', '/sign-in/confirm', sent);
      const confirmPage = await device.get(`/helsinki/sign-in/confirm?token=${token}`);
      await device.post('/helsinki/sign-in/confirm', { _csrf: csrfTokenOf(confirmPage.body), token: token! });
    }
    const me = await phone.get('/helsinki/me?lang=en');
    const sessionIds = [...me.body.matchAll(/\/me\/sessions\/([0-9a-f-]+)\/end/g)].map((m) => m[1]!);
    expect(sessionIds.length).toBeGreaterThanOrEqual(2);
    expect(me.body).toContain('(this device)');

    const laptopMe = await laptop.get('/helsinki/me');
    expect(laptopMe.statusCode).toBe(200);
    await phone.post('/helsinki/me/sign-out-everywhere', { _csrf: csrfTokenOf(me.body) });
    expect((await laptop.get('/helsinki/me')).statusCode).toBe(303);
    expect((await phone.get('/helsinki/me')).statusCode).toBe(303);
  });

  it('H16: the consent is recorded with purpose, exact text version, language, time and method, with a receipt', async () => {
    const consents = await kuule.db.system.selectFrom('consents').selectAll().execute();
    expect(consents.length).toBeGreaterThanOrEqual(2);
    const [consent] = consents;
    expect(consent).toMatchObject({
      purpose: 'community_membership',
      text_version: '2026-11-22',
      language: 'en',
      method: 'web_form',
      withdrawn_at: null,
    });
    // Giving it is audited in the same transaction.
    const given = await kuule.db.system
      .selectFrom('audit_log')
      .select(['subject_member_id', 'details'])
      .where('action', '=', 'consent.give')
      .execute();
    expect(given).toContainEqual({
      subject_member_id: consent!.member_id,
      details: { purpose: 'community_membership', textVersion: '2026-11-22' },
    });

    const client = new FormClient(kuule.app);
    await join(client, 'receipt@example.fi');
    await confirm(client, 'receipt@example.fi');
    const me = await client.get('/helsinki/me?lang=en');
    const receiptUrl = /href="(\/helsinki\/me\/consents\/[0-9a-f-]+\/receipt\.json)"/.exec(me.body)?.[1];
    const receipt = await client.get(receiptUrl!);
    expect(receipt.headers['content-type']).toContain('application/json');
    const body = receipt.json();
    expect(body).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'FI',
      language: 'en',
      collectionMethod: 'web_form',
      textVersion: '2026-11-22',
    });
    expect(body.services[0].purposes[0].purpose).toContain(
      'I consent to helsinki en processing my email address',
    );
    expect(JSON.stringify(body)).not.toContain('receipt@example.fi');
    // Another member's receipt is not found.
    const other = await kuule.app.inject({ url: receiptUrl!, headers: { cookie: '' } });
    expect(other.statusCode).toBe(303);
  });

  it('forgets unconfirmed sign-ups after 24 hours, by a scheduled job', async () => {
    expect(await kuule.jobs.schedules()).toContainEqual({
      queue: 'members.forget-expired-sign-ups',
      cron: '*/15 * * * *',
    });
    await join(new FormClient(kuule.app), 'never-confirms@example.fi');
    const token = await linkIn('never-confirms@example.fi', '/join/confirm');
    const pendingCount = async () =>
      (await kuule.db.system.selectFrom('vault.pending_sign_ups').select('id').execute()).length;
    const waiting = await pendingCount();
    expect(waiting).toBeGreaterThanOrEqual(1);
    // A minute before the 24 hours are up nothing goes; just after, every pending sign-up is gone.
    expect(await forgetExpiredSignUps(kuule.db, new Date(Date.now() + 24 * 3600_000 - 60_000))).toBe(0);
    expect(await forgetExpiredSignUps(kuule.db, new Date(Date.now() + 24 * 3600_000 + 1000))).toBe(waiting);
    expect(await pendingCount()).toBe(0);
    const client = new FormClient(kuule.app);
    const page = await client.get(`/helsinki/join/confirm?token=${token}`);
    const late = await client.post('/helsinki/join/confirm', {
      _csrf: csrfTokenOf(page.body),
      token: token!,
    });
    expect(late.statusCode).toBe(400);
  });

  it('an organisation without the community has no join or sign-in pages', async () => {
    expect((await kuule.app.inject('/espoo/join')).statusCode).toBe(404);
    expect((await kuule.app.inject('/espoo/sign-in')).statusCode).toBe(404);
  });

  it('H16: withdrawing the membership consent is one action that deletes the email and pseudonym at once', async () => {
    const client = new FormClient(kuule.app);
    await join(client, 'leaver@example.fi');
    await confirm(client, 'leaver@example.fi');
    const pseudonymPage = await client.get('/helsinki/me/pseudonym');
    await client.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(pseudonymPage.body),
      pseudonym: 'Lähtijä',
    });
    const me = await client.get('/helsinki/me?lang=en');
    const withdrawUrl = /action="(\/helsinki\/me\/consents\/[0-9a-f-]+\/withdraw)"/.exec(me.body)?.[1];
    expect(me.body).toContain('Withdraw consent and leave the community');
    const response = await client.post(withdrawUrl!, { _csrf: csrfTokenOf(me.body) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/helsinki/left');
    expect((await client.get('/helsinki/me')).statusCode).toBe(303);

    const consentId = withdrawUrl!.split('/')[4]!;
    const consent = await kuule.db.system
      .selectFrom('consents')
      .selectAll()
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    expect(consent.withdrawn_at).not.toBeNull();
    const member = await kuule.db.system
      .selectFrom('members')
      .selectAll()
      .where('id', '=', consent.member_id)
      .executeTakeFirstOrThrow();
    expect(member.pseudonym).toBeNull();
    const identity = await kuule.db.system
      .selectFrom('vault.member_identities')
      .selectAll()
      .where('member_id', '=', consent.member_id)
      .execute();
    expect(identity).toEqual([]);
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'consent.withdraw')
      .execute();
    expect(audited.map((a) => a.subject_member_id)).toContain(consent.member_id);

    // The address can join again, as a new member.
    const again = new FormClient(kuule.app);
    await join(again, 'leaver@example.fi');
    const rejoined = await confirm(again, 'leaver@example.fi');
    expect(rejoined.headers.location).toBe('/helsinki/me/pseudonym');
    const newMember = await kuule.db.system
      .selectFrom('consents')
      .select('member_id')
      .where('withdrawn_at', 'is', null)
      .orderBy('given_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(newMember.member_id).not.toBe(consent.member_id);
  });

  it('H2: background questions are optional: a member answers some, skips others, and changes or clears them later', async () => {
    const client = new FormClient(kuule.app);
    await join(client, 'profile@example.fi');
    await confirm(client, 'profile@example.fi');
    const pseudonymPage = await client.get('/helsinki/me/pseudonym');
    const chosen = await client.post('/helsinki/me/pseudonym', {
      _csrf: csrfTokenOf(pseudonymPage.body),
      pseudonym: 'Taustainen',
    });
    expect(chosen.headers.location).toBe('/helsinki/me/profile');

    const profile = await client.get('/helsinki/me/profile?lang=en');
    expect(profile.body).toContain('Every question is optional');
    expect(profile.body).toContain('We do not ask about health, religion');
    // Skipping is a plain link back, as easy as saving.
    expect(profile.body).toContain('href="/helsinki/me">Skip for now</a>');

    const token = csrfTokenOf(profile.body);
    const saved = await client.post('/helsinki/me/profile', {
      _csrf: token,
      q_age_band: '25-34',
      q_services_used: 'libraries',
    });
    expect(saved.statusCode).toBe(303);
    const me = await client.get('/helsinki/me?lang=en');
    expect(me.body).toContain('25–34');
    expect(me.body).toContain('Libraries');
    expect(me.body).not.toContain('Where you live');

    const tampered = await client.post('/helsinki/me/profile', {
      _csrf: token,
      q_age_band: '0-17',
      q_services_used: 'culture',
    });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.body).toContain('The answer to “Age group” could not be saved');
    const unchanged = await client.get('/helsinki/me?lang=en');
    expect(unchanged.body).toContain('Libraries');
    expect(unchanged.body).not.toContain('Culture');

    await client.post('/helsinki/me/profile', { _csrf: token, q_age_band: '' });
    const cleared = await client.get('/helsinki/me?lang=en');
    expect(cleared.body).toContain('You have not answered the background questions.');
  });
});
