import { type Kysely, sql } from 'kysely';

/**
 * Audiences and invitations for research tasks (issue 6, part "invite").
 *
 * - Choosing an audience by background answers reads `profile_answers` by question, not by member: an
 *   index on (question_id, member_id) that carries the answer lets each criterion be one index-only scan.
 * - Only members whose membership consent is in force are targeted (H16): a partial index holds exactly
 *   those consents.
 * - The weekly digest and the invitation jobs look for invitations not yet emailed.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index profile_answers_by_question on profile_answers (question_id, member_id)
    include (answer)`.execute(db);
  await sql`create index consents_membership_in_force on consents (member_id)
    where purpose = 'community_membership' and withdrawn_at is null`.execute(db);
  await sql`create index task_invitations_not_emailed on task_invitations (member_id)
    where emailed_at is null`.execute(db);
}
