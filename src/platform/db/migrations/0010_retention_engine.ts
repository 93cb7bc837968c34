import { type Kysely, sql } from 'kysely';

/**
 * The retention engine (H8, H12, H14, E6, E7): its evidence, and what its rules need to know.
 *
 * - `retention_runs`: one row per rule per real run: the rule, when, and counts. No personal data: it is
 *   what the register owner shows an auditor.
 * - `members.inactivity_reminded_at`: H12 sends one reminder before an inactive member is deleted.
 * - `members.erased_at`: an erased member's key stays (consent records and audit rows point to it) but
 *   leads to no one.
 * - `surveys.closed_at`: draw contacts of a survey closed without a draw are deleted after a while.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table retention_runs (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      register_slug text not null,
      rule_key text not null,
      ran_at timestamptz not null default now(),
      ran_by text not null,
      period_days integer,
      cutoff date,
      deleted integer not null default 0,
      anonymised integer not null default 0,
      reminded integer not null default 0
    )
  `.execute(db);
  await sql`create index retention_runs_by_time on retention_runs (organisation_id, ran_at desc)`.execute(db);
  await sql`alter table retention_runs enable row level security`.execute(db);
  await sql`create policy organisation_isolation on retention_runs
    using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
    db,
  );
  // Evidence is appended, never changed.
  await sql`grant select, insert on retention_runs to kuule_app`.execute(db);

  // The engine runs per organisation under row-level security, so it deletes expired abuse-log rows as
  // the application role (only privacy/retention deletes them; nothing else may shorten or change them).
  await sql`grant delete on abuse_log to kuule_app`.execute(db);

  await sql`alter table members
    add column inactivity_reminded_at timestamptz,
    add column erased_at timestamptz`.execute(db);
  await sql`alter table surveys add column closed_at timestamptz`.execute(db);
}
