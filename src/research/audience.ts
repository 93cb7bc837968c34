import type { Tx } from '../platform/db/database.ts';
import type { ResearchTask } from './research-repository.ts';

/**
 * Whether one member belongs to a task's audience (issue 6, "Audience and targeting"):
 * - `{ kind: 'all' }`: every member;
 * - `{ kind: 'background', answers }`: the member's background profile answers every listed question key
 *   with one of its accepted values (an empty list of keys matches everyone);
 * - `participation` (with 'background'): the member did (`took: true`) or did not (`took: false`) take
 *   part in another task — a submitted answer, or a post in a discussion.
 *
 * This is about the audience only: whether the member may be asked at all (restricted processing, E10;
 * erased) is the caller's check (`membersOpenToProcessing` in members/my-data.ts for many members,
 * `isProcessingRestricted` for one).
 */
export async function memberInAudience(tx: Tx, task: ResearchTask, memberId: string): Promise<boolean> {
  const audience = task.audience;
  if (audience.kind === 'all') return true;
  const wanted = audience.answers ?? {};
  const keys = Object.keys(wanted);
  if (keys.length > 0) {
    const rows = await tx
      .selectFrom('profile_answers as pa')
      .innerJoin('background_questions as q', 'q.id', 'pa.question_id')
      .select(['q.key', 'pa.answer'])
      .where('pa.member_id', '=', memberId)
      .where('q.key', 'in', keys)
      .execute();
    if (!matchesBackground(wanted, Object.fromEntries(rows.map((row) => [row.key, row.answer]))))
      return false;
  }
  if (audience.participation) {
    const took = await tookPart(tx, audience.participation.taskId, memberId);
    if (took !== audience.participation.took) return false;
  }
  return true;
}

/** Whether the member took part in a task: submitted an answer to it, or posted in its discussion. */
export async function tookPart(tx: Tx, taskId: string, memberId: string): Promise<boolean> {
  const answer = await tx
    .selectFrom('research_answers')
    .select('id')
    .where('task_id', '=', taskId)
    .where('member_id', '=', memberId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  if (answer) return true;
  const post = await tx
    .selectFrom('discussion_posts')
    .select('id')
    .where('task_id', '=', taskId)
    .where('member_id', '=', memberId)
    .limit(1)
    .executeTakeFirst();
  return post !== undefined;
}

/** Whether a member's background answers match every question of a background audience. */
export function matchesBackground(
  wanted: Record<string, string[]>,
  answers: Record<string, readonly string[]>,
): boolean {
  return Object.entries(wanted).every(([key, values]) =>
    (answers[key] ?? []).some((answer) => values.includes(answer)),
  );
}
