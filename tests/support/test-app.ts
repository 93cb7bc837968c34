import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { generateVaultKeys, parseVaultKeys } from '../../src/members/identity-crypto.ts';
import type { Organisation } from '../../src/organisations/organisation-repository.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { Mailer, OutgoingEmail } from '../../src/platform/email/mailer.ts';
import { type JobQueue, startJobQueue } from '../../src/platform/jobs/job-queue.ts';
import { createTestDatabase } from './database.ts';
import { createOrganisationForTest } from './factories.ts';

const generatedKeys = generateVaultKeys();
export const testVaultKeys = parseVaultKeys(generatedKeys.keyList, generatedKeys.lookupKey);

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    publicUrl: new URL('http://localhost:3000'),
    secureTransport: false,
    database: { kind: 'embedded', dataDir: '/nonexistent' },
    dataDir: '/nonexistent',
    demo: false,
    secret: randomBytes(32).toString('base64url'),
    smtpUrl: undefined,
    mailFrom: 'Kuule test <test@kuule.localhost>',
    logLevel: 'info',
    trustProxy: false,
    vault: testVaultKeys,
    ...overrides,
  };
}

/** Everything the app logged, one JSON line each, so tests can check what never reaches a log. */
export class CapturedLog extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** A mailer that keeps what it was asked to send. */
export function recordingMailer(): Mailer & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return { sent, send: async (message) => void sent.push(message), close: async () => {} };
}

export interface TestKuule {
  app: FastifyInstance;
  db: Database;
  jobs: JobQueue;
  log: CapturedLog;
  helsinki: Organisation;
  espoo: Organisation;
  close(): Promise<void>;
}

/** A Kuule app on a fresh database with two organisations, driven with `app.inject` (no network). */
export async function createTestKuule(
  options: {
    config?: Partial<Config>;
    mailer?: Mailer;
    database?: { db: Database; drop: () => Promise<void> };
  } = {},
): Promise<TestKuule> {
  const { db, drop } = options.database ?? (await createTestDatabase());
  const log = new CapturedLog();
  const config = testConfig(options.config);
  const jobs = await startJobQueue(db, {
    work: Boolean(options.mailer),
    mailer: options.mailer ?? recordingMailer(),
    memberMail: { vault: config.vault, publicUrl: config.publicUrl, secret: config.secret },
  });
  const app = await buildApp({ config, db, jobs, logStream: log });
  await app.ready();
  const helsinki = await createOrganisationForTest(db, 'helsinki');
  const espoo = await createOrganisationForTest(db, 'espoo');
  return {
    app,
    db,
    jobs,
    log,
    helsinki,
    espoo,
    async close() {
      await app.close();
      await jobs.stop();
      await drop();
    },
  };
}
