import { type Kysely, sql } from 'kysely';

/**
 * Surveys (E1, E5) and anonymous feedback at service points (E6, E7), with the prize draw (E3).
 *
 * - A survey's draft is edited freely; publishing freezes it as a numbered version, and every response
 *   names the version it answered.
 * - A response has a random id and the day it was given (the hour only where the organisation asks for
 *   it): no account, address, browser or precise time (E6).
 * - Day tallies hold the counts of closed days, so results of a million answers read a few hundred rows;
 *   they are counts only and are shown only above the anonymity threshold (H5).
 * - Draw entries share nothing with responses: no id, time or order. Each new entry rewrites the survey's
 *   entries in a fresh random order, so the physical row order says nothing of arrival (see
 *   docs/ARCHITECTURE.md, "The prize draw").
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organisations
    add column feedback_retention_months integer not null default 12
      check (feedback_retention_months between 1 and 12),
    add column answer_time_precision text not null default 'day'
      check (answer_time_precision in ('day', 'hour'))`.execute(db);

  await sql`
    create table service_points (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
      name jsonb not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, slug)
    )
  `.execute(db);
  await sql`
    create table surveys (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
      kind text not null check (kind in ('feedback', 'research')),
      status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
      draft jsonb not null,
      draw_enabled boolean not null default false,
      current_version_id uuid,
      -- Every day up to this one has its tally in survey_day_tallies.
      tallies_closed_through date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, slug)
    )
  `.execute(db);
  await sql`
    create table survey_versions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      number integer not null,
      definition jsonb not null,
      published_at timestamptz not null default now(),
      unique (survey_id, number)
    )
  `.execute(db);
  await sql`alter table surveys add foreign key (current_version_id) references survey_versions(id)`.execute(
    db,
  );
  await sql`
    create table survey_service_points (
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      service_point_id uuid not null references service_points(id) on delete cascade,
      primary key (survey_id, service_point_id)
    )
  `.execute(db);
  await sql`
    create table survey_responses (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      survey_version_id uuid not null references survey_versions(id),
      service_point_id uuid references service_points(id) on delete set null,
      answered_on date not null,
      answered_hour smallint check (answered_hour between 0 and 23),
      answers jsonb not null
    )
  `.execute(db);
  // One index serves the day ranges of results and retention, and the keyset order of exports.
  await sql`create index survey_responses_by_day on survey_responses (survey_id, answered_on, id)`.execute(
    db,
  );
  await sql`
    create table survey_day_tallies (
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      point_key text not null,
      day date not null,
      tally jsonb not null,
      primary key (survey_id, point_key, day)
    )
  `.execute(db);
  // A form's one-time submission id, so a replayed form stores nothing; kept two days, never with the answer.
  await sql`
    create table survey_submissions_used (
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      submission_hash text primary key,
      used_on date not null
    )
  `.execute(db);
  await sql`
    create table draw_entries (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      contact_kind text not null check (contact_kind in ('email', 'phone')),
      contact_encrypted text not null,
      contact_lookup text not null,
      consent_version text not null,
      consent_language text not null,
      unique (survey_id, contact_lookup)
    )
  `.execute(db);
  await sql`
    create table draw_tickets_used (
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      ticket_hash text primary key
    )
  `.execute(db);
  await sql`
    create table draws (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      survey_id uuid not null references surveys(id) on delete cascade,
      drawn_at timestamptz not null default now(),
      drawn_by uuid not null references staff_users(id),
      entry_count integer not null,
      winner_count integer not null,
      entries_digest text not null,
      seed text not null,
      winner_positions jsonb not null,
      commitment text not null,
      contacts_deleted integer not null
    )
  `.execute(db);

  const tables = [
    'service_points',
    'surveys',
    'survey_versions',
    'survey_service_points',
    'survey_responses',
    'survey_day_tallies',
    'survey_submissions_used',
    'draw_entries',
    'draw_tickets_used',
    'draws',
  ];
  for (const table of tables) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${t}
      using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
      db,
    );
  }
  await sql`grant select, insert, update, delete on service_points, surveys, survey_service_points,
    survey_day_tallies, survey_submissions_used, draw_entries, draw_tickets_used to kuule_app`.execute(db);
  // A published version never changes; a response is never edited, only deleted by retention.
  await sql`grant select, insert on survey_versions, draws to kuule_app`.execute(db);
  await sql`grant select, insert, delete on survey_responses to kuule_app`.execute(db);
}
