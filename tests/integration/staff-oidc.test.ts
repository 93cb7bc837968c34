import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureOidc } from '../../src/staff/oidc-sign-in.ts';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { FormClient } from '../support/http-client.ts';
import { loginAtProvider, startOidcProvider } from '../support/oidc-provider.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

describe(`staff sign-in through the organisation's OpenID Connect provider (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;

  beforeAll(async () => {
    kuule = await createTestKuule();
    provider = await startOidcProvider({
      clientId: 'kuule-helsinki',
      clientSecret: 'a-client-secret-for-tests',
      redirectUri: 'http://localhost:3000/helsinki/console/sign-in/oidc/callback',
    });
    await configureOidc(kuule.db.system, testVaultKeys, kuule.helsinki.id, {
      issuer: provider.issuer,
      clientId: 'kuule-helsinki',
      clientSecret: 'a-client-secret-for-tests',
    });
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'oili@helsinki.example',
      displayName: 'Oili OIDC',
      password: 'an unused long password',
      roles: ['analyst'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
  });
  afterAll(async () => {
    await kuule.close();
    await provider.stop();
  });

  async function signInThroughProvider(client: FormClient, login: string) {
    const start = await client.get('/helsinki/console/sign-in/oidc');
    expect(start.statusCode).toBe(303);
    const authorization = new URL(String(start.headers.location));
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const back = await loginAtProvider(authorization.toString(), login);
    return client.get(`${back.pathname}${back.search}`);
  }

  it('E9: a named staff member signs in with the provider and lands in the console (after the commitment)', async () => {
    const signInPage = await kuule.app.inject('/helsinki/console/sign-in?lang=en');
    expect(signInPage.body).toContain('Sign in with your organisation’s account');
    const client = new FormClient(kuule.app);
    const response = await signInThroughProvider(client, 'oili@helsinki.example');
    if (response.statusCode !== 303)
      console.error(kuule.log.lines.filter((l) => l.includes('OpenID')).join('\n'));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/helsinki/console');
    expect((await client.get('/helsinki/console')).headers.location).toBe('/helsinki/console/commitment');
  });

  it('E9: a provider account with no named staff account here gets nothing', async () => {
    const client = new FormClient(kuule.app);
    const response = await signInThroughProvider(client, 'stranger@helsinki.example');
    expect(response.statusCode).toBe(403);
    expect(client.cookies.has('kuule-staff')).toBe(false);
  });

  it('refuses a callback that does not belong to a sign-in this browser started', async () => {
    const client = new FormClient(kuule.app);
    const forged = await client.get('/helsinki/console/sign-in/oidc/callback?code=stolen&state=guess');
    expect(forged.statusCode).toBe(403);
    expect((await kuule.app.inject('/espoo/console/sign-in/oidc')).statusCode).toBe(404);
  });
});
