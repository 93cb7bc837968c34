import { type Kysely, sql } from 'kysely';

/**
 * Members, kept apart from who they are (H4).
 *
 * `members` holds the pseudonymous member key (a random UUID, not derived from anything) and what the
 * member does under it. Who the member is — the email address, and later contact details (H6) — lives in
 * the `vault` schema, encrypted by the application (AES-256-GCM) and reachable only as the role
 * `kuule_vault`. The application role `kuule_app` has no usage on the vault schema at all; `kuule_vault`
 * has no privilege on research data. Joining the two needs both roles in one transaction, which only the
 * identity module does.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    do $$ begin
      create role kuule_vault nologin;
    exception when duplicate_object or unique_violation then null;
    end $$;
  `.execute(db);
  await sql`grant kuule_vault to current_user`.execute(db).catch(() => {});
  // For current_organisation_id() only: schema usage grants no access to any table.
  await sql`grant usage on schema public to kuule_vault`.execute(db);

  // The community mode (Helsinki's model) is switched on per organisation.
  await sql`alter table organisations add column community_enabled boolean not null default false`.execute(
    db,
  );

  await sql`
    create table members (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      pseudonym text check (length(pseudonym) between 3 and 30),
      language text not null check (language in ('fi', 'sv', 'en')),
      joined_at timestamptz not null default now(),
      last_active_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create unique index members_pseudonym_unique on members (organisation_id, lower(pseudonym))`.execute(
    db,
  );

  await sql`
    create table member_sessions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )
  `.execute(db);

  await sql`
    create table member_sign_in_tokens (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )
  `.execute(db);

  await sql`
    create table consents (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      purpose text not null,
      text_version text not null,
      language text not null check (language in ('fi', 'sv', 'en')),
      method text not null,
      given_at timestamptz not null default now(),
      withdrawn_at timestamptz
    )
  `.execute(db);

  for (const table of ['members', 'member_sessions', 'member_sign_in_tokens', 'consents']) {
    await isolate(db, sql.table(table));
  }
  await sql`grant select, insert, update, delete on members, member_sessions, member_sign_in_tokens to kuule_app`.execute(
    db,
  );
  // Consent records are evidence: they are given and withdrawn, never rewritten or removed by the application.
  await sql`grant select, insert on consents to kuule_app`.execute(db);
  await sql`grant update (withdrawn_at) on consents to kuule_app`.execute(db);

  await sql`create schema vault`.execute(db);
  await sql`revoke all on schema vault from public`.execute(db);
  await sql`grant usage on schema vault to kuule_vault`.execute(db);

  await sql`
    create table vault.member_identities (
      member_id uuid primary key,
      organisation_id uuid not null,
      email_lookup text not null,
      email_encrypted text not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, email_lookup)
    )
  `.execute(db);
  await sql`
    create table vault.pending_sign_ups (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      email_lookup text not null,
      email_encrypted text not null,
      language text not null,
      consent_text_version text not null,
      token_hash text not null unique,
      expires_at timestamptz not null
    )
  `.execute(db);
  for (const table of ['vault.member_identities', 'vault.pending_sign_ups']) {
    await isolate(db, sql.raw(table));
  }
  await sql`grant select, insert, update, delete on vault.member_identities, vault.pending_sign_ups to kuule_vault`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function isolate(db: Kysely<any>, table: ReturnType<typeof sql.table> | ReturnType<typeof sql.raw>) {
  await sql`alter table ${table} enable row level security`.execute(db);
  await sql`
    create policy organisation_isolation on ${table}
    using (organisation_id = current_organisation_id())
    with check (organisation_id = current_organisation_id())
  `.execute(db);
}
