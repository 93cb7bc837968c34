import { type Kysely, sql } from 'kysely';

/**
 * H6: name, postal address and phone number, asked only when a purpose needs them (an event, a reward
 * delivery), one row per purpose under its own consent, in the vault and sealed like the email address.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table vault.contact_details (
      organisation_id uuid not null,
      member_id uuid not null,
      purpose text not null,
      name_encrypted text not null,
      postal_address_encrypted text,
      phone_encrypted text,
      created_at timestamptz not null default now(),
      primary key (member_id, purpose)
    )
  `.execute(db);
  await sql`alter table vault.contact_details enable row level security`.execute(db);
  await sql`create policy organisation_isolation on vault.contact_details
    using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
    db,
  );
  await sql`grant select, insert, update, delete on vault.contact_details to kuule_vault`.execute(db);
}
