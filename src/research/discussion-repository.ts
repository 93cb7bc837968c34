import type { Tx } from '../platform/db/database.ts';

/**
 * Discussion posts and their reports (issue 6). Posts are stored under the pseudonymous member key, never
 * with an email address (H4), and shown under the member's pseudonym (H3). Row-level security scopes every
 * query to the transaction's organisation.
 */
export interface PostRow {
  id: string;
  parent_id: string | null;
  member_id: string | null;
  /** The author's pseudonym; null for a former member (erased, or a post anonymised: H14). */
  pseudonym: string | null;
  body: string;
  posted_at: Date;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

export function listPosts(tx: Tx, taskId: string): Promise<PostRow[]> {
  return tx
    .selectFrom('discussion_posts as p')
    .leftJoin('members as m', 'm.id', 'p.member_id')
    .select([
      'p.id',
      'p.parent_id',
      'p.member_id',
      'm.pseudonym',
      'p.body',
      'p.posted_at',
      'p.pinned_at',
      'p.hidden_at',
      'p.hidden_reason',
    ])
    .where('p.task_id', '=', taskId)
    .orderBy('p.posted_at')
    .execute();
}

export function findPost(tx: Tx, taskId: string, postId: string): Promise<PostRow | undefined> {
  return tx
    .selectFrom('discussion_posts as p')
    .leftJoin('members as m', 'm.id', 'p.member_id')
    .select([
      'p.id',
      'p.parent_id',
      'p.member_id',
      'm.pseudonym',
      'p.body',
      'p.posted_at',
      'p.pinned_at',
      'p.hidden_at',
      'p.hidden_reason',
    ])
    .where('p.task_id', '=', taskId)
    .where('p.id', '=', postId)
    .executeTakeFirst();
}

export async function insertPost(
  tx: Tx,
  input: { organisationId: string; taskId: string; parentId: string | null; memberId: string; body: string },
): Promise<{ id: string; posted_at: Date }> {
  return tx
    .insertInto('discussion_posts')
    .values({
      organisation_id: input.organisationId,
      task_id: input.taskId,
      parent_id: input.parentId,
      member_id: input.memberId,
      body: input.body,
    })
    .returning(['id', 'posted_at'])
    .executeTakeFirstOrThrow();
}

export async function setPinned(tx: Tx, postId: string, pinnedAt: Date | null): Promise<void> {
  await tx.updateTable('discussion_posts').set({ pinned_at: pinnedAt }).where('id', '=', postId).execute();
}

export async function hidePost(
  tx: Tx,
  input: { postId: string; reason: string; staffId: string; now: Date },
): Promise<void> {
  await tx
    .updateTable('discussion_posts')
    .set({ hidden_at: input.now, hidden_reason: input.reason, hidden_by: input.staffId })
    .where('id', '=', input.postId)
    .execute();
}

export async function unhidePost(tx: Tx, postId: string): Promise<void> {
  await tx
    .updateTable('discussion_posts')
    .set({ hidden_at: null, hidden_reason: null, hidden_by: null })
    .where('id', '=', postId)
    .execute();
}

export async function closeDiscussion(tx: Tx, taskId: string, now: Date): Promise<void> {
  await tx
    .updateTable('research_tasks')
    .set({ discussion_closed_at: now })
    .where('id', '=', taskId)
    .where('discussion_closed_at', 'is', null)
    .execute();
}

/** A member's report of a post; a second open report of the same post by the same member adds nothing. */
export async function reportPost(
  tx: Tx,
  input: { organisationId: string; postId: string; memberId: string; reason: string },
): Promise<void> {
  const open = await tx
    .selectFrom('post_reports')
    .select('id')
    .where('post_id', '=', input.postId)
    .where('reported_by', '=', input.memberId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (open) return;
  await tx
    .insertInto('post_reports')
    .values({
      organisation_id: input.organisationId,
      post_id: input.postId,
      reported_by: input.memberId,
      reason: input.reason,
    })
    .execute();
}

export interface ReportRow {
  id: string;
  post_id: string;
  reason: string;
  reported_at: Date;
  posted_at: Date;
  member_id: string | null;
}

/** Open reports of a task's posts, oldest first. The reporter is not shown to moderators. */
export function listOpenReports(tx: Tx, taskId: string): Promise<ReportRow[]> {
  return tx
    .selectFrom('post_reports as r')
    .innerJoin('discussion_posts as p', 'p.id', 'r.post_id')
    .select(['r.id', 'r.post_id', 'r.reason', 'r.reported_at', 'p.posted_at', 'p.member_id'])
    .where('p.task_id', '=', taskId)
    .where('r.resolved_at', 'is', null)
    .orderBy('r.reported_at')
    .execute();
}

export function findReport(tx: Tx, taskId: string, reportId: string): Promise<ReportRow | undefined> {
  return tx
    .selectFrom('post_reports as r')
    .innerJoin('discussion_posts as p', 'p.id', 'r.post_id')
    .select(['r.id', 'r.post_id', 'r.reason', 'r.reported_at', 'p.posted_at', 'p.member_id'])
    .where('p.task_id', '=', taskId)
    .where('r.id', '=', reportId)
    .executeTakeFirst();
}

export async function resolveReport(tx: Tx, reportId: string, staffId: string, now: Date): Promise<void> {
  await tx
    .updateTable('post_reports')
    .set({ resolved_at: now, resolved_by: staffId })
    .where('id', '=', reportId)
    .where('resolved_at', 'is', null)
    .execute();
}
