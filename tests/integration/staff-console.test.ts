import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
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
    });
  });
  afterAll(() => kuule.close());

  async function signIn(client: FormClient, email: string, password: string) {
    return client.submit('/helsinki/console/sign-in', '/helsinki/console/sign-in', { email, password });
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
});
