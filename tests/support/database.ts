import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';

/**
 * A fresh, migrated database for one test file. With KUULE_TEST_DATABASE_URL set (CI's second pass) it is
 * a new database on that PostgreSQL server, dropped afterwards; otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<{
  db: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.KUULE_TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ kind: 'memory' });
    await db.migrate();
    return { db, drop: () => db.close() };
  }
  const name = `kuule_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgresql', url: url.toString() });
  await db.migrate();
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

export function testDatabaseKind(): 'embedded' | 'postgresql' {
  return process.env.KUULE_TEST_DATABASE_URL ? 'postgresql' : 'embedded';
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
