import { type Kysely, sql } from 'kysely';

/** Staff sign in with a password and a TOTP second factor enrolled at first sign-in; repeated failures lock. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table staff_users
    add column totp_secret_encrypted text,
    add column totp_enrolled_at timestamptz,
    add column totp_last_counter bigint not null default 0,
    add column failed_sign_ins integer not null default 0,
    add column locked_until timestamptz`.execute(db);
}
