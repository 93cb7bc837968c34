import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database, Tx } from '../platform/db/database.ts';
import { type FieldError, fields, parseForm } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { replyAfterCommit } from '../platform/http/reply-after-commit.ts';
import { defineRoute } from '../platform/http/route.ts';
import type { Translator } from '../platform/i18n/i18n.ts';
import { readAbuseLog, recordClientAddress } from '../privacy/abuse-log.ts';
import { audit } from '../privacy/audit-log.ts';
import { AbuseLogPage } from '../staff/console-pages.tsx';
import {
  DiscussionPage,
  type DiscussionTaskView,
  ModerationPage,
  PostPage,
  type Thread,
} from './discussion-pages.tsx';
import { postingRefusal, type Refusal } from './discussion-participation.ts';
import {
  closeDiscussion,
  findPost,
  findReport,
  hidePost,
  insertPost,
  listOpenReports,
  listPosts,
  type PostRow,
  reportPost,
  resolveReport,
  setPinned,
  unhidePost,
} from './discussion-repository.ts';
import {
  arrangeThreads,
  checkPostBody,
  discussionState,
  HIDE_REASON_MAX_LENGTH,
  POST_MAX_LENGTH,
  type PostCheck,
  REPORT_REASON_MAX_LENGTH,
} from './discussion-rules.ts';
import { findTask, type ResearchTask } from './research-repository.ts';

/**
 * Discussion tasks (issue 6). Members: `/:org/me/discussions/:task` — posts and one level of replies under
 * pseudonyms (H3), text only, checked for identifiers before anything is stored (H3, H4), the client
 * address of each stored post in the abuse log alone (H8), and reports of others' posts. Moderators
 * (`discussions.moderate`): `/:org/console/discussions/:task` — pin, hide with a reason, close, resolve
 * reports; every action audited. From a report, staff with `abuse.investigate` may look up the abuse log
 * around the post's time (audited).
 */
const slugPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;
const taskParams = z.object({ task: z.string().regex(slugPattern) });
const postParams = taskParams.extend({ post: z.uuid() });
const reportParams = taskParams.extend({ report: z.uuid() });
const memberNotice = z.object({ notice: z.enum(['posted', 'reported']).optional() });
const moderationDone = z.object({
  done: z.enum(['pin', 'unpin', 'hide', 'unhide', 'close', 'resolve']).optional(),
});
const postForm = z.object({
  body: z.string().max(100_000).default(''),
  parent: z.union([z.uuid(), z.literal('')]).optional(),
});
const reportForm = z.object({ reason: fields.requiredText(REPORT_REASON_MAX_LENGTH) });
const hideForm = z.object({ reason: z.string().trim().min(1).max(HIDE_REASON_MAX_LENGTH) });
/** How far either side of a reported post's time the abuse-log lookup reaches. */
const ABUSE_LOOKUP_MINUTES = 5;

function paramsOf<T>(schema: z.ZodType<T>, request: FastifyRequest): T {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw new HttpError(404);
  return parsed.data;
}

function taskView(task: ResearchTask): DiscussionTaskView {
  return {
    slug: task.slug,
    title: task.title,
    description: task.description,
    opens_at: task.opens_at,
    closes_at: task.closes_at,
    discussion_closed_at: task.discussion_closed_at,
  };
}

async function findDiscussion(tx: Tx, slug: string, forMembers: boolean): Promise<ResearchTask> {
  const task = await findTask(tx, slug);
  if (task?.kind !== 'discussion' || (forMembers && task.status === 'draft')) throw new HttpError(404);
  return task;
}

/** The message for a refused post, in the member's language, naming what was found (H3, H4). */
function postProblem(check: Exclude<PostCheck, { ok: true }>, body: string, i18n: Translator): string {
  if (check.problem !== 'identifiers')
    return check.problem === 'empty'
      ? i18n.t('discussion.error.empty')
      : i18n.t('discussion.error.tooLong', { max: POST_MAX_LENGTH, length: [...body.trim()].length });
  const found = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    check.found.map((kind) => i18n.t(`discussion.found.${kind}`)),
  );
  return i18n.t('discussion.error.identifiers', { found, count: check.found.length });
}

/** Members may report others' posts while they can see the discussion and have not restricted processing. */
function canReport(post: PostRow, memberId: string, refusal: Refusal | null): boolean {
  return post.member_id !== memberId && (refusal === null || refusal === 'closed');
}

export async function discussionRoutes(app: FastifyInstance, deps: { db: Database }) {
  const { db } = deps;

  /** What the member's pages show: the task, why the member cannot post (if so) and the threads. */
  async function memberView(tx: Tx, slug: string, member: NonNullable<FastifyRequest['member']>, now: Date) {
    const task = await findDiscussion(tx, slug, true);
    const refusal = await postingRefusal(tx, task, member, now);
    // Outside the audience, or before opening, the posts are not shown; a closed discussion stays readable.
    const showPosts = refusal !== 'not_in_audience' && refusal !== 'not_open_yet';
    const threads: Thread[] = showPosts ? arrangeThreads(await listPosts(tx, task.id)) : [];
    return { task, refusal, showPosts, threads };
  }

  /** The signed-in member with a pseudonym, or a redirect to choose one first (H3). */
  function memberWithPseudonym(request: FastifyRequest, reply: FastifyReply) {
    const organisation = request.organisation!;
    if (!organisation.community_enabled) throw new HttpError(404);
    const member = request.member!;
    if (!member.pseudonym) {
      reply.redirect(`/${organisation.slug}/me/pseudonym`, 303);
      return undefined;
    }
    return { member, pseudonym: member.pseudonym, organisation };
  }

  function threadOf(threads: Thread[], postId: string): Thread | undefined {
    for (const thread of threads) {
      if (thread.post.id === postId) return thread;
      const reply = thread.replies.find((r) => r.id === postId);
      if (reply) return { post: reply, replies: [] };
    }
    return undefined;
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/discussions/:task',
    access: 'member',
    handler: async (request, reply) => {
      const signedIn = memberWithPseudonym(request, reply);
      if (!signedIn) return reply;
      const { task: slug } = paramsOf(taskParams, request);
      const view = await db.forOrganisation(signedIn.organisation.id, (tx) =>
        memberView(tx, slug, signedIn.member, new Date()),
      );
      const notice = memberNotice.safeParse(request.query).data?.notice;
      reply.header('cache-control', 'no-store');
      return reply.page(
        <DiscussionPage
          task={taskView(view.task)}
          memberId={signedIn.member.id}
          pseudonym={signedIn.pseudonym}
          threads={view.threads}
          refusal={view.refusal}
          showPosts={view.showPosts}
          notice={notice ? request.i18n.t(`discussion.${notice}`) : undefined}
        />,
      );
    },
  });

  // A post or a reply (with `parent`). Nothing is stored unless the member may post and the text passes.
  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/discussions/:task',
    access: 'member',
    handler: async (request, reply) => {
      const signedIn = memberWithPseudonym(request, reply);
      if (!signedIn) return reply;
      const { member, pseudonym, organisation } = signedIn;
      const { task: slug } = paramsOf(taskParams, request);
      const form = postForm.safeParse(request.body ?? {});
      if (!form.success) throw new HttpError(400);
      const text = form.data.body;
      const parentId = form.data.parent || null;
      return replyAfterCommit(db, organisation.id, reply, async (tx, reply) => {
        const view = await memberView(tx, slug, member, new Date());
        // Outside the audience or before opening no posts are shown: the refusal answers, not a 404.
        const parent = parentId && view.showPosts ? threadOf(view.threads, parentId) : undefined;
        if (parentId && view.showPosts && (!parent || parent.post.parent_id !== null))
          throw new HttpError(404);
        const render = (status: number, errors: FieldError[]) =>
          parent
            ? reply.page(
                <PostPage
                  task={taskView(view.task)}
                  memberId={member.id}
                  pseudonym={pseudonym}
                  thread={parent}
                  refusal={view.refusal}
                  canReport={canReport(parent.post, member.id, view.refusal)}
                  errors={errors}
                  replyValue={text}
                />,
                status,
              )
            : reply.page(
                <DiscussionPage
                  task={taskView(view.task)}
                  memberId={member.id}
                  pseudonym={pseudonym}
                  threads={view.threads}
                  refusal={view.refusal}
                  showPosts={view.showPosts}
                  errors={errors}
                  value={text}
                />,
                status,
              );
        if (view.refusal) return render(view.refusal === 'closed' ? 410 : 403, []);
        const checked = checkPostBody(text);
        if (!checked.ok)
          return render(400, [{ field: 'body', message: postProblem(checked, text, request.i18n) }]);
        const post = await insertPost(tx, {
          organisationId: organisation.id,
          taskId: view.task.id,
          parentId,
          memberId: member.id,
          body: checked.body,
        });
        // H8: the client address of a post goes to the abuse log, and nowhere else, exactly as at sign-up.
        await recordClientAddress(tx, organisation.id, 'post', request.ip);
        return reply.redirect(
          `/${organisation.slug}/me/discussions/${slug}?notice=posted#post-${post.id}`,
          303,
        );
      });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/discussions/:task/posts/:post',
    access: 'member',
    handler: async (request, reply) => {
      const signedIn = memberWithPseudonym(request, reply);
      if (!signedIn) return reply;
      const { task: slug, post: postId } = paramsOf(postParams, request);
      const view = await db.forOrganisation(signedIn.organisation.id, (tx) =>
        memberView(tx, slug, signedIn.member, new Date()),
      );
      if (!view.showPosts) throw new HttpError(403);
      const thread = threadOf(view.threads, postId);
      if (!thread) throw new HttpError(404);
      reply.header('cache-control', 'no-store');
      return reply.page(
        <PostPage
          task={taskView(view.task)}
          memberId={signedIn.member.id}
          pseudonym={signedIn.pseudonym}
          thread={thread}
          refusal={view.refusal}
          canReport={canReport(thread.post, signedIn.member.id, view.refusal)}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/discussions/:task/posts/:post/report',
    access: 'member',
    handler: async (request, reply) => {
      const signedIn = memberWithPseudonym(request, reply);
      if (!signedIn) return reply;
      const { member, pseudonym, organisation } = signedIn;
      const { task: slug, post: postId } = paramsOf(postParams, request);
      const form = parseForm(reportForm, request.body, request.i18n);
      return replyAfterCommit(db, organisation.id, reply, async (tx, reply) => {
        const view = await memberView(tx, slug, member, new Date());
        if (!view.showPosts) throw new HttpError(403);
        const thread = threadOf(view.threads, postId);
        if (!thread) throw new HttpError(404);
        if (!canReport(thread.post, member.id, view.refusal)) throw new HttpError(403);
        if (!form.ok)
          return reply.page(
            <PostPage
              task={taskView(view.task)}
              memberId={member.id}
              pseudonym={pseudonym}
              thread={thread}
              refusal={view.refusal}
              canReport
              errors={form.errors}
              reasonValue={form.values.reason}
            />,
            400,
          );
        await reportPost(tx, {
          organisationId: organisation.id,
          postId,
          memberId: member.id,
          reason: form.data.reason,
        });
        return reply.redirect(
          `/${organisation.slug}/me/discussions/${slug}?notice=reported#post-${postId}`,
          303,
        );
      });
    },
  });

  // ——— The moderator's console ———

  async function moderationView(tx: Tx, task: ResearchTask) {
    const posts = await listPosts(tx, task.id);
    const reports = (await listOpenReports(tx, task.id)).map((report) => ({
      ...report,
      author: posts.find((post) => post.id === report.post_id)?.pseudonym ?? null,
    }));
    return { threads: arrangeThreads(posts), reports };
  }

  const staffActor = (request: FastifyRequest) => ({ type: 'staff' as const, id: request.staff!.id });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/discussions/:task',
    access: 'discussions.moderate',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { task: slug } = paramsOf(taskParams, request);
      const data = await db.forOrganisation(organisation.id, async (tx) => {
        const task = await findDiscussion(tx, slug, false);
        // Posts are pseudonymous personal data: a moderator's reading of them is recorded.
        await audit(tx, {
          organisationId: organisation.id,
          actor: staffActor(request),
          permission: 'discussions.moderate',
          action: 'discussion.view',
          details: { task: task.id },
        });
        return { task, ...(await moderationView(tx, task)) };
      });
      const done = moderationDone.safeParse(request.query).data?.done;
      reply.header('cache-control', 'no-store');
      return reply.page(
        <ModerationPage
          task={taskView(data.task)}
          state={discussionState(data.task, new Date())}
          threads={data.threads}
          reports={data.reports}
          notice={done ? request.i18n.t(`discussionConsole.done.${done}`) : undefined}
        />,
      );
    },
  });

  for (const action of ['pin', 'unpin', 'hide', 'unhide'] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/:org/console/discussions/:task/posts/:post/${action}`,
      access: 'discussions.moderate',
      handler: async (request, reply) => {
        const organisation = request.organisation!;
        const { task: slug, post: postId } = paramsOf(postParams, request);
        const hide = action === 'hide' ? hideForm.safeParse(request.body ?? {}) : undefined;
        return replyAfterCommit(db, organisation.id, reply, async (tx, reply) => {
          const task = await findDiscussion(tx, slug, false);
          const post = await findPost(tx, task.id, postId);
          if (!post) throw new HttpError(404);
          // Only posts, not replies, are pinned: pinned posts lead the discussion.
          if ((action === 'pin' || action === 'unpin') && post.parent_id !== null) throw new HttpError(400);
          if (hide && !hide.success) {
            const field = `hide-reason-${post.id}`;
            const message = request.i18n.t('discussionConsole.error.hideReason', {
              max: HIDE_REASON_MAX_LENGTH,
            });
            const reason = (request.body as Record<string, unknown> | undefined)?.reason;
            return reply.page(
              <ModerationPage
                task={taskView(task)}
                state={discussionState(task, new Date())}
                {...(await moderationView(tx, task))}
                errors={[{ field, message }]}
                hideValue={{ postId: post.id, reason: typeof reason === 'string' ? reason : '' }}
              />,
              400,
            );
          }
          const now = new Date();
          if (action === 'pin') await setPinned(tx, post.id, now);
          if (action === 'unpin') await setPinned(tx, post.id, null);
          if (action === 'unhide') await unhidePost(tx, post.id);
          if (hide?.success)
            await hidePost(tx, {
              postId: post.id,
              reason: hide.data.reason,
              staffId: request.staff!.id,
              now,
            });
          await audit(tx, {
            organisationId: organisation.id,
            actor: staffActor(request),
            permission: 'discussions.moderate',
            action: `discussion.${action}`,
            subjectMemberId: post.member_id,
            details: { task: task.id, post: post.id, ...(hide?.success ? { reason: hide.data.reason } : {}) },
          });
          return reply.redirect(
            `/${organisation.slug}/console/discussions/${slug}?done=${action}#post-${post.id}`,
            303,
          );
        });
      },
    });
  }

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/discussions/:task/close',
    access: 'discussions.moderate',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { task: slug } = paramsOf(taskParams, request);
      return replyAfterCommit(db, organisation.id, reply, async (tx, reply) => {
        const task = await findDiscussion(tx, slug, false);
        await closeDiscussion(tx, task.id, new Date());
        await audit(tx, {
          organisationId: organisation.id,
          actor: staffActor(request),
          permission: 'discussions.moderate',
          action: 'discussion.close',
          details: { task: task.id },
        });
        return reply.redirect(`/${organisation.slug}/console/discussions/${slug}?done=close`, 303);
      });
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/discussions/:task/reports/:report/resolve',
    access: 'discussions.moderate',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { task: slug, report: reportId } = paramsOf(reportParams, request);
      return replyAfterCommit(db, organisation.id, reply, async (tx, reply) => {
        const task = await findDiscussion(tx, slug, false);
        const report = await findReport(tx, task.id, reportId);
        if (!report) throw new HttpError(404);
        await resolveReport(tx, report.id, request.staff!.id, new Date());
        await audit(tx, {
          organisationId: organisation.id,
          actor: staffActor(request),
          permission: 'discussions.moderate',
          action: 'discussion.report_resolve',
          subjectMemberId: report.member_id,
          details: { task: task.id, post: report.post_id, report: report.id },
        });
        return reply.redirect(`/${organisation.slug}/console/discussions/${slug}?done=resolve`, 303);
      });
    },
  });

  // H8: the abuse log is read only to resolve abuse — here, only from a member's report of a post, only
  // with the abuse-investigation right, only post events around the post's time, and audited.
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/discussions/:task/reports/:report/abuse-log',
    access: 'abuse.investigate',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { task: slug, report: reportId } = paramsOf(reportParams, request);
      const rows = await db.forOrganisation(organisation.id, async (tx) => {
        const task = await findDiscussion(tx, slug, false);
        const report = await findReport(tx, task.id, reportId);
        if (!report) throw new HttpError(404);
        await audit(tx, {
          organisationId: organisation.id,
          actor: staffActor(request),
          permission: 'abuse.investigate',
          action: 'abuse_log.read',
          subjectMemberId: report.member_id,
          details: { task: task.id, post: report.post_id, report: report.id },
        });
        const postedAt = new Date(report.posted_at).getTime();
        const window = ABUSE_LOOKUP_MINUTES * 60_000;
        return readAbuseLog(tx, {
          event: 'post',
          between: { from: new Date(postedAt - window), to: new Date(postedAt + window) },
        });
      });
      reply.header('cache-control', 'no-store');
      return reply.page(<AbuseLogPage rows={rows} retentionDays={organisation.abuse_log_retention_days} />);
    },
  });
}
