import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { shownCount } from '../analytics/suppression.ts';
import type { Config } from '../config.ts';
import { listBackgroundQuestions } from '../members/background-profile.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { type FieldError, parseForm } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { replyAfterCommit } from '../platform/http/reply-after-commit.ts';
import { defineRoute } from '../platform/http/route.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { audienceSize } from './audience-query.ts';
import { audienceFormState, readAudienceForm } from './invite-audience-form.ts';
import { taskMailJobs } from './invite-jobs.ts';
import {
  AudiencePage,
  EmailPreferencesPage,
  InvitePage,
  UnsubscribedPage,
  UnsubscribeInvalidPage,
  UnsubscribePage,
} from './invite-pages.tsx';
import {
  auditReminder,
  invitationCounts,
  inviteAudience,
  isTaskInvitable,
  reminderRecipients,
  saveTaskAudience,
  setTaskEmailFrequency,
  unmailedInvitations,
} from './invite-repository.ts';
import { memberOfUnsubscribeToken } from './invite-unsubscribe.ts';
import { findProject, findTask, listTasks, type ResearchTask } from './research-repository.ts';

/**
 * Audiences and invitations of research tasks (issue 6, research.manage), the member's email preferences,
 * and the unsubscribe link of task mail (RFC 8058 one-click).
 *
 * - `/:org/console/research/:project/tasks/:task/audience`: choose and save the audience; its size is shown
 *   only from the anonymity threshold up (H5), never who is in it (H3).
 * - `/:org/console/research/:project/tasks/:task/invite`: the invitation counts; POST invites the audience
 *   (one insert … select) and queues the mail; `…/remind` queues the one reminder.
 * - `/:org/me/email-preferences`: each task, weekly digest or never.
 * - `/:org/unsubscribe?token=…`: GET asks, POST (one click, no CSRF by design, token required) sets never.
 */
const taskParams = z.object({
  project: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
  task: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
});
const frequencyForm = z.object({
  frequency: z.enum(['each_task', 'weekly', 'never'], { error: 'emailPrefs.invalid' satisfies MessageKey }),
});
const unsubscribeQuery = z.object({ token: z.string().min(20).max(200) });

export async function inviteRoutes(
  app: FastifyInstance,
  deps: { db: Database; jobs: JobQueue; config: Config },
) {
  const { db, jobs, config } = deps;

  /** The task named by the URL, in the request's organisation (404 otherwise). */
  async function taskOf(request: FastifyRequest, tx: Tx) {
    const params = taskParams.safeParse(request.params);
    if (!params.success) throw new HttpError(404);
    const project = await findProject(tx, params.data.project);
    const task = project && (await findTask(tx, params.data.task));
    if (!project || !task || task.project_id !== project.id) throw new HttpError(404);
    const base = `/${request.organisation!.slug}/console/research/${project.slug}/tasks/${task.slug}`;
    return { task, ref: { title: task.title, base } };
  }

  async function choices(tx: Tx, task: ResearchTask) {
    return {
      questions: await listBackgroundQuestions(tx),
      otherTasks: (await listTasks(tx))
        .filter((other) => other.id !== task.id)
        .map((other) => ({ id: other.id, title: other.title })),
    };
  }

  const k = (request: FastifyRequest) => request.organisation!.anonymity_threshold;

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/research/:project/tasks/:task/audience',
    access: 'research.manage',
    handler: async (request, reply) => {
      const data = await db.forOrganisation(request.organisation!.id, async (tx) => {
        const { task, ref } = await taskOf(request, tx);
        return { task, ref, ...(await choices(tx, task)), size: await audienceSize(tx, task.audience) };
      });
      return reply.page(
        <AudiencePage
          task={data.ref}
          questions={data.questions}
          otherTasks={data.otherTasks}
          state={audienceFormState(data.task.audience)}
          size={shownCount(data.size, k(request))}
          preview={false}
          saved={(request.query as { saved?: unknown }).saved === '1'}
          errors={[]}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/research/:project/tasks/:task/audience',
    access: 'research.manage',
    handler: async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      return replyAfterCommit(db, request.organisation!.id, reply, async (tx, held) => {
        const { task, ref } = await taskOf(request, tx);
        const { questions, otherTasks } = await choices(tx, task);
        const form = readAudienceForm(
          body,
          questions,
          otherTasks.map((other) => other.id),
        );
        const page = (props: { size: number; preview: boolean; errors: FieldError[] }, status = 200) =>
          held.page(
            <AudiencePage
              task={ref}
              questions={questions}
              otherTasks={otherTasks}
              state={form.state}
              size={shownCount(props.size, k(request))}
              preview={props.preview}
              saved={false}
              errors={props.errors}
            />,
            status,
          );
        // Bad input saves nothing: the form comes back with what was chosen and what to fix.
        if (!form.ok)
          return page(
            { size: await audienceSize(tx, task.audience), preview: false, errors: form.errors },
            400,
          );
        if (form.action === 'preview')
          return page({ size: await audienceSize(tx, form.audience), preview: true, errors: [] });
        await saveTaskAudience(tx, task, form.audience, request.staff!.id);
        return held.redirect(`${ref.base}/audience?saved=1`, 303);
      });
    },
  });

  async function invitePage(
    request: FastifyRequest,
    tx: Tx,
    extra: { notice?: string | undefined; problem?: string | undefined } = {},
  ) {
    const { task, ref } = await taskOf(request, tx);
    const counts = await invitationCounts(tx, task.id);
    const threshold = k(request);
    return (
      <InvitePage
        task={ref}
        audience={task.audience}
        {...(await choices(tx, task))}
        size={shownCount(await audienceSize(tx, task.audience), threshold)}
        counts={{
          invited: shownCount(counts.invited, threshold),
          emailed: shownCount(counts.emailed, threshold),
          reminded: shownCount(counts.reminded, threshold),
        }}
        invitable={isTaskInvitable(task, new Date())}
        {...extra}
      />
    );
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/research/:project/tasks/:task/invite',
    access: 'research.manage',
    handler: async (request, reply) => {
      const { t } = request.i18n;
      const query = z
        .object({ sent: z.coerce.number().int().min(0).optional(), reminded: z.enum(['0', '1']).optional() })
        .safeParse(request.query).data;
      const sent = query?.sent === undefined ? undefined : shownCount(query.sent, k(request));
      const notice =
        sent === undefined
          ? query?.reminded === '1'
            ? t('invite.page.reminded')
            : query?.reminded === '0'
              ? t('invite.page.remindedNone')
              : undefined
          : query?.sent === 0
            ? t('invite.page.sentNone')
            : sent.shown
              ? t('invite.page.sent', { count: sent.count })
              : t('invite.page.sentBelowK', { k: sent.k });
      const page = await db.forOrganisation(request.organisation!.id, (tx) =>
        invitePage(request, tx, { notice }),
      );
      return reply.page(page);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/research/:project/tasks/:task/invite',
    access: 'research.manage',
    handler: async (request, reply) => {
      const { t } = request.i18n;
      const organisation = request.organisation!;
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        const { task, ref } = await taskOf(request, tx);
        if (!isTaskInvitable(task, new Date()))
          return { refused: await invitePage(request, tx, { problem: t('invite.page.notOpen') }) };
        // H5: no invitations to a group so small that its members could be singled out.
        const size = shownCount(await audienceSize(tx, task.audience), k(request));
        if (!size.shown)
          return {
            refused: await invitePage(request, tx, { problem: t('invite.page.belowK', { k: size.k }) }),
          };
        const invited = await inviteAudience(tx, task, request.staff!.id);
        const stuck = await unmailedInvitations(tx, task.id, new Date());
        return { task, ref, invited, mail: [...new Set([...invited.mailNow, ...stuck])] };
      });
      if ('refused' in outcome) return reply.page(outcome.refused, 400);
      // Committed: the mail is queued in batches of member keys; the workers read the addresses when sending.
      await jobs.queueTaskMail(taskMailJobs(organisation.id, outcome.task.id, 'invitation', outcome.mail));
      return reply.redirect(`${outcome.ref.base}/invite?sent=${outcome.invited.invited}`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/research/:project/tasks/:task/remind',
    access: 'research.manage',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        const { task, ref } = await taskOf(request, tx);
        if (!isTaskInvitable(task, new Date()))
          return {
            refused: await invitePage(request, tx, { problem: request.i18n.t('invite.page.notOpen') }),
          };
        const memberIds = await reminderRecipients(tx, task.id);
        await auditReminder(tx, task, request.staff!.id, memberIds.length);
        return { task, ref, memberIds };
      });
      if ('refused' in outcome) return reply.page(outcome.refused, 400);
      await jobs.queueTaskMail(taskMailJobs(organisation.id, outcome.task.id, 'reminder', outcome.memberIds));
      return reply.redirect(
        `${outcome.ref.base}/invite?reminded=${outcome.memberIds.length > 0 ? 1 : 0}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/email-preferences',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      return reply.page(
        <EmailPreferencesPage
          frequency={member.task_email_frequency}
          saved={(request.query as { saved?: unknown }).saved === '1'}
          errors={[]}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/email-preferences',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const form = parseForm(frequencyForm, request.body, request.i18n);
      if (!form.ok)
        return reply.page(
          <EmailPreferencesPage
            frequency={member.task_email_frequency}
            saved={false}
            errors={[{ field: 'frequency', message: 'emailPrefs.invalid' }]}
          />,
          400,
        );
      await db.forOrganisation(member.organisation_id, (tx) =>
        setTaskEmailFrequency(tx, member.id, form.data.frequency),
      );
      return reply.redirect(`/${request.organisation!.slug}/me/email-preferences?saved=1`, 303);
    },
  });

  await app.register(async (scope) => {
    // RFC 8058: a mail provider's one-click POST may come as multipart/form-data; its body is not needed.
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string', bodyLimit: 4096 },
      (_r, _b, done) => done(null, {}),
    );
    const valid = (request: FastifyRequest) => {
      const organisation = request.organisation!;
      if (!organisation.community_enabled) throw new HttpError(404);
      const query = unsubscribeQuery.safeParse(request.query);
      if (!query.success) return undefined;
      const member = memberOfUnsubscribeToken(config.secret, organisation.id, query.data.token);
      return member ? { member, token: query.data.token } : undefined;
    };

    defineRoute(scope, {
      method: 'GET',
      url: '/:org/unsubscribe',
      access: 'public',
      handler: async (request, reply) => {
        const query = valid(request);
        reply.header('cache-control', 'no-store');
        if (!query) return reply.page(<UnsubscribeInvalidPage />, 400);
        // Only a page with a button: a link scanner that follows the link changes nothing.
        const action = `/${request.organisation!.slug}/unsubscribe?token=${encodeURIComponent(query.token)}`;
        return reply.page(<UnsubscribePage action={action} />);
      },
    });

    defineRoute(scope, {
      method: 'POST',
      url: '/:org/unsubscribe',
      access: 'public',
      // The link's keyed token is what authorises this POST (RFC 8058 one-click comes without a form).
      withoutCsrfForOneClickUnsubscribe: true,
      handler: async (request, reply) => {
        const query = valid(request);
        reply.header('cache-control', 'no-store');
        if (!query) return reply.page(<UnsubscribeInvalidPage />, 400);
        await db.forOrganisation(request.organisation!.id, (tx) =>
          setTaskEmailFrequency(tx, query.member, 'never'),
        );
        return reply.page(<UnsubscribedPage />);
      },
    });
  });
}
