import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../support/database.ts';

/** The operator CLI as an operator runs it: a separate process, exit codes and messages. */
describe(`operator CLI (${testDatabaseKind()})`, () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgresql') {
      const database = await createTestDatabase();
      await database.db.close();
      env = { DATABASE_URL: database.url!, KUULE_DEMO: 'true' };
      cleanup = database.drop;
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'kuule-cli-'));
      env = { KUULE_DATA_DIR: dataDir };
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup());

  function kuule(...argsAndOptions: (string | { env: Record<string, string> })[]) {
    const args = argsAndOptions.filter((arg): arg is string => typeof arg === 'string');
    const options = argsAndOptions.find((arg) => typeof arg !== 'string');
    // The same Node.js that runs the tests (the repository's pinned Node 24 under npm), with tsx as its loader.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, ...(options?.env ?? env), LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('lists its commands', () => {
    const help = kuule('help');
    expect(help.status).toBe(0);
    for (const command of ['migrate', 'seed-demo', 'create-organisation', 'create-staff']) {
      expect(help.stdout).toContain(command);
    }
  });

  it('migrates, creates an organisation and a staff user, and fails clearly on bad input', () => {
    expect(kuule('migrate').status).toBe(0);
    const created = kuule(
      'create-organisation',
      '--slug=vantaa',
      '--name-fi=Vantaan kaupunki',
      '--name-sv=Vanda stad',
      '--name-en=City of Vantaa',
      '--colour=#a0005a',
      '--contact-email=kuule@vantaa.example',
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created organisation vantaa');

    const duplicate = kuule(
      'create-organisation',
      '--slug=vantaa',
      '--name-fi=V',
      '--name-sv=V',
      '--name-en=V',
      '--colour=#a0005a',
      '--contact-email=kuule@vantaa.example',
    );
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('already exists');

    const staff = kuule(
      'create-staff',
      '--org=vantaa',
      '--email=Researcher@Vantaa.example',
      '--name=Rita Researcher',
      '--roles=researcher',
    );
    expect(staff.status).toBe(0);
    expect(staff.stdout).toContain('Created staff user researcher@vantaa.example');
    expect(staff.stdout).toMatch(/Password \(shown once\): \S{12,}/);

    const tooLight = kuule(
      'create-organisation',
      '--slug=pale',
      '--name-fi=P',
      '--name-sv=P',
      '--name-en=P',
      '--colour=#eeeeee',
      '--contact-email=p@p.example',
    );
    expect(tooLight.status).toBe(1);
    expect(tooLight.stderr).toContain('too light');

    const badRole = kuule(
      'create-staff',
      '--org=vantaa',
      '--email=x@vantaa.example',
      '--name=X',
      '--roles=superuser',
    );
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('roles');

    const noOrg = kuule(
      'create-staff',
      '--org=nowhere',
      '--email=x@x.example',
      '--name=X',
      '--roles=analyst',
    );
    expect(noOrg.status).toBe(2);
    expect(noOrg.stderr).toContain('No organisation with the slug "nowhere"');
  });

  it('E9: configures an organisation’s OpenID Connect sign-in, with the secret taken from the environment', () => {
    const missing = kuule(
      'configure-oidc',
      '--org=vantaa',
      '--issuer=https://login.vantaa.example',
      '--client-id=kuule',
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('KUULE_OIDC_CLIENT_SECRET');
    const configured = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'configure-oidc',
        '--org=vantaa',
        '--issuer=https://login.vantaa.example',
        '--client-id=kuule',
      ],
      {
        env: {
          ...process.env,
          ...env,
          LOG_LEVEL: 'silent',
          KUULE_OIDC_CLIENT_SECRET: 'from-the-environment',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(configured.stderr).toBe('');
    expect(configured.stdout).toContain('/vantaa/console/sign-in/oidc/callback');
  });

  it('H8: sets how long the abuse log keeps client addresses, within 1–365 days', () => {
    expect(kuule('set-abuse-log-retention', '--org=vantaa', '--days=30').stdout).toContain(
      'deleted after 30 days',
    );
    const tooLong = kuule('set-abuse-log-retention', '--org=vantaa', '--days=1000');
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toContain('1 to 365');
  });

  it('E7, E6: sets the feedback retention (never a year or more) and the time stored with answers', () => {
    expect(kuule('set-feedback-retention', '--org=vantaa', '--months=6').stdout).toContain(
      'deleted 6 months after',
    );
    const tooLong = kuule('set-feedback-retention', '--org=vantaa', '--months=13');
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toContain('never kept a year or more');
    expect(kuule('set-answer-time', '--org=vantaa', '--precision=hour').stdout).toContain('store the hour');
    expect(kuule('set-answer-time', '--org=vantaa', '--precision=minute').status).toBe(2);
    expect(kuule('set-feedback-retention', '--org=nowhere', '--months=6').stderr).toContain(
      'No organisation',
    );
  });

  it('H12, E7: runs the retention rules from the command line, as a dry run or for real', () => {
    const dry = kuule('retention', '--org=vantaa', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was deleted.');
    expect(dry.stdout).toContain('vantaa\t-/feedback_answers\t365');
    const real = kuule('retention', '--org=vantaa');
    expect(real.stdout).toContain('Deleted, with evidence recorded.');
    expect(kuule('retention', '--org=nowhere').stderr).toContain('No organisation');
  });

  it('prints a demo notice from the database in each format, and refuses an unknown register or language', async () => {
    // A database of its own, seeded as the demo is: the notices come from the registers stored there.
    const dataDir = mkdtempSync(join(tmpdir(), 'kuule-cli-demo-'));
    let demoEnv: Record<string, string> = { KUULE_DATA_DIR: dataDir };
    let dropDatabase = async () => {};
    if (testDatabaseKind() === 'postgresql') {
      const database = await createTestDatabase();
      await database.db.close();
      demoEnv = { ...demoEnv, DATABASE_URL: database.url!, KUULE_DEMO: 'true' };
      dropDatabase = database.drop;
    }
    const dropDemo = async () => {
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    };
    try {
      const inDemo = (...args: string[]) => kuule(...args, { env: demoEnv });
      expect(inDemo('seed-demo').status).toBe(0);
      const markdown = inDemo('notice', 'helsinki', 'customer-community', '--lang', 'sv', '--format', 'md');
      expect(markdown.status).toBe(0);
      expect(markdown.stdout).toContain('## Personuppgiftsansvarig');
      const json = inDemo('notice', 'espoo', 'feedback', '--lang', 'en', '--format', 'json');
      expect(JSON.parse(json.stdout).language).toBe('en');
      expect(inDemo('notice', 'espoo', 'feedback', '--lang', 'fi', '--format', 'html').stdout).toMatch(
        /^<!doctype html><html lang="fi">/,
      );
      const unknown = inDemo('notice', 'espoo', 'nothing');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('No register "nothing"');
      expect(inDemo('notice', 'espoo', 'feedback', '--lang', 'de').stderr).toContain('Unknown language "de"');
    } finally {
      await dropDemo();
    }
  });

  it('exits non-zero with a usage message for an unknown command or option', () => {
    const unknown = kuule('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badOption = kuule('create-staff', '--nope');
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain('Usage: npm run kuule -- create-staff');
  });
});
