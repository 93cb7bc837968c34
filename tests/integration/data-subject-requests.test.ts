import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMemberEmail, storeContactDetails } from '../../src/members/identity-vault.ts';
import { startMemberSession } from '../../src/members/member-repository.ts';
import { addDays, helsinkiDay } from '../../src/platform/calendar.ts';
import { smtpMailer } from '../../src/platform/email/mailer.ts';
import { placeHold } from '../../src/privacy/requests/member-holds.ts';
import { extendedDueOn, requestDueOn } from '../../src/privacy/requests/request-deadlines.ts';
import { sendRequestReminders } from '../../src/privacy/requests/request-reminders.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createMemberForTest, createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, FormClient, formFieldsOf } from '../support/http-client.ts';
import { runRetentionAt } from '../support/retention.ts';
import { type ReceivedMail, readMail, startSmtpServer, waitFor } from '../support/smtp.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

const DAY = 24 * 3600_000;

/**
 * E10, H13, H12: requests that arrive by letter, phone or email are logged by the register owner, kept to
 * their deadline, fulfilled with the member's own machinery, and reminded of; legal holds stop every erasure.
 */
describe(`data subject requests by other channels, and legal holds (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let owner: FormClient;
  let ownerId: string;
  const today = helsinkiDay(new Date());

  beforeAll(async () => {
    smtp = await startSmtpServer();
    kuule = await createTestKuule({ mailer: smtpMailer(smtp.url, 'Kuule <no-reply@kuule.test>') });
    owner = await createSignedInStaff(kuule, kuule.helsinki, 'owner@helsinki.example', ['register_owner']);
    ownerId = (
      await kuule.db.system
        .selectFrom('staff_users')
        .select('id')
        .where('email', '=', 'owner@helsinki.example')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await kuule.close();
    await smtp.stop();
  });

  const requestRows = () => kuule.db.system.selectFrom('data_subject_requests').selectAll().execute();
  const requestRow = (id: string) =>
    kuule.db.system
      .selectFrom('data_subject_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const memberRow = (id: string) =>
    kuule.db.system.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditOf = (action: string, subject?: string) => {
    let query = kuule.db.system.selectFrom('audit_log').selectAll().where('action', '=', action);
    if (subject) query = query.where('subject_member_id', '=', subject);
    return query.execute();
  };

  /** Logs a request through the console form as the register owner; returns the response and its id. */
  async function logRequest(
    fields: Record<string, string>,
    client = owner,
    slug = 'helsinki',
  ): Promise<{ status: number; id: string; body: string }> {
    const page = await client.get(`/${slug}/console/requests/new?lang=en`);
    const response = await client.post(`/${slug}/console/requests?lang=en`, {
      _csrf: csrfTokenOf(page.body),
      kind: 'access',
      channel: 'letter',
      receivedOn: today,
      identityCheck: 'Identity card checked at the service point',
      ...fields,
    });
    const id = /\/console\/requests\/([0-9a-f-]{36})/.exec(String(response.headers.location))?.[1] ?? '';
    return { status: response.statusCode, id, body: response.body };
  }

  /** Posts one of the request page's forms, as the browser shows it, with `fields` changed. */
  async function postOnRequestPage(
    id: string,
    action: string,
    fields: Record<string, string> = {},
    slug = 'helsinki',
  ) {
    const url = `/${slug}/console/requests/${id}`;
    const page = await owner.get(`${url}?lang=en`);
    expect(page.statusCode).toBe(200);
    const form = formFieldsOf(page.body, `${url}/${action}`);
    return owner.post(`${url}/${action}?lang=en`, { ...form, ...fields });
  }

  async function signedInMember(email: string, options: { language?: 'fi' | 'sv' | 'en' } = {}) {
    const member = await createMemberForTest(kuule.db, kuule.helsinki.id, email, options);
    const token = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      startMemberSession(tx, member, new Date()),
    );
    const client = new FormClient(kuule.app);
    client.cookies.set('kuule-member', token);
    return { member, client };
  }

  const emailOf = (id: string) =>
    kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      readMemberEmail(tx, testVaultKeys, kuule.helsinki.id, id),
    );

  it('E10: only the register owner sees and logs requests; anyone else gets 403 and nothing is stored', async () => {
    const researcher = await createSignedInStaff(kuule, kuule.helsinki, 'researcher@helsinki.example', [
      'researcher',
    ]);
    expect((await researcher.get('/helsinki/console/requests')).statusCode).toBe(403);
    expect((await researcher.get('/helsinki/console/requests/new')).statusCode).toBe(403);
    const home = await researcher.get('/helsinki/console?lang=en');
    expect(home.body).not.toContain('/helsinki/console/requests');
    const refused = await researcher.post('/helsinki/console/requests', {
      _csrf: csrfTokenOf(home.body),
      kind: 'erasure',
      channel: 'letter',
      receivedOn: today,
      caseReference: 'HEL 2026-000403',
      identityCheck: 'checked',
    });
    expect(refused.statusCode).toBe(403);
    expect(await requestRows()).toEqual([]);
    const ownerHome = await owner.get('/helsinki/console?lang=en');
    expect(ownerHome.body).toContain('href="/helsinki/console/requests"');
    expect((await owner.get('/helsinki/console/requests?lang=en')).statusCode).toBe(200);
  });

  it('E10: bad input (unknown kind, future received date, missing identity check) is a 400 with an error summary, and nothing is stored', async () => {
    const unknownKind = await logRequest({ kind: 'portability', caseReference: 'HEL 2026-000400' });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body).toContain('class="error-summary"');
    expect(unknownKind.body).toContain('Choose the kind of request.');
    const future = await logRequest({ receivedOn: addDays(today, 1), caseReference: 'HEL 2026-000401' });
    expect(future.status).toBe(400);
    expect(future.body).toContain('The day of receipt cannot be in the future.');
    const notADate = await logRequest({ receivedOn: '31.1.2026', caseReference: 'HEL 2026-000402' });
    expect(notADate.status).toBe(400);
    expect(notADate.body).toContain('Give the date as YYYY-MM-DD.');
    const noIdentityCheck = await logRequest({ identityCheck: '  ', caseReference: 'HEL 2026-000404' });
    expect(noIdentityCheck.status).toBe(400);
    expect(noIdentityCheck.body).toContain('href="#identityCheck"');
    // What was typed comes back, except the email address.
    const withEmail = await logRequest({
      kind: 'nope',
      caseReference: 'HEL 2026-000405',
      email: 'x@example.fi',
    });
    expect(withEmail.body).toContain('value="HEL 2026-000405"');
    expect(withEmail.body).not.toContain('x@example.fi');
    expect(await requestRows()).toEqual([]);
  });

  it('E10: a logged request finds the member through the vault without storing the address; the deadline is a month from receipt; overdue is said in words', async () => {
    const { member } = await signedInMember('kirje@example.fi');
    const receivedOn = addDays(today, -40);
    const logged = await logRequest({
      kind: 'access',
      channel: 'letter',
      receivedOn,
      caseReference: 'HEL 2026-000501',
      email: 'Kirje@Example.fi',
    });
    expect(logged.status).toBe(303);
    const row = await requestRow(logged.id);
    expect(row).toMatchObject({
      kind: 'access',
      channel: 'letter',
      received_on: receivedOn,
      due_on: requestDueOn(receivedOn),
      member_id: member.id,
      status: 'open',
      created_by: ownerId,
    });
    expect(JSON.stringify(row)).not.toContain('kirje@');
    const audited = await auditOf('request.create', member.id);
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor_type: 'staff', actor_id: ownerId });

    const list = await owner.get('/helsinki/console/requests?lang=en');
    expect(list.body).toContain('HEL 2026-000501');
    expect(list.body).toMatch(/Overdue by \d+ days/);
    expect(list.body).toContain('data-state="overdue"');
    const page = await owner.get(`/helsinki/console/requests/${logged.id}?lang=en`);
    // H4: the case shows that a member was found, never the key their research data is stored under.
    expect(page.body).toContain('A member the request concerns was found');
    expect(page.body).not.toContain(member.id);
    expect(await auditOf('request.view', member.id)).toHaveLength(1);
    expect(page.body).not.toContain('kirje@example.fi');
    // The form says that the requester's name and address are not stored.
    const form = await owner.get('/helsinki/console/requests/new?lang=en');
    expect(form.body).toContain(
      'Kuule does not store the requester’s name, address or other contact details.',
    );
  });

  it('E10: an extension is refused after the first month or without reasons; within it, with reasons, it gives three months from receipt', async () => {
    const late = await logRequest({ receivedOn: addDays(today, -40), caseReference: 'HEL 2026-000601' });
    // The page offers no extension after the first month; a post anyway is refused as well.
    const page = await owner.get(`/helsinki/console/requests/${late.id}?lang=en`);
    expect(page.body).toContain('The deadline can no longer be extended');
    expect(page.body).not.toContain(`action="/helsinki/console/requests/${late.id}/extend"`);
    const forged = await owner.post(`/helsinki/console/requests/${late.id}/extend?lang=en`, {
      _csrf: csrfTokenOf(page.body),
      extensionReasons: 'Many requests at once',
      notifiedOn: addDays(today, -35),
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('the extension and its reasons had to be sent within the first month');
    expect((await requestRow(late.id)).extended_due_on).toBeNull();

    const fresh = await logRequest({ receivedOn: today, caseReference: 'HEL 2026-000602' });
    const noReasons = await postOnRequestPage(fresh.id, 'extend', {
      extensionReasons: ' ',
      notifiedOn: today,
    });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.body).toContain('class="error-summary"');
    expect((await requestRow(fresh.id)).extended_due_on).toBeNull();
    const extended = await postOnRequestPage(fresh.id, 'extend', {
      extensionReasons: 'Many linked requests from one sender',
      notifiedOn: today,
    });
    expect(extended.statusCode).toBe(303);
    expect(await requestRow(fresh.id)).toMatchObject({
      extended_due_on: extendedDueOn(today),
      extension_reasons: 'Many linked requests from one sender',
      extension_notified_on: today,
    });
    expect(await auditOf('request.extend')).toHaveLength(1);
    const shown = await owner.get(`/helsinki/console/requests/${fresh.id}?lang=en`);
    expect(shown.body).toContain('The deadline was extended from');
  });

  it('E10: access — the staff download is the member’s own export, audited as a staff read; fulfilling closes the request', async () => {
    const { member, client } = await signedInMember('katso@example.fi');
    await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      storeContactDetails(tx, testVaultKeys, {
        organisationId: kuule.helsinki.id,
        memberId: member.id,
        purpose: 'event_contact',
        name: 'Kaisa Katsoja',
      }),
    );
    const logged = await logRequest({
      kind: 'access',
      caseReference: 'HEL 2026-000701',
      email: 'katso@example.fi',
    });
    const download = await owner.get(`/helsinki/console/requests/${logged.id}/export.json`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/json');
    expect(download.headers['cache-control']).toBe('no-store');
    const body = download.json();
    expect(body.format).toBe('kuule-my-data/1');
    expect(body.membership).toMatchObject({ memberKey: member.id, email: 'katso@example.fi' });
    const audited = await auditOf('request.export', member.id);
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actor_type: 'staff',
      actor_id: ownerId,
      permission: 'members.manage',
    });
    // The export opened the contact details: the member sees who read them.
    expect(body.contactDetails).toEqual([expect.objectContaining({ name: 'Kaisa Katsoja' })]);
    expect(await auditOf('contact_details.read', member.id)).toHaveLength(1);
    expect((await client.get('/helsinki/me/data?lang=en')).body).toContain('>owner, ');

    const fulfilled = await postOnRequestPage(logged.id, 'fulfil', { outcome: 'Sent by letter' });
    expect(fulfilled.statusCode).toBe(303);
    expect(await requestRow(logged.id)).toMatchObject({
      status: 'fulfilled',
      resolution: 'access_provided',
      closed_on: today,
      closed_by: ownerId,
      outcome: 'Sent by letter',
    });
    expect(await auditOf('request.fulfil', member.id)).toHaveLength(1);
    // A closed request is not fulfilled twice.
    const page = await owner.get(`/helsinki/console/requests/${logged.id}?lang=en`);
    const again = await owner.post(`/helsinki/console/requests/${logged.id}/fulfil?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(again.statusCode).toBe(409);
  });

  it('E10: restriction and objection restrict processing with the member’s own machinery, audited with the register owner as actor', async () => {
    for (const kind of ['restriction', 'objection']) {
      const email = `${kind}@example.fi`;
      const { member } = await signedInMember(email);
      const logged = await logRequest({ kind, caseReference: `HEL 2026-${kind}`, email });
      const fulfilled = await postOnRequestPage(logged.id, 'fulfil');
      expect(fulfilled.statusCode).toBe(303);
      expect((await memberRow(member.id)).processing_restricted_at).not.toBeNull();
      expect(await requestRow(logged.id)).toMatchObject({ status: 'fulfilled', resolution: 'restricted' });
      const audited = await auditOf('member.restrict', member.id);
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({
        actor_type: 'staff',
        actor_id: ownerId,
        details: { request: logged.id },
      });
    }
  });

  it('E10, H15: rectification records what the member was asked to correct; staff change no member data', async () => {
    const { member } = await signedInMember('oikaise@example.fi');
    await kuule.db.system
      .updateTable('members')
      .set({ pseudonym: 'Vanha Nimi' })
      .where('id', '=', member.id)
      .execute();
    const logged = await logRequest({
      kind: 'rectification',
      caseReference: 'HEL 2026-000801',
      email: 'oikaise@example.fi',
    });
    const missing = await postOnRequestPage(logged.id, 'fulfil', { outcome: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Record what the member was asked to correct');
    expect((await requestRow(logged.id)).status).toBe('open');
    const done = await postOnRequestPage(logged.id, 'fulfil', {
      outcome: 'Asked the member to change their pseudonym on their own page',
    });
    expect(done.statusCode).toBe(303);
    expect(await requestRow(logged.id)).toMatchObject({ status: 'fulfilled', resolution: 'rectified' });
    expect((await memberRow(member.id)).pseudonym).toBe('Vanha Nimi');
  });

  it('E10: a request that matches no one (Espoo’s anonymous feedback holds nothing identifiable, GDPR Art. 11) is closed as no data held', async () => {
    const espooOwner = await createSignedInStaff(kuule, kuule.espoo, 'owner@espoo.example', [
      'register_owner',
    ]);
    const logged = await logRequest(
      { kind: 'erasure', channel: 'phone', caseReference: 'ESP 2026-1', email: 'palaute@example.fi' },
      espooOwner,
      'espoo',
    );
    expect(logged.status).toBe(303);
    const page = await espooOwner.get(`/espoo/console/requests/${logged.id}?lang=en`);
    expect(page.body).toContain('None found: the service holds nothing that leads to the requester.');
    const closed = await espooOwner.post(`/espoo/console/requests/${logged.id}/fulfil?lang=en`, {
      _csrf: csrfTokenOf(page.body),
      outcome: 'Told the requester that no data is held',
    });
    expect(closed.statusCode).toBe(303);
    const row = await requestRow(logged.id);
    expect(row).toMatchObject({ status: 'fulfilled', resolution: 'no_data_held', member_id: null });
    // Each organisation sees its own requests only.
    expect((await owner.get('/helsinki/console/requests?lang=en')).body).not.toContain('ESP 2026-1');
    expect((await owner.get(`/helsinki/console/requests/${logged.id}`)).statusCode).toBe(404);
  });

  it('E10: a request is refused only with grounds', async () => {
    const logged = await logRequest({ caseReference: 'HEL 2026-000901' });
    const noGrounds = await postOnRequestPage(logged.id, 'refuse', { refusalReason: '' });
    expect(noGrounds.statusCode).toBe(400);
    expect((await requestRow(logged.id)).status).toBe('open');
    const refused = await postOnRequestPage(logged.id, 'refuse', {
      refusalReason: 'Identity could not be verified',
    });
    expect(refused.statusCode).toBe(303);
    expect(await requestRow(logged.id)).toMatchObject({
      status: 'refused',
      resolution: 'refused',
      outcome: 'Identity could not be verified',
    });
    expect(await auditOf('request.refuse')).toHaveLength(1);
  });

  it('H13: an erasure request by letter erases the member as their own deletion would, audited with the register owner as actor', async () => {
    const { member, client } = await signedInMember('poista@example.fi');
    const logged = await logRequest({
      kind: 'erasure',
      caseReference: 'HEL 2026-001001',
      email: 'poista@example.fi',
    });
    const fulfilled = await postOnRequestPage(logged.id, 'fulfil');
    expect(fulfilled.statusCode).toBe(303);
    expect((await memberRow(member.id)).erased_at).not.toBeNull();
    expect(await emailOf(member.id)).toBeUndefined();
    expect((await client.get('/helsinki/me/data')).statusCode).toBe(303);
    const audited = await auditOf('member.erase', member.id);
    expect(audited[0]).toMatchObject({
      actor_type: 'staff',
      actor_id: ownerId,
      details: { reason: 'data_subject_request' },
    });
    expect(await requestRow(logged.id)).toMatchObject({ status: 'fulfilled', resolution: 'erased' });
  });

  it('H13: during an active legal hold, “delete my data now” is refused with a clear page in the member’s language and nothing changes; staff erasure is refused too; after the hold is lifted the member deletes', async () => {
    const { member, client } = await signedInMember('pito@example.fi', { language: 'sv' });
    const logged = await logRequest({
      kind: 'erasure',
      caseReference: 'HEL 2026-001101',
      email: 'pito@example.fi',
    });
    const until = addDays(today, 90);
    const badHold = await postOnRequestPage(logged.id, 'hold', {
      holdReasonKind: 'whim',
      holdReason: 'Case HEL 2026-77',
    });
    expect(badHold.statusCode).toBe(400);
    expect(await kuule.db.system.selectFrom('legal_holds').selectAll().execute()).toEqual([]);
    const placed = await postOnRequestPage(logged.id, 'hold', {
      holdReasonKind: 'legal_claim',
      holdReason: 'Case HEL 2026-77 in the district court',
      holdUntil: until,
    });
    expect(placed.statusCode).toBe(303);
    expect(await auditOf('hold.place', member.id)).toHaveLength(1);

    // The delete page shows the hold beforehand, in Swedish, and offers no button.
    const deletePage = await client.get('/helsinki/me/data/delete');
    expect(deletePage.body).toContain('<html lang="sv"');
    expect(deletePage.body).toContain('Dina uppgifter kan inte raderas just nu');
    expect(deletePage.body).toContain(
      'Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.',
    );
    expect(deletePage.body).not.toContain('action="/helsinki/me/data/delete"');
    // A post anyway: refused with what is kept, why and until when; nothing changes, the session stays.
    const myData = await client.get('/helsinki/me/data');
    const refused = await client.post('/helsinki/me/data/delete', { _csrf: csrfTokenOf(myData.body) });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Dina uppgifter raderades inte');
    expect(refused.body).toContain('Alla dina uppgifter i den här tjänsten');
    expect(refused.body).toMatch(/Till och med \d+ \S+ \d{4}/);
    expect((await memberRow(member.id)).erased_at).toBeNull();
    expect(await emailOf(member.id)).toBe('pito@example.fi');
    expect((await client.get('/helsinki/me/data')).statusCode).toBe(200);
    expect(await auditOf('member.erase', member.id)).toEqual([]);

    // Staff erasure through the request is refused likewise.
    const requestPage = await owner.get(`/helsinki/console/requests/${logged.id}?lang=en`);
    expect(requestPage.body).toContain('is under a legal hold');
    const staffErase = await owner.post(`/helsinki/console/requests/${logged.id}/fulfil?lang=en`, {
      _csrf: csrfTokenOf(requestPage.body),
    });
    expect(staffErase.statusCode).toBe(409);
    expect(staffErase.body).toContain('Nothing was changed.');
    expect((await memberRow(member.id)).erased_at).toBeNull();
    expect((await requestRow(logged.id)).status).toBe('open');

    // The hold is listed, and lifted.
    const list = await owner.get('/helsinki/console/requests?lang=en');
    expect(list.body).toContain('Case HEL 2026-77 in the district court');
    const hold = await kuule.db.system
      .selectFrom('legal_holds')
      .select('id')
      .where('member_id', '=', member.id)
      .executeTakeFirstOrThrow();
    const lifted = await owner.post(`/helsinki/console/holds/${hold.id}/lift?lang=en`, {
      _csrf: csrfTokenOf(list.body),
    });
    expect(lifted.statusCode).toBe(303);
    expect(lifted.headers.location).toBe(
      `/helsinki/console/requests/${logged.id}?notice=lifted#holds-heading`,
    );
    expect(await auditOf('hold.lift', member.id)).toHaveLength(1);

    const again = await client.get('/helsinki/me/data/delete');
    expect(again.body).not.toContain('Dina uppgifter kan inte raderas just nu');
    const deleted = await client.post('/helsinki/me/data/delete', { _csrf: csrfTokenOf(again.body) });
    expect(deleted.statusCode).toBe(303);
    expect((await memberRow(member.id)).erased_at).not.toBeNull();
  });

  it('H12: an inactive member under a legal hold is neither counted, reminded nor deleted by the inactivity rule; once the hold ends, they are', async () => {
    const now = Date.now();
    const member = await createMemberForTest(kuule.db, kuule.helsinki.id, 'hiljainen@example.fi', {
      lastActiveAt: new Date(now - 400 * DAY),
    });
    await kuule.db.system
      .updateTable('members')
      .set({ inactivity_reminded_at: new Date(now - 200 * DAY) })
      .where('id', '=', member.id)
      .execute();
    const dryRunDeleted = async () =>
      (await runRetentionAt(kuule.db, new Date(now), { dryRun: true, organisation: 'helsinki' })).outcome(
        'helsinki',
        'inactive_member',
      )?.deleted ?? 0;
    const before = await dryRunDeleted();
    const holdId = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      placeHold(tx, {
        organisationId: kuule.helsinki.id,
        memberId: member.id,
        reasonKind: 'authority_request',
        reason: 'Police request 2026/5',
        today,
        until: null,
        staffId: ownerId,
        requestId: null,
      }),
    );
    expect(await dryRunDeleted()).toBe(before - 1);
    await runRetentionAt(kuule.db, new Date(now), { organisation: 'helsinki' });
    expect((await memberRow(member.id)).erased_at).toBeNull();
    expect(await emailOf(member.id)).toBe('hiljainen@example.fi');

    // Lifted (from the list of active holds): the next run deletes.
    const list = await owner.get('/helsinki/console/requests?lang=en');
    expect(list.body).toContain('Police request 2026/5');
    const lifted = await owner.post(`/helsinki/console/holds/${holdId}/lift?lang=en`, {
      _csrf: csrfTokenOf(list.body),
    });
    expect(lifted.headers.location).toBe('/helsinki/console/requests?notice=lifted');
    await runRetentionAt(kuule.db, new Date(now), { organisation: 'helsinki' });
    expect((await memberRow(member.id)).erased_at).not.toBeNull();
  });

  it('E10: the daily reminder mails each register owner, in their language, the requests due within a week or overdue, naming no member; others get none', async () => {
    expect(await kuule.jobs.schedules()).toContainEqual({
      queue: 'privacy.request-reminders',
      cron: '0 5 * * *',
    });
    // The owner uses the console in Swedish: the reminder is in Swedish.
    await owner.get('/helsinki/console/requests?lang=sv');
    await signedInMember('muistutus@example.fi');
    const overdue = await logRequest({
      receivedOn: addDays(today, -40),
      caseReference: 'HEL 2026-REM-OVERDUE',
      email: 'muistutus@example.fi',
    });
    const soon = await logRequest({ receivedOn: addDays(today, -27), caseReference: 'HEL 2026-REM-SOON' });
    await logRequest({ receivedOn: today, caseReference: 'HEL 2026-REM-LATER' });
    expect(overdue.status).toBe(303);
    expect(soon.status).toBe(303);

    const before = smtp.received.length;
    const queued = await sendRequestReminders(kuule.db, {
      now: new Date(),
      sendEmail: (message) => kuule.jobs.sendEmail(message),
      publicUrl: new URL('http://localhost:3000'),
    });
    // Helsinki's register owner only: not the researcher, and Espoo has nothing open.
    expect(queued).toBe(1);
    const received = await waitFor<ReceivedMail>(() =>
      smtp.received.slice(before).find((m) => m.to.includes('owner@helsinki.example')),
    );
    const mail = readMail(received.raw);
    expect(mail.subject).toContain('Begäranden från registrerade som förfaller');
    expect(mail.text).toContain('HEL 2026-REM-OVERDUE');
    expect(mail.text).toContain('FÖRSENAD');
    expect(mail.text).toContain('HEL 2026-REM-SOON');
    expect(mail.text).not.toContain('HEL 2026-REM-LATER');
    expect(mail.text).toContain('http://localhost:3000/helsinki/console/requests');
    expect(mail.text).not.toContain('muistutus@example.fi');
    const overdueRow = await requestRow(overdue.id);
    expect(mail.text).not.toContain(String(overdueRow.member_id));
    // Nothing goes to staff without the permission.
    expect(smtp.received.slice(before).some((m) => m.to.includes('researcher@helsinki.example'))).toBe(false);
  });
});
