import { type ExpressionBuilder, sql } from 'kysely';
import { membersOpenToProcessing } from '../members/my-data.ts';
import type { Tx } from '../platform/db/database.ts';
import type { DB, TaskAudience } from '../platform/db/schema.ts';

/**
 * Who a research task's audience is, as one query (issue 6; H3, H5, H16, E10).
 *
 * Every audience leaves out members who restricted processing or were erased (`membersOpenToProcessing`,
 * E10) and members whose membership consent is not in force (withdrawn: H16). On top of that:
 * - kind 'all': every such member;
 * - kind 'background': members who answered every listed background question with one of its listed
 *   values, and optionally took part (submitted an answer or posted) or did not take part in another task.
 *
 * The query selects member keys only; it is for inserting invitations (insert … select) and for counting.
 * Nothing here is shown to staff: the console shows a size, and only from the anonymity threshold up (H5).
 */
export function audienceMembers(tx: Tx, audience: TaskAudience) {
  let query = membersOpenToProcessing(tx)
    .select('members.id as member_id')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('consents')
          .select(sql.lit(1).as('one'))
          .whereRef('consents.member_id', '=', 'members.id')
          .where('consents.purpose', '=', 'community_membership')
          .where('consents.withdrawn_at', 'is', null),
      ),
    );
  if (audience.kind === 'all') return query;
  for (const [questionKey, values] of Object.entries(audience.answers)) {
    // An empty list matches nobody, rather than everybody: a criterion is never silently dropped.
    query = query.where('members.id', 'in', (eb) => answeredWith(eb, questionKey, values));
  }
  const participation = audience.participation;
  if (participation) {
    // Taking part: a submitted answer to a survey task, or a post in a discussion.
    const took = (eb: ExpressionBuilder<DB, 'members'>) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('research_answers')
            .select(sql.lit(1).as('one'))
            .whereRef('research_answers.member_id', '=', 'members.id')
            .where('research_answers.task_id', '=', participation.taskId)
            .where('research_answers.status', '=', 'submitted'),
        ),
        eb.exists(
          eb
            .selectFrom('discussion_posts')
            .select(sql.lit(1).as('one'))
            .whereRef('discussion_posts.member_id', '=', 'members.id')
            .where('discussion_posts.task_id', '=', participation.taskId),
        ),
      ]);
    query = query.where((eb) => (participation.took ? took(eb) : eb.not(took(eb))));
  }
  return query;
}

/**
 * Members whose answer to the question `questionKey` includes one of `values`. It reads
 * `profile_answer_values` (one value a row, kept by a trigger from `profile_answers`): text equality is
 * leakproof, so under row-level security it can still use the index (question, value, member).
 */
function answeredWith(eb: ExpressionBuilder<DB, 'members'>, questionKey: string, values: string[]) {
  return eb
    .selectFrom('profile_answer_values')
    .select('profile_answer_values.member_id')
    .where('profile_answer_values.question_id', '=', (qb) =>
      qb
        .selectFrom('background_questions')
        .select('background_questions.id')
        .where('background_questions.key', '=', questionKey),
    )
    .where(
      values.length === 0
        ? sql<boolean>`false`
        : sql<boolean>`profile_answer_values.value in (${sql.join(values)})`,
    );
}

/** How many members the audience has now. Shown to staff only through `shownAudienceSize` (H5). */
export async function audienceSize(tx: Tx, audience: TaskAudience): Promise<number> {
  const row = await tx
    .selectFrom(audienceMembers(tx, audience).as('audience'))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
