import { findPersonalIdentifiers, type PersonalIdentifier } from '../privacy/personal-identifiers.ts';

/**
 * The rules of a discussion task (issue 6), as plain functions: what a post may contain, when a discussion
 * takes posts, who matches a background audience, and in which order posts are shown.
 */

/** The longest post, in characters (the table checks it too: migration 0015). */
export const POST_MAX_LENGTH = 4000;
export const REPORT_REASON_MAX_LENGTH = 1000;
export const HIDE_REASON_MAX_LENGTH = 500;

export type PostCheck =
  | { ok: true; body: string }
  | { ok: false; problem: 'empty' | 'too_long' }
  | { ok: false; problem: 'identifiers'; found: PersonalIdentifier[] };

/**
 * H3, H4: a post is text only, at most 4000 characters, and carries no email address, phone number or
 * personal identity code: others in the discussion would see it, and the author's pseudonym would no
 * longer be one. The member is asked to remove what was found; nothing is stored until they do.
 */
export function checkPostBody(raw: string): PostCheck {
  const body = raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (body.length === 0) return { ok: false, problem: 'empty' };
  // Characters as PostgreSQL's length() counts them (code points), not UTF-16 units.
  if ([...body].length > POST_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  const found = findPersonalIdentifiers(body);
  if (found.length > 0) return { ok: false, problem: 'identifiers', found };
  return { ok: true, body };
}

export type DiscussionState = 'not_open_yet' | 'open' | 'closed';

/** A discussion takes posts while its task is published and open, and until a moderator closes it. */
export function discussionState(
  task: { status: string; opens_at: Date; closes_at: Date; discussion_closed_at: Date | null },
  now: Date,
): DiscussionState {
  if (task.status === 'closed' || task.discussion_closed_at !== null || now >= task.closes_at)
    return 'closed';
  if (task.status !== 'published' || now < task.opens_at) return 'not_open_yet';
  return 'open';
}

interface Orderable {
  id: string;
  parent_id: string | null;
  posted_at: Date;
  pinned_at: Date | null;
}

/**
 * Posts as threads, one level deep: pinned top-level posts first, then the rest, each group oldest first;
 * replies under their post, oldest first. A reply whose post is missing is left out.
 */
export function arrangeThreads<T extends Orderable>(posts: T[]): { post: T; replies: T[] }[] {
  const byTime = (a: T, b: T) => a.posted_at.getTime() - b.posted_at.getTime() || a.id.localeCompare(b.id);
  const topLevel = posts.filter((post) => post.parent_id === null);
  const pinned = topLevel.filter((post) => post.pinned_at !== null).sort(byTime);
  const rest = topLevel.filter((post) => post.pinned_at === null).sort(byTime);
  return [...pinned, ...rest].map((post) => ({
    post,
    replies: posts.filter((reply) => reply.parent_id === post.id).sort(byTime),
  }));
}
