import { type Kysely, sql } from 'kysely';

/**
 * H2: each organisation defines its background questions (life situation, service use, …); a member may
 * answer any of them, none of them, and change or clear an answer at any time. Answers are research data
 * under the pseudonymous member key.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table background_questions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-z0-9_]{1,39}$'),
      kind text not null check (kind in ('single_choice', 'multiple_choice')),
      text jsonb not null,
      options jsonb not null,
      position integer not null,
      unique (organisation_id, key)
    )
  `.execute(db);
  await sql`
    create table profile_answers (
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      question_id uuid not null references background_questions(id) on delete cascade,
      answer jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (member_id, question_id)
    )
  `.execute(db);
  for (const table of ['background_questions', 'profile_answers']) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${t}
      using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
      db,
    );
  }
  await sql`grant select on background_questions to kuule_app`.execute(db);
  await sql`grant select, insert, update, delete on profile_answers to kuule_app`.execute(db);
}
