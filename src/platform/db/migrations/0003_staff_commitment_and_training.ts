import { type Kysely, sql } from 'kysely';

/**
 * E9: every staff user accepts the organisation's current, versioned confidentiality commitment before
 * any access, and takes data-protection training at the organisation's interval.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organisations add column training_interval_months integer not null default 12
    check (training_interval_months between 1 and 36)`.execute(db);
  await sql`alter table staff_users add column last_training_on date`.execute(db);
  await sql`
    create table confidentiality_commitments (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      version integer not null check (version >= 1),
      text jsonb not null,
      published_at timestamptz not null default now(),
      unique (organisation_id, version)
    )
  `.execute(db);
  await sql`
    create table commitment_acceptances (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      staff_user_id uuid not null references staff_users(id) on delete cascade,
      commitment_id uuid not null references confidentiality_commitments(id),
      accepted_at timestamptz not null default now(),
      unique (staff_user_id, commitment_id)
    )
  `.execute(db);
  for (const table of ['confidentiality_commitments', 'commitment_acceptances']) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${t}
      using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
      db,
    );
  }
  await sql`grant select, insert on confidentiality_commitments to kuule_app`.execute(db);
  // An acceptance is evidence: recorded once, never changed by the application.
  await sql`grant select, insert on commitment_acceptances to kuule_app`.execute(db);
}
