import { describe, expect, it } from 'vitest';
import { arrangeThreads, checkPostBody, discussionState, POST_MAX_LENGTH } from './discussion-rules.ts';

describe('discussion rules', () => {
  it('H3, H4: a post with an email address, phone number or identity code is refused, naming what was found', () => {
    expect(checkPostBody('Write to me at maija@example.fi')).toEqual({
      ok: false,
      problem: 'identifiers',
      found: ['email'],
    });
    expect(checkPostBody('Call 040 123 4567 any time')).toEqual({
      ok: false,
      problem: 'identifiers',
      found: ['phone'],
    });
    expect(checkPostBody('My code is 131052-308T')).toEqual({
      ok: false,
      problem: 'identifiers',
      found: ['personal_identity_code'],
    });
    expect(checkPostBody('a@b.fi and 040 123 4567')).toMatchObject({ found: ['email', 'phone'] });
  });

  it('a post is trimmed text of at most 4000 characters, counted as the database counts them', () => {
    expect(checkPostBody('  More benches, please.\r\n ')).toEqual({
      ok: true,
      body: 'More benches, please.',
    });
    expect(checkPostBody(' \n ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPostBody('a'.repeat(POST_MAX_LENGTH))).toMatchObject({ ok: true });
    expect(checkPostBody('a'.repeat(POST_MAX_LENGTH + 1))).toEqual({ ok: false, problem: 'too_long' });
    // 4000 emoji are 8000 UTF-16 units but 4000 characters.
    expect(checkPostBody('🙂'.repeat(POST_MAX_LENGTH))).toMatchObject({ ok: true });
  });

  it('a discussion is open only while published, between its times, and not closed by a moderator', () => {
    const task = {
      status: 'published',
      opens_at: new Date('2026-12-01T00:00:00Z'),
      closes_at: new Date('2026-12-31T00:00:00Z'),
      discussion_closed_at: null,
    };
    const now = new Date('2026-12-10T00:00:00Z');
    expect(discussionState(task, now)).toBe('open');
    expect(discussionState(task, new Date('2026-11-30T00:00:00Z'))).toBe('not_open_yet');
    expect(discussionState(task, task.closes_at)).toBe('closed');
    expect(discussionState({ ...task, status: 'closed' }, now)).toBe('closed');
    expect(discussionState({ ...task, status: 'draft' }, now)).toBe('not_open_yet');
    expect(discussionState({ ...task, discussion_closed_at: now }, now)).toBe('closed');
  });

  it('pinned posts come first, then the rest oldest first, with replies under their post', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
    const post = (id: string, minute: number, parent: string | null = null, pinned = false) => ({
      id,
      parent_id: parent,
      posted_at: at(minute),
      pinned_at: pinned ? at(59) : null,
    });
    const threads = arrangeThreads([
      post('a', 1),
      post('b', 2),
      post('c', 3, null, true),
      post('a2', 6, 'a'),
      post('a1', 4, 'a'),
    ]);
    expect(threads.map((t) => t.post.id)).toEqual(['c', 'a', 'b']);
    expect(threads[1]!.replies.map((r) => r.id)).toEqual(['a1', 'a2']);
  });
});
