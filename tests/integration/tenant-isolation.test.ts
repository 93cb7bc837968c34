import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/db/database.ts';
import { createTestDatabase, testDatabaseKind } from '../support/database.ts';
import { createOrganisationForTest } from '../support/factories.ts';

describe(`tenant isolation by row-level security (${testDatabaseKind()})`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  let helsinki: string;
  let espoo: string;

  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
    helsinki = (await createOrganisationForTest(db, 'helsinki')).id;
    espoo = (await createOrganisationForTest(db, 'espoo')).id;
    for (const [organisationId, message] of [
      [helsinki, 'Helsinki feedback'],
      [espoo, 'Espoo feedback'],
    ] as const) {
      await db.forOrganisation(organisationId, (tx) =>
        tx
          .insertInto('accessibility_feedback')
          .values({
            organisation_id: organisationId,
            message,
            received_on: '2026-11-01',
            reply_due_on: '2026-11-15',
          })
          .execute(),
      );
    }
  });
  afterAll(() => drop());

  it('a query that forgets its organisation filter returns only its own organisation’s rows', async () => {
    const rows = await db.forOrganisation(helsinki, (tx) =>
      tx.selectFrom('accessibility_feedback').select(['message', 'organisation_id']).execute(),
    );
    expect(rows).toEqual([{ message: 'Helsinki feedback', organisation_id: helsinki }]);
  });

  it('a query that filters on another organisation explicitly still gets nothing', async () => {
    const rows = await db.forOrganisation(helsinki, (tx) =>
      tx.selectFrom('accessibility_feedback').selectAll().where('organisation_id', '=', espoo).execute(),
    );
    expect(rows).toEqual([]);
  });

  it('writing a row for another organisation is refused and changes nothing', async () => {
    await expect(
      db.forOrganisation(helsinki, (tx) =>
        tx
          .insertInto('accessibility_feedback')
          .values({
            organisation_id: espoo,
            message: 'smuggled',
            received_on: '2026-11-01',
            reply_due_on: '2026-11-15',
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await db.forOrganisation(helsinki, (tx) =>
      tx
        .updateTable('accessibility_feedback')
        .set({ message: 'overwritten' })
        .where('organisation_id', '=', espoo)
        .executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const espooRows = await db.forOrganisation(espoo, (tx) =>
      tx.selectFrom('accessibility_feedback').select('message').execute(),
    );
    expect(espooRows).toEqual([{ message: 'Espoo feedback' }]);
  });

  it('without an organisation the application role sees no organisation-owned rows at all', async () => {
    const rows = await db.asApplication((tx) =>
      tx.selectFrom('accessibility_feedback').selectAll().execute(),
    );
    expect(rows).toEqual([]);
  });

  it('the application role neither owns the tables nor bypasses row-level security', async () => {
    const role = await db.forOrganisation(helsinki, async (tx) => {
      const result = await sql<{ user: string; bypass: boolean; owns: number }>`
        select current_user as user,
               (select rolbypassrls or rolsuper from pg_roles where rolname = current_user) as bypass,
               (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owns
      `.execute(tx);
      return result.rows[0];
    });
    expect(role).toEqual({ user: 'kuule_app', bypass: false, owns: 0 });
  });

  it('every table that holds an organisation’s rows enforces row-level security with the isolation policy', async () => {
    const tables = await sql<{ table: string; rls: boolean; policy: boolean }>`
      select c.relname as table, c.relrowsecurity as rls,
             exists (select 1 from pg_policies p
                     where p.schemaname = n.nspname and p.tablename = c.relname
                       and p.policyname = 'organisation_isolation') as policy
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind = 'r'
      order by c.relname
    `.execute(db.system);
    expect(tables.rows.length).toBeGreaterThan(20);
    expect(tables.rows.filter((t) => !t.rls || !t.policy).map((t) => t.table)).toEqual([]);
  });

  it('the application role cannot read the demo mailbox', async () => {
    await expect(
      db.asApplication((tx) => tx.selectFrom('dev_mailbox').selectAll().execute()),
    ).rejects.toThrow(/permission denied/);
  });
});
