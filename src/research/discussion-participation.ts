import { isProcessingRestricted } from '../members/my-data.ts';
import type { Tx } from '../platform/db/database.ts';
import type { TaskAudience } from '../platform/db/schema.ts';
import { discussionState, matchesBackground } from './discussion-rules.ts';
import type { ResearchTask } from './research-repository.ts';

/**
 * Who may take part in a discussion, and why not: a member who restricted processing (E10) is refused, as
 * is one outside the task's audience; nobody posts before it opens or after it closes.
 */
export type Refusal = 'restricted' | 'not_in_audience' | 'not_open_yet' | 'closed';

interface MemberLike {
  id: string;
  processing_restricted_at: Date | string | null;
  erased_at: Date | null;
}

/**
 * Whether the member is in the task's audience: everyone for 'all'; for 'background', a member whose
 * background answers match and, where asked, who took (or did not take) part in another task.
 * (The audience module of the task console does the same for choosing whom to invite.)
 */
export async function discussionAudienceCheck(
  tx: Tx,
  task: { audience: TaskAudience },
  member: Pick<MemberLike, 'id'>,
): Promise<boolean> {
  const audience = task.audience;
  if (audience.kind === 'all') return true;
  if (audience.kind !== 'background') return false;
  const rows = await tx
    .selectFrom('profile_answers as a')
    .innerJoin('background_questions as q', 'q.id', 'a.question_id')
    .select(['q.key', 'a.answer'])
    .where('a.member_id', '=', member.id)
    .execute();
  const answers = Object.fromEntries(rows.map((row) => [row.key, row.answer as string[]]));
  if (!matchesBackground(audience.answers ?? {}, answers)) return false;
  if (!audience.participation) return true;
  return (await tookPart(tx, audience.participation.taskId, member.id)) === audience.participation.took;
}

/** A member took part in a task when they submitted its survey or posted in its discussion. */
async function tookPart(tx: Tx, taskId: string, memberId: string): Promise<boolean> {
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
    .executeTakeFirst();
  return post !== undefined;
}

/** Why this member cannot post in this discussion now, or null when they can. */
export async function postingRefusal(
  tx: Tx,
  task: ResearchTask,
  member: MemberLike,
  now: Date,
): Promise<Refusal | null> {
  if (isProcessingRestricted(member) || member.erased_at !== null) return 'restricted';
  if (!(await discussionAudienceCheck(tx, task, member))) return 'not_in_audience';
  const state = discussionState(task, now);
  return state === 'open' ? null : state;
}
