import { type Kysely, sql } from 'kysely';

/**
 * E10, H13, H12: data subject requests that arrive by other channels (letter, phone, email, in person), and
 * legal holds.
 *
 * - `data_subject_requests`: what the register owner logs in the console. Kuule deliberately does not store
 *   the requester's name, address or email: the request carries the city's own record number in its
 *   case-management system (`case_reference`), where the correspondence lives, and the member it concerns
 *   (found by the vault's keyed-hash lookup; the email typed to find them is not kept). Deadlines are
 *   computed by `privacy/requests/request-deadlines.ts`. The application may insert and update, never delete.
 * - `legal_holds`: while a hold is active the member's data is not erased, neither on the member's own
 *   request, nor on a request logged by staff, nor by the inactivity rule. A hold is lifted, never deleted.
 * - `staff_users.language`: the language a staff user last used the requests console in; the daily reminder
 *   is written in it (null: the organisation's default language).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table data_subject_requests (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      kind text not null check (kind in ('access', 'rectification', 'erasure', 'restriction', 'objection')),
      channel text not null check (channel in ('letter', 'phone', 'email', 'in_person', 'other')),
      received_on date not null,
      case_reference text not null check (length(case_reference) between 1 and 100),
      identity_check text not null check (length(identity_check) between 1 and 1000),
      member_id uuid references members(id) on delete set null,
      due_on date not null,
      extended_due_on date,
      extension_reasons text,
      extension_notified_on date,
      status text not null default 'open' check (status in ('open', 'fulfilled', 'refused')),
      resolution text check (resolution in
        ('access_provided', 'rectified', 'erased', 'restricted', 'no_data_held', 'refused')),
      closed_on date,
      outcome text,
      created_by uuid references staff_users(id) on delete set null,
      closed_by uuid references staff_users(id) on delete set null,
      created_at timestamptz not null default now(),
      check (due_on > received_on),
      check ((extended_due_on is null) = (extension_reasons is null)),
      check ((status = 'open') = (closed_on is null))
    )
  `.execute(db);
  await sql`create index data_subject_requests_open on data_subject_requests (organisation_id, status, due_on)`.execute(
    db,
  );
  await sql`
    create table legal_holds (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      reason_kind text not null check (reason_kind in ('legal_claim', 'authority_request', 'investigation', 'other')),
      reason text not null check (length(reason) between 1 and 500),
      placed_on date not null,
      until date,
      lifted_on date,
      placed_by uuid references staff_users(id) on delete set null,
      lifted_by uuid references staff_users(id) on delete set null,
      request_id uuid references data_subject_requests(id) on delete set null,
      created_at timestamptz not null default now(),
      check (until is null or until >= placed_on)
    )
  `.execute(db);
  await sql`create index legal_holds_member on legal_holds (organisation_id, member_id)`.execute(db);
  for (const table of ['data_subject_requests', 'legal_holds']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${sql.table(table)}
      using (organisation_id = current_organisation_id())
      with check (organisation_id = current_organisation_id())`.execute(db);
  }
  // Requests and holds are evidence: the application adds and updates them, never deletes them.
  await sql`grant select, insert, update on data_subject_requests, legal_holds to kuule_app`.execute(db);
  await sql`alter table staff_users add column language text check (language in ('fi', 'sv', 'en'))`.execute(
    db,
  );
}
