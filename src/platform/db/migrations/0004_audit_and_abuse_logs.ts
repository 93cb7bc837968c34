import { type Kysely, sql } from 'kysely';

/**
 * The audit trail (E9) and the abuse log (H8).
 *
 * audit_log is append-only for the application: kuule_app may insert and read, never update or delete.
 * abuse_log holds client addresses of sign-ups, sign-ins and posts, apart from answers and profiles;
 * the application inserts, only the abuse-investigation right reads (each read audited), and a scheduled
 * job deletes entries older than the organisation's period.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table audit_log (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      occurred_at timestamptz not null default now(),
      actor_type text not null check (actor_type in ('staff', 'member', 'system')),
      actor_id uuid,
      permission text,
      action text not null,
      subject_member_id uuid,
      outcome text not null check (outcome in ('allowed', 'denied')),
      details jsonb not null default '{}'
    )
  `.execute(db);
  await sql`create index audit_log_search on audit_log (organisation_id, occurred_at desc)`.execute(db);

  await sql`alter table organisations add column abuse_log_retention_days integer not null default 90
    check (abuse_log_retention_days between 1 and 365)`.execute(db);
  await sql`
    create table abuse_log (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      occurred_at timestamptz not null default now(),
      event text not null check (event in ('sign_up', 'sign_in', 'post')),
      client_address text not null check (length(client_address) <= 64)
    )
  `.execute(db);

  for (const table of ['audit_log', 'abuse_log']) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${t}
      using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
      db,
    );
  }
  await sql`grant select, insert on audit_log, abuse_log to kuule_app`.execute(db);
}
