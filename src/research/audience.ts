import type { Tx } from '../platform/db/database.ts';
import { audienceMembers } from './audience-query.ts';
import type { ResearchTask } from './research-repository.ts';

/**
 * Whether one member belongs to a task's audience (issue 6, "Audience and targeting"): the same query that
 * chooses whom to invite (`audience-query.ts`), asked about one member, so a member is never invited to a
 * task and then told it is not for them. It also leaves out members who restricted processing, were
 * erased or withdrew their membership; callers that explain those cases check them first.
 */
export async function memberInAudience(tx: Tx, task: ResearchTask, memberId: string): Promise<boolean> {
  const found = await audienceMembers(tx, task.audience)
    .where('members.id', '=', memberId)
    .executeTakeFirst();
  return found !== undefined;
}
