import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { startKuule } from '../../src/server.ts';
import { createTestDatabase, testDatabaseKind } from '../support/database.ts';

/**
 * `npm start` in-process: an empty database is migrated and seeded with the demo; a restart keeps the data
 * and seeds nothing twice.
 */
describe(`start-up (${testDatabaseKind()})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuule-start-'));
  let environment: Record<string, string>;
  let dropDatabase = async () => {};

  beforeAll(async () => {
    environment = {
      KUULE_DATA_DIR: join(dataDir, 'data'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    };
    if (testDatabaseKind() === 'postgresql') {
      const database = await createTestDatabase();
      await database.db.close();
      dropDatabase = database.drop;
      environment = { ...environment, DATABASE_URL: database.url!, KUULE_DEMO: 'true' };
    }
  });
  afterAll(async () => {
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const config = (): Config => loadConfig(environment);

  it('creates and seeds an empty database, serves both demo organisations, and keeps the data across a restart', async () => {
    const first = await startKuule(config());
    try {
      expect(first.demoSignIns.map((s) => s.email)).toEqual([
        'admin@helsinki.example',
        'admin@espoo.example',
      ]);
      for (const slug of ['helsinki', 'espoo']) {
        const page = await first.app.inject(`/${slug}`);
        expect(page.statusCode).toBe(200);
      }
      const health = await first.app.inject('/healthz');
      expect(health.json()).toEqual({ status: 'ok', database: testDatabaseKind() });
    } finally {
      await first.stop();
    }

    const second = await startKuule(config());
    try {
      // Same sign-ins printed again, no second seeding.
      expect(second.demoSignIns).toEqual(first.demoSignIns);
      const organisations = await second.db.system
        .selectFrom('organisations')
        .select('slug')
        .orderBy('slug')
        .execute();
      expect(organisations).toEqual([{ slug: 'espoo' }, { slug: 'helsinki' }]);
    } finally {
      await second.stop();
    }
  });

  it('a second instance is refused on the embedded database and allowed on PostgreSQL', async () => {
    const running = await startKuule(config());
    try {
      if (testDatabaseKind() === 'embedded') {
        await expect(startKuule(config())).rejects.toThrow(/is in use by this process/);
      } else {
        const second = await startKuule(config());
        expect((await second.app.inject('/healthz')).statusCode).toBe(200);
        await second.stop();
      }
    } finally {
      await running.stop();
    }
  });

  it('GET /healthz answers 503 when the database is unreachable', async () => {
    const kuule = await startKuule(config());
    await kuule.jobs.stop();
    await kuule.db.close();
    const response = await kuule.app.inject('/healthz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: testDatabaseKind() });
    // A page that needs the database gets the 500 page in the visitor's language, with nothing internal in it.
    const page = await kuule.app.inject({ url: '/helsinki', headers: { 'accept-language': 'sv' } });
    expect(page.statusCode).toBe(500);
    expect(page.body).toContain('Något gick fel');
    expect(page.body).not.toMatch(/at \S+ \(|Error:|node_modules|closed/i);
    await kuule.app.close();
  });
});
