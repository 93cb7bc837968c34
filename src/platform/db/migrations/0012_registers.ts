import { type Kysely, sql } from 'kysely';

/**
 * Registers as data (H5, H9, H11–H14, E2, E8, E10): each organisation's registers, edited by the register
 * owner in the console and versioned.
 *
 * - `registers`: one row per register (its slug is the notice's address).
 * - `register_versions`: the published versions, append-only for the application (insert and select):
 *   what a notice said on a given day can always be shown to an auditor. The newest is the one in force;
 *   its content drives the notice, the retention engine, the data-content check and the exports.
 * - `register_drafts`: at most one draft per register, the register owner's edits before publishing.
 *
 * `content` is the register as data (see `privacy/registers/register.ts`) without its slug and date.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table registers (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      created_at timestamptz not null default now(),
      unique (organisation_id, slug)
    )
  `.execute(db);
  await sql`
    create table register_versions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      register_id uuid not null references registers(id) on delete cascade,
      version integer not null check (version > 0),
      content jsonb not null,
      published_on date not null,
      published_at timestamptz not null default now(),
      published_by uuid references staff_users(id) on delete set null,
      unique (register_id, version)
    )
  `.execute(db);
  await sql`
    create table register_drafts (
      register_id uuid primary key references registers(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      content jsonb not null,
      based_on_version integer,
      updated_at timestamptz not null default now(),
      updated_by uuid references staff_users(id) on delete set null
    )
  `.execute(db);
  for (const table of ['registers', 'register_versions', 'register_drafts']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${sql.table(table)}
      using (organisation_id = current_organisation_id())
      with check (organisation_id = current_organisation_id())`.execute(db);
  }
  await sql`grant select, insert on registers to kuule_app`.execute(db);
  // A published version is never changed or removed by the application.
  await sql`grant select, insert on register_versions to kuule_app`.execute(db);
  await sql`grant select, insert, update, delete on register_drafts to kuule_app`.execute(db);
}
