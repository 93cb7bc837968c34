import dns from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/platform/email/mailer.ts';
import { configureOidc } from '../../src/staff/oidc-sign-in.ts';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createFeedbackSurveyForTest, createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, FormClient, hiddenFieldsOf } from '../support/http-client.ts';
import { loginAtProvider, startOidcProvider } from '../support/oidc-provider.ts';
import { startSmtpServer, waitFor } from '../support/smtp.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

/**
 * H11, E8: no transfer outside the EU/EEA. The registers say "none", so Kuule opens no connection except
 * to the hosts the operator configures and asserts are in the EU/EEA: the database, the SMTP server and
 * the organisation's OpenID Connect provider. Every socket this process opens while Kuule serves residents
 * and staff is recorded, and the test fails on any other destination or name lookup.
 */
interface Connection {
  host: string;
  port: number;
}

const connections: Connection[] = [];
const lookups: string[] = [];
const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;

function record(raw: unknown[]) {
  // net.connect() hands Socket#connect its normalised arguments as one array.
  const args = Array.isArray(raw[0]) ? (raw[0] as unknown[]) : raw;
  const [first, second] = args as [unknown, unknown];
  if (typeof first === 'object' && first !== null && 'port' in first) {
    const options = first as { host?: string; port: number | string };
    connections.push({ host: options.host ?? 'localhost', port: Number(options.port) });
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    connections.push({ host: typeof second === 'string' ? second : 'localhost', port: Number(first) });
  }
  // A path (a Unix socket) is local by definition.
}

describe(`H11, E8: no outbound connection but the configured EU/EEA hosts (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let allowed: Connection[];

  beforeAll(async () => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      record(args);
      return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect;
    (dns as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) => {
      lookups.push(hostname);
      return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
    };
    smtp = await startSmtpServer();
    kuule = await createTestKuule({ mailer: smtpMailer(smtp.url, 'Kuule <no-reply@kuule.test>') });
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
    const smtpUrl = new URL(smtp.url);
    const issuer = new URL(provider.issuer);
    const database = process.env.KUULE_TEST_DATABASE_URL
      ? new URL(process.env.KUULE_TEST_DATABASE_URL)
      : undefined;
    allowed = [
      { host: smtpUrl.hostname, port: Number(smtpUrl.port) },
      { host: issuer.hostname, port: Number(issuer.port) },
      ...(database ? [{ host: database.hostname, port: Number(database.port || 5432) }] : []),
    ];
  });
  afterAll(async () => {
    net.Socket.prototype.connect = originalConnect;
    (dns as { lookup: unknown }).lookup = originalLookup;
    await kuule?.close();
    await smtp?.stop();
    await provider?.stop();
  });

  const loopback = ['localhost', '127.0.0.1', '::1'];
  const sameHost = (a: string, b: string) => a === b || (loopback.includes(a) && loopback.includes(b));
  const outsideAllowed = () =>
    connections.filter((c) => !allowed.some((a) => a.port === c.port && sameHost(a.host, c.host)));

  it('the recorder itself sees a connection to any other host (so a clean result means something)', async () => {
    await fetch('http://cdn.example.invalid/tracker.js').catch(() => undefined);
    expect(lookups).toContain('cdn.example.invalid');
    const elsewhere = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const { port } = elsewhere.address() as net.AddressInfo;
    await new Promise<void>((resolve) => net.connect(port, '127.0.0.1').on('close', () => resolve()));
    elsewhere.close();
    expect(outsideAllowed()).toContainEqual({ host: '127.0.0.1', port });
    lookups.length = 0;
    connections.length = 0;
  });

  it('H11, E8: residents, members and staff at work make Kuule connect only to the database, SMTP and OIDC hosts', async () => {
    // Residents: pages, the feedback form and the draw; a member joins (mail over SMTP).
    await createFeedbackSurveyForTest(kuule.db, kuule.espoo.id);
    const resident = new FormClient(kuule.app);
    for (const path of [
      '/',
      '/helsinki',
      '/espoo/privacy/feedback',
      '/helsinki/accessibility',
      '/espoo/f/service-feedback',
    ])
      expect((await resident.get(path)).statusCode).toBe(200);
    const form = await resident.get('/espoo/f/service-feedback');
    const next = await resident.post('/espoo/f/service-feedback', {
      ...hiddenFieldsOf(form.body),
      q_satisfaction: '5',
      q_visit_reason: 'advice',
      action: 'next',
    });
    const sent = await resident.post('/espoo/f/service-feedback', {
      ...hiddenFieldsOf(next.body),
      action: 'send',
    });
    const thanks = await resident.get(String(sent.headers.location));
    await resident.post('/espoo/f/service-feedback/draw', {
      ...hiddenFieldsOf(thanks.body),
      contact: 'winner@example.fi',
      consent: 'yes',
    });
    const join = await resident.get('/helsinki/join');
    await resident.post('/helsinki/join', {
      _csrf: csrfTokenOf(join.body),
      email: 'new.member@example.fi',
      consent: 'yes',
      consentVersion: '2026-11-22',
    });
    await waitFor(() => smtp.received.find((m) => m.to.includes('new.member@example.fi')));

    // Staff: results, export and the draw; a sign-in through the organisation's own provider.
    const manager = await createSignedInStaff(kuule, kuule.espoo, 'manager@espoo.example', [
      'feedback_manager',
    ]);
    expect((await manager.get('/espoo/console/results/service-feedback')).statusCode).toBe(200);
    expect(
      (await manager.get('/espoo/console/results/service-feedback/export.csv?for=internal')).statusCode,
    ).toBe(200);
    await createStaffUser(kuule.db.system, {
      organisationId: kuule.helsinki.id,
      email: 'oili@helsinki.example',
      displayName: 'Oili',
      password: 'an unused long password',
      roles: ['analyst'],
      lastTrainingOn: new Date().toISOString().slice(0, 10),
    });
    const staff = new FormClient(kuule.app);
    const start = await staff.get('/helsinki/console/sign-in/oidc');
    const back = await loginAtProvider(String(start.headers.location), 'oili@helsinki.example');
    expect((await staff.get(`${back.pathname}${back.search}`)).statusCode).toBe(303);

    expect(connections.length).toBeGreaterThan(0);
    expect(outsideAllowed()).toEqual([]);
    expect(
      lookups.filter((name) => !['localhost', '127.0.0.1', ...allowed.map((a) => a.host)].includes(name)),
    ).toEqual([]);
  });
});
