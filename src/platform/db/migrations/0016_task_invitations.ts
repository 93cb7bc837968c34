import { type Kysely, sql } from 'kysely';

/**
 * Audiences and invitations for research tasks (issue 6, part "invite").
 *
 * - Choosing an audience by background answers must be fast among 100,000 members (≤ 200 ms). Under
 *   row-level security PostgreSQL may use an index only with leakproof operators, and jsonb's `?|` is not
 *   one, so `profile_answers.answer` cannot be searched by index. `profile_answer_values` holds the same
 *   answers one value a row (question, value, member), kept by a trigger on `profile_answers`, so an
 *   audience criterion is an index-only range of text equality. It is derived data: it follows every
 *   insert, change and deletion of a profile answer (erasure included) in the same statement.
 * - Only members whose membership consent is in force are targeted (H16): a partial index holds exactly
 *   those consents.
 * - The weekly digest and the invitation jobs look for invitations not yet emailed.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table profile_answer_values (
      organisation_id uuid not null references organisations(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      question_id uuid not null references background_questions(id) on delete cascade,
      value text not null,
      primary key (question_id, value, member_id)
    )
  `.execute(db);
  await sql`create index profile_answer_values_by_member on profile_answer_values (member_id)`.execute(db);
  await sql`alter table profile_answer_values enable row level security`.execute(db);
  await sql`create policy organisation_isolation on profile_answer_values
    using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
    db,
  );
  // Written only by the trigger, which runs as the role that changed the profile answer.
  await sql`grant select, insert, delete on profile_answer_values to kuule_app`.execute(db);
  await sql`
    create function sync_profile_answer_values() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        delete from profile_answer_values where member_id = old.member_id and question_id = old.question_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into profile_answer_values (organisation_id, member_id, question_id, value)
        select distinct new.organisation_id, new.member_id, new.question_id, v
          from jsonb_array_elements_text(new.answer) as v;
      end if;
      return null;
    end $$
  `.execute(db);
  await sql`create trigger profile_answer_values_sync after insert or update or delete on profile_answers
    for each row execute function sync_profile_answer_values()`.execute(db);
  await sql`insert into profile_answer_values (organisation_id, member_id, question_id, value)
    select distinct a.organisation_id, a.member_id, a.question_id, v
      from profile_answers a, jsonb_array_elements_text(a.answer) as v`.execute(db);

  await sql`create index consents_membership_in_force on consents (member_id)
    where purpose = 'community_membership' and withdrawn_at is null`.execute(db);
  await sql`create index task_invitations_not_emailed on task_invitations (member_id)
    where emailed_at is null`.execute(db);
}
