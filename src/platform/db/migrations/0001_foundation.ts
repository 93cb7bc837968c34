import { type Kysely, sql } from 'kysely';

/**
 * Foundation: organisations (controllers), tenant isolation by row-level security, staff, accessibility
 * feedback and the demo mailbox.
 *
 * Isolation model: tables are owned by the connecting (migration) role. Application queries run after
 * `SET LOCAL ROLE kuule_app`, a role that neither owns the tables nor bypasses RLS, with the organisation
 * set per transaction in `kuule.organisation_id`. Every organisation-owned table gets the same policy, so
 * a query that forgets its organisation filter still sees only its own organisation's rows.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  // Roles are cluster-wide; several databases (tests, tenants of the same server) may race to create them.
  await sql`
    do $$ begin
      create role kuule_app nologin;
    exception when duplicate_object or unique_violation then null;
    end $$;
  `.execute(db);
  await sql`grant kuule_app to current_user`.execute(db).catch(() => {
    // Already a member, or a superuser (who may SET ROLE to anything): nothing to grant.
  });
  await sql`grant usage on schema public to kuule_app`.execute(db);

  await sql`
    create function current_organisation_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('kuule.organisation_id', true), '')::uuid $$
  `.execute(db);

  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
      name jsonb not null,
      default_language text not null default 'fi' check (default_language in ('fi', 'sv', 'en')),
      theme_colour text not null check (theme_colour ~ '^#[0-9a-f]{6}$'),
      logo_svg text check (length(logo_svg) <= 65536),
      contact_email text not null,
      accessibility_conformance text not null default 'partial'
        check (accessibility_conformance in ('full', 'partial', 'none')),
      accessibility_known_gaps jsonb not null default '[]',
      accessibility_statement_date date not null default current_date,
      anonymity_threshold integer not null default 5 check (anonymity_threshold >= 3),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  // Organisations are public facts (name, slug, theme): the application reads them to find the tenant.
  await sql`grant select on organisations to kuule_app`.execute(db);

  await sql`
    create table staff_users (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      email text not null check (email = lower(email) and length(email) <= 254),
      display_name text not null check (length(display_name) between 1 and 120),
      password_hash text not null,
      roles text[] not null default '{}',
      created_at timestamptz not null default now(),
      disabled_at timestamptz,
      unique (organisation_id, email)
    )
  `.execute(db);

  await sql`
    create table staff_sessions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      staff_user_id uuid not null references staff_users(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )
  `.execute(db);

  await sql`
    create table accessibility_feedback (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      page text check (length(page) <= 500),
      message text not null check (length(message) between 1 and 4000),
      reply_to text check (length(reply_to) <= 254),
      received_on date not null,
      reply_due_on date not null,
      replied_on date
    )
  `.execute(db);

  for (const table of ['staff_users', 'staff_sessions', 'accessibility_feedback']) {
    await isolateByOrganisation(db, table);
  }
  await sql`grant select, insert, update, delete on staff_users, staff_sessions to kuule_app`.execute(db);
  await sql`grant select, insert, update on accessibility_feedback to kuule_app`.execute(db);

  // Demo mode only: outgoing mail kept for the development mailbox page. No application grant.
  await sql`
    create table dev_mailbox (
      id uuid primary key default gen_random_uuid(),
      recipient text not null,
      subject text not null,
      text_body text not null,
      sent_at timestamptz not null default now()
    )
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function isolateByOrganisation(db: Kysely<any>, table: string): Promise<void> {
  const t = sql.table(table);
  await sql`alter table ${t} enable row level security`.execute(db);
  await sql`
    create policy organisation_isolation on ${t}
    using (organisation_id = current_organisation_id())
    with check (organisation_id = current_organisation_id())
  `.execute(db);
}
