import { type Kysely, sql } from 'kysely';

/**
 * H13: a member corrects their email address. The new address waits here, sealed and found by its keyed
 * hash like the identity itself, until it is confirmed from that address by a single-use link (stored
 * only as the SHA-256 hash of a random 256-bit token). One pending change per member; a new request
 * replaces it; unconfirmed changes are purged when they expire. In the vault, reachable only as
 * `kuule_vault` (H4), exactly as `vault.member_identities`.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table vault.email_changes (
      member_id uuid primary key,
      organisation_id uuid not null,
      email_lookup text not null,
      email_encrypted text not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )
  `.execute(db);
  await sql`create index email_changes_expires_at on vault.email_changes (expires_at)`.execute(db);
  await sql`alter table vault.email_changes enable row level security`.execute(db);
  await sql`create policy organisation_isolation on vault.email_changes
    using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
    db,
  );
  await sql`grant select, insert, update, delete on vault.email_changes to kuule_vault`.execute(db);
}
