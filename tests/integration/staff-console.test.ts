import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff, totpCode } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

const PASSWORD = 'a long enough passphrase';

describe(`staff console access (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'analyst@helsinki.example',
      displayName: 'Ada Analyst',
      password: PASSWORD,
      roles: ['analyst'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
  });
  afterAll(() => kuule.close());

  async function signIn(client: FormClient, email: string, password: string) {
    return signInStaff(client, 'helsinki', email, password, kuule.db);
  }

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrongPassword = await signIn(
      new FormClient(kuule.app),
      'analyst@helsinki.example',
      'not the password at all',
    );
    const unknown = await signIn(
      new FormClient(kuule.app),
      'nobody@helsinki.example',
      'not the password at all',
    );
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (html: string) =>
      html.replace(/name="_csrf" value="[^"]+"/, '').replace(/value="[^"]*@[^"]*"/, '');
    expect(strip(wrongPassword.body)).toBe(strip(unknown.body));
  });

  it('E9: a signed-in user sees the console, but a route needing a right they lack is refused', async () => {
    const client = new FormClient(kuule.app);
    const response = await signIn(client, 'analyst@helsinki.example', PASSWORD);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/helsinki/console');
    const home = await client.get('/helsinki/console?lang=en');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Signed in: Ada Analyst');
    // The analyst role has no accessibility_feedback.read: the link is not shown and the page is refused.
    expect(home.body).not.toContain('/helsinki/console/accessibility-feedback');
    const refused = await client.get('/helsinki/console/accessibility-feedback');
    expect(refused.statusCode).toBe(403);
  });

  it('issues a new session at every sign-in and ends it at sign-out', async () => {
    const first = new FormClient(kuule.app);
    await signIn(first, 'analyst@helsinki.example', PASSWORD);
    const second = new FormClient(kuule.app);
    await signIn(second, 'analyst@helsinki.example', PASSWORD);
    expect(first.cookies.get('kuule-staff')).toBeTruthy();
    expect(first.cookies.get('kuule-staff')).not.toBe(second.cookies.get('kuule-staff'));

    const stolenCookie = first.cookies.get('kuule-staff')!;
    const console = await first.get('/helsinki/console');
    const signOut = await first.post('/helsinki/console/sign-out', { _csrf: csrfTokenOf(console.body) });
    expect(signOut.statusCode).toBe(303);
    const replay = await kuule.app.inject({
      url: '/helsinki/console',
      headers: { cookie: `kuule-staff=${stolenCookie}` },
    });
    expect(replay.statusCode).toBe(303);
    expect(replay.headers.location).toBe('/helsinki/console/sign-in');
  });

  it('stores only a hash of the session token', async () => {
    const client = new FormClient(kuule.app);
    await signIn(client, 'analyst@helsinki.example', PASSWORD);
    const token = client.cookies.get('kuule-staff')!;
    const rows = await kuule.db.system.selectFrom('staff_sessions').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('E9: nothing is reachable before the current confidentiality commitment is accepted, and a new version asks again', async () => {
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'new@helsinki.example',
      displayName: 'New Starter',
      password: PASSWORD,
      roles: ['feedback_manager'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    const client = new FormClient(kuule.app);
    await signInStaff(client, 'helsinki', 'new@helsinki.example', PASSWORD, kuule.db, {
      acceptCommitment: false,
    });
    for (const url of ['/helsinki/console', '/helsinki/console/accessibility-feedback']) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(303);
      expect(response.headers.location).toBe('/helsinki/console/commitment');
    }
    const commitment = await client.get('/helsinki/console/commitment?lang=en');
    expect(commitment.body).toContain('I undertake to keep confidential');
    await client.post('/helsinki/console/commitment', { _csrf: csrfTokenOf(commitment.body) });
    expect((await client.get('/helsinki/console/accessibility-feedback')).statusCode).toBe(200);
    const accepted = await kuule.db.system
      .selectFrom('commitment_acceptances')
      .select('staff_user_id')
      .execute();
    expect(accepted.length).toBeGreaterThan(0);

    await kuule.db.system
      .insertInto('confidentiality_commitments')
      .values({
        organisation_id: kuule.helsinki.id,
        version: 2,
        text: JSON.stringify({ fi: 'v2', sv: 'v2', en: 'Version two.' }),
      })
      .execute();
    const again = await client.get('/helsinki/console');
    expect(again.headers.location).toBe('/helsinki/console/commitment');
    expect((await client.get('/helsinki/console/commitment?lang=en')).body).toContain('Version two.');
  });

  it('E9: access is blocked with a clear message when training is older than the interval or was never recorded', async () => {
    const today = new Date();
    const thirteenMonthsAgo = new Date(today.getFullYear(), today.getMonth() - 13, today.getDate())
      .toISOString()
      .slice(0, 10);
    for (const [email, lastTrainingOn] of [
      ['stale@helsinki.example', thirteenMonthsAgo],
      ['never@helsinki.example', null],
    ] as const) {
      await createStaffUser(kuule.db.system, {
        organisationId: kuule.helsinki.id,
        email,
        displayName: email,
        password: PASSWORD,
        roles: ['analyst'],
        lastTrainingOn,
      });
      const client = new FormClient(kuule.app);
      await signIn(client, email, PASSWORD);
      const blocked = await client.get('/helsinki/console?lang=en');
      expect(blocked.statusCode, email).toBe(403);
      expect(blocked.body).toContain('Your data-protection training has expired');
      expect(blocked.body).toContain('more than 12 months ago');
    }
  });

  it('E9: a password alone opens nothing; the TOTP code is enrolled at first sign-in and works once', async () => {
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'second@helsinki.example',
      displayName: 'Second Factor',
      password: PASSWORD,
      roles: ['analyst'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    const client = new FormClient(kuule.app);
    const afterPassword = await client.submit('/helsinki/console/sign-in', '/helsinki/console/sign-in', {
      email: 'second@helsinki.example',
      password: PASSWORD,
    });
    expect(afterPassword.headers.location).toBe('/helsinki/console/second-factor');
    expect((await client.get('/helsinki/console')).headers.location).toBe('/helsinki/console/sign-in');

    const enrol = await client.get('/helsinki/console/second-factor?lang=en');
    expect(enrol.body).toContain('Set up an authenticator app');
    expect(enrol.body).toMatch(/<img class="qr" src="data:image\/svg\+xml;base64,/);
    const secret = /data-totp-secret="?[^>]*>([A-Z2-7]+)</.exec(enrol.body)![1]!;
    const stored = await kuule.db.system
      .selectFrom('staff_users')
      .select('totp_secret_encrypted')
      .where('email', '=', 'second@helsinki.example')
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret_encrypted).not.toContain(secret);

    const wrong = await client.post('/helsinki/console/second-factor', {
      _csrf: csrfTokenOf(enrol.body),
      code: '000000' === totpCode(secret) ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(401);
    const code = totpCode(secret);
    const right = await client.post('/helsinki/console/second-factor', {
      _csrf: csrfTokenOf(enrol.body),
      code,
    });
    expect(right.statusCode).toBe(303);

    // The same code again, in another browser after the password: refused.
    const replay = new FormClient(kuule.app);
    await replay.submit('/helsinki/console/sign-in', '/helsinki/console/sign-in', {
      email: 'second@helsinki.example',
      password: PASSWORD,
    });
    const prompt = await replay.get('/helsinki/console/second-factor?lang=en');
    expect(prompt.body).toContain('Enter the six-digit code');
    expect(prompt.body).not.toContain('data-totp-secret');
    const reused = await replay.post('/helsinki/console/second-factor', {
      _csrf: csrfTokenOf(prompt.body),
      code,
    });
    expect(reused.statusCode).toBe(401);
  });

  it('E9: five failed attempts lock the account for a while, even with the right password', async () => {
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'locked@helsinki.example',
      displayName: 'Locked Out',
      password: PASSWORD,
      roles: ['analyst'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    for (let i = 0; i < 5; i++) {
      const attempt = await new FormClient(kuule.app).submit(
        '/helsinki/console/sign-in',
        '/helsinki/console/sign-in',
        {
          email: 'locked@helsinki.example',
          password: `wrong password number ${i}`,
        },
      );
      expect(attempt.statusCode).toBe(401);
    }
    const right = await new FormClient(kuule.app).submit(
      '/helsinki/console/sign-in',
      '/helsinki/console/sign-in',
      {
        email: 'locked@helsinki.example',
        password: PASSWORD,
      },
    );
    expect(right.statusCode).toBe(401);
    const user = await kuule.db.system
      .selectFrom('staff_users')
      .select('locked_until')
      .where('email', '=', 'locked@helsinki.example')
      .executeTakeFirstOrThrow();
    expect(new Date(user.locked_until!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });
});
