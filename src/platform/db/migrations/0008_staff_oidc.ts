import { type Kysely, sql } from 'kysely';

/** E9: an organisation may sign its staff in through its own OpenID Connect provider instead of passwords. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table organisation_oidc (
      organisation_id uuid primary key references organisations(id) on delete cascade,
      issuer text not null check (issuer ~ '^https?://'),
      client_id text not null,
      client_secret_encrypted text not null
    )
  `.execute(db);
  await sql`alter table organisation_oidc enable row level security`.execute(db);
  await sql`create policy organisation_isolation on organisation_oidc
    using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
    db,
  );
  await sql`grant select on organisation_oidc to kuule_app`.execute(db);
}
