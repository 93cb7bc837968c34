import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff } from '../support/http-client.ts';
import { runRetentionAt } from '../support/retention.ts';
import { createTestKuule, recordingMailer, type TestKuule } from '../support/test-app.ts';

const PASSWORD = 'a long enough passphrase';
const today = () => new Date().toISOString().slice(0, 10);

describe(`audit trail and abuse log (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let owner: FormClient;
  let analyst: FormClient;
  let resident: FormClient;

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer: recordingMailer() });
    for (const [email, roles] of [
      ['owner@helsinki.example', ['register_owner']],
      ['analyst@helsinki.example', ['analyst']],
    ] as const) {
      await createStaffUser(kuule.db.system, {
        organisationId: kuule.helsinki.id,
        email,
        displayName: email.split('@')[0]!,
        password: PASSWORD,
        roles: [...roles],
        lastTrainingOn: today(),
      });
    }
    owner = new FormClient(kuule.app);
    await signInStaff(owner, 'helsinki', 'owner@helsinki.example', PASSWORD, kuule.db);
    analyst = new FormClient(kuule.app);
    await signInStaff(analyst, 'helsinki', 'analyst@helsinki.example', PASSWORD, kuule.db);
    resident = new FormClient(kuule.app);
    const join = await resident.get('/helsinki/join');
    await resident.post('/helsinki/join', {
      _csrf: csrfTokenOf(join.body),
      email: 'abuser@example.fi',
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
  });
  afterAll(() => kuule.close());

  const auditRows = (action: string) =>
    kuule.db.system.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('E9: a staff read of personal data is audited with who, which right and what', async () => {
    const response = await owner.get('/helsinki/console/accessibility-feedback');
    expect(response.statusCode).toBe(200);
    const [row] = await auditRows('accessibility_feedback.list');
    expect(row).toMatchObject({
      actor_type: 'staff',
      permission: 'accessibility_feedback.read',
      outcome: 'allowed',
    });
  });

  it('E9: a refused access decision is audited', async () => {
    const refused = await analyst.get('/helsinki/console/audit-log');
    expect(refused.statusCode).toBe(403);
    const rows = await auditRows('access.refused');
    expect(rows.at(-1)).toMatchObject({ outcome: 'denied', permission: 'audit_log.read' });
    expect(rows.at(-1)?.details).toEqual({ route: 'GET /:org/console/audit-log' });
  });

  it('E9: the register owner searches the audit log in the console, and the search is itself audited', async () => {
    const page = await owner.get('/helsinki/console/audit-log?lang=en&action=access.refused');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('access.refused');
    expect(page.body).toContain('audit_log.read');
    expect(page.body).not.toContain('accessibility_feedback.list');
    const bad = await owner.get('/helsinki/console/audit-log?member=not-a-key');
    expect(bad.statusCode).toBe(400);
    expect((await auditRows('audit_log.search')).length).toBeGreaterThanOrEqual(1);
  });

  it('E9: the application role can add audit rows but never change or delete them', async () => {
    const changed = await kuule.db
      .forOrganisation(kuule.helsinki.id, (tx) => sql`update audit_log set action = 'rewritten'`.execute(tx))
      .catch((error: Error) => error);
    expect(String(changed)).toMatch(/permission denied/);
    const deleted = await kuule.db
      .forOrganisation(kuule.helsinki.id, (tx) => sql`delete from audit_log`.execute(tx))
      .catch((error: Error) => error);
    expect(String(deleted)).toMatch(/permission denied/);
  });

  it('H8: a sign-up’s client address goes to the abuse log only, and never into member data', async () => {
    const entries = await kuule.db.system.selectFrom('abuse_log').selectAll().execute();
    expect(entries.map((e) => e.event)).toContain('sign_up');
    const address = resident.remoteAddress;
    expect(entries.map((e) => e.client_address)).toContain(address);
    for (const table of ['members', 'consents', 'member_sessions', 'vault.pending_sign_ups']) {
      const rows = await sql`select * from ${sql.table(table)}`.execute(kuule.db.system);
      expect(JSON.stringify(rows.rows), table).not.toContain(address);
    }
  });

  it('H8: only the abuse-investigation right reads the abuse log, and each read is audited', async () => {
    expect((await analyst.get('/helsinki/console/abuse-log')).statusCode).toBe(403);
    const page = await owner.get('/helsinki/console/abuse-log?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(resident.remoteAddress);
    expect(page.body).toContain('deleted after 90 days');
    expect((await auditRows('abuse_log.read')).length).toBe(1);
  });

  it('H8: addresses are deleted after the period, by the daily retention job: kept the day before, gone the day after', async () => {
    expect(await kuule.jobs.schedules()).toContainEqual({ queue: 'privacy.retention', cron: '15 3 * * *' });
    const count = async () => (await kuule.db.system.selectFrom('abuse_log').select('id').execute()).length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const day = 24 * 3600_000;
    const dayBefore = await runRetentionAt(kuule.db, new Date(Date.now() + 89 * day));
    expect(dayBefore.outcome('helsinki', 'abuse_log_addresses')).toMatchObject({
      deleted: 0,
      source: 'register',
    });
    expect(await count()).toBe(before);
    const dayAfter = await runRetentionAt(kuule.db, new Date(Date.now() + 91 * day));
    expect(dayAfter.outcome('helsinki', 'abuse_log_addresses')?.deleted).toBe(before);
    expect(await count()).toBe(0);
  });
});
