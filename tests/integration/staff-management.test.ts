import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

const PASSWORD = 'a long enough passphrase';
const today = () => new Date().toISOString().slice(0, 10);

describe(`staff management in the console (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let admin: FormClient;

  beforeAll(async () => {
    kuule = await createTestKuule();
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'admin@helsinki.example',
      displayName: 'Aino Admin',
      password: PASSWORD,
      roles: ['organisation_admin'],
      lastTrainingOn: today(),
    });
    admin = new FormClient(kuule.app);
    await signInStaff(admin, 'helsinki', 'admin@helsinki.example', PASSWORD, kuule.db);
  });
  afterAll(() => kuule.close());

  it('E9: the organisation admin creates a named account with roles per task; the new user then signs in', async () => {
    const page = await admin.get('/helsinki/console/staff?lang=en');
    expect(page.statusCode).toBe(200);
    const created = await admin.post('/helsinki/console/staff', {
      _csrf: csrfTokenOf(page.body),
      email: 'Rita@Helsinki.example',
      displayName: 'Rita Researcher',
      roles: 'researcher',
      trainedOn: today(),
    });
    expect(created.statusCode).toBe(200);
    const password = /data-one-time-password[^>]*>([^<]+)</.exec(created.body)?.[1];
    expect(password).toBeTruthy();
    expect(created.body).toContain('Researcher');

    const rita = new FormClient(kuule.app);
    const signedIn = await signInStaff(rita, 'helsinki', 'rita@helsinki.example', password!, kuule.db);
    expect(signedIn.statusCode).toBe(303);
    expect((await rita.get('/helsinki/console')).statusCode).toBe(200);
    // A researcher does not manage staff.
    expect((await rita.get('/helsinki/console/staff')).statusCode).toBe(403);

    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .select(['action', 'permission'])
      .where('action', '=', 'staff.create')
      .execute();
    expect(audited).toEqual([{ action: 'staff.create', permission: 'staff.manage' }]);
  });

  it('refuses an account without a role, a duplicate address, or a bad date, and changes nothing', async () => {
    const count = async () => (await kuule.db.system.selectFrom('staff_users').select('id').execute()).length;
    const before = await count();
    const page = await admin.get('/helsinki/console/staff?lang=en');
    const token = csrfTokenOf(page.body);
    const attempts: Record<string, string>[] = [
      { email: 'norole@helsinki.example', displayName: 'No Role', trainedOn: '' },
      { email: 'rita@helsinki.example', displayName: 'Rita Again', roles: 'analyst', trainedOn: '' },
      { email: 'date@helsinki.example', displayName: 'Bad Date', roles: 'analyst', trainedOn: '22.11.2026' },
    ];
    for (const fields of attempts) {
      const response = await admin.post('/helsinki/console/staff', { _csrf: token, ...fields });
      expect(response.statusCode, fields.email).toBe(400);
    }
    expect(await count()).toBe(before);
  });

  it('E9: recording a training date opens access that an expired one blocked', async () => {
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'untrained@helsinki.example',
      displayName: 'Untrained',
      password: PASSWORD,
      roles: ['analyst'],
      lastTrainingOn: null,
    });
    const untrained = new FormClient(kuule.app);
    await signInStaff(untrained, 'helsinki', 'untrained@helsinki.example', PASSWORD, kuule.db);
    expect((await untrained.get('/helsinki/console')).statusCode).toBe(403);

    const user = await kuule.db.system
      .selectFrom('staff_users')
      .select('id')
      .where('email', '=', 'untrained@helsinki.example')
      .executeTakeFirstOrThrow();
    const page = await admin.get('/helsinki/console/staff');
    const recorded = await admin.post(`/helsinki/console/staff/${user.id}/training`, {
      _csrf: csrfTokenOf(page.body),
      trainedOn: today(),
    });
    expect(recorded.statusCode).toBe(303);
    expect((await untrained.get('/helsinki/console')).statusCode).toBe(200);
  });
});
