import { isProcessingRestricted } from '../members/my-data.ts';
import type { Tx } from '../platform/db/database.ts';
import { memberInAudience } from './audience.ts';
import { discussionState } from './discussion-rules.ts';
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

/** Why this member cannot post in this discussion now, or null when they can. */
export async function postingRefusal(
  tx: Tx,
  task: ResearchTask,
  member: MemberLike,
  now: Date,
): Promise<Refusal | null> {
  if (isProcessingRestricted(member) || member.erased_at !== null) return 'restricted';
  if (!(await memberInAudience(tx, task, member.id))) return 'not_in_audience';
  const state = discussionState(task, now);
  return state === 'open' ? null : state;
}
