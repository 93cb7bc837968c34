import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type FormProblem,
  formValues,
  nextPage,
  previousPage,
  problemMessage,
  problemsUpTo,
} from '../feedback/feedback-form.ts';
import { isProcessingRestricted } from '../members/my-data.ts';
import { helsinkiDay } from '../platform/calendar.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import type { FieldError } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { replyAfterCommit } from '../platform/http/reply-after-commit.ts';
import type { SignedInMember } from '../platform/http/request-context.tsx';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { checkAnswers } from '../surveys/answer-validation.ts';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { findSurvey, findVersion } from '../surveys/survey-repository.ts';
import { surveyLanguage, textIn } from '../surveys/survey-text.ts';
import { memberInAudience } from './audience.ts';
import {
  findProjectById,
  findTask,
  isTaskOpen,
  listTasks,
  type ResearchTask,
} from './research-repository.ts';
import {
  findMemberAnswer,
  inProgressTaskIds,
  lockAnswering,
  type MemberAnswer,
  publishedSummaries,
  quotaFull,
  saveProgress,
  submitAnswer,
  submittedAnswersOf,
} from './task-answer-repository.ts';
import {
  closesSoon,
  mergePage,
  refusalStatus,
  savedValues,
  type TaskRefusal,
  taskRefusal,
} from './task-answering.ts';
import { MyTasksPage, type OpenTaskCard, TaskFormPage, TaskRefusedPage } from './task-member-pages.tsx';

/**
 * The member's research tasks (issue 6; H3, H4, E10): `/:org/me/tasks` lists what is open for them, what
 * they have done and what happened with the results; `/:org/me/tasks/:task` answers a survey task page
 * by page without JavaScript, its progress saved under the member key so it can be paused and resumed.
 * A refused answer (closed, not yet open, not in the audience, already sent, full quota, restricted
 * processing) is a page in the member's language, and nothing is stored.
 */
const taskParams = z.object({ task: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/) });
const pageField = z.coerce.number().int().min(0).max(200);
const notices = ['paused', 'submitted'] as const;

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** Why this member may not answer this task now, read in the transaction that would store the answer. */
export async function refusalFor(
  tx: Tx,
  task: ResearchTask,
  member: { id: string; processing_restricted_at: Date | string | null },
  answer: MemberAnswer | undefined,
  now: Date,
): Promise<TaskRefusal | null> {
  const restricted = isProcessingRestricted(member);
  const submitted = answer?.status === 'submitted';
  // Cheap facts first: the audience and the quota are read only when they can still decide.
  const early = taskRefusal({ task, now, restricted, submitted, inAudience: true, quotaFull: false });
  if (early) return early;
  return taskRefusal({
    task,
    now,
    restricted,
    submitted,
    inAudience: await memberInAudience(tx, task, member.id),
    quotaFull: await quotaFull(tx, task, member.id),
  });
}

export async function researchMemberRoutes(app: FastifyInstance, { db }: { db: Database }) {
  const community = (request: FastifyRequest) => {
    const organisation = request.organisation!;
    if (!organisation.community_enabled) throw new HttpError(404);
    return organisation;
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/tasks',
    access: 'member',
    handler: async (request, reply) => {
      const organisation = community(request);
      const member = request.member!;
      const now = new Date();
      const data = await db.forOrganisation(organisation.id, async (tx) => {
        const restricted = isProcessingRestricted(member);
        const paused = await inProgressTaskIds(tx, member.id);
        const open: OpenTaskCard[] = [];
        if (!restricted) {
          for (const task of await listTasks(tx)) {
            if (!isTaskOpen(task, now)) continue;
            const answer = await findMemberAnswer(tx, task.id, member.id);
            if (await refusalFor(tx, task, member, answer, now)) continue;
            open.push({
              slug: task.slug,
              kind: task.kind,
              title: task.title,
              description: task.description,
              closesAt: task.closes_at,
              paused: paused.has(task.id),
            });
          }
        }
        const done = (await submittedAnswersOf(tx, member.id)).map((row) => ({
          slug: row.slug,
          title: row.title,
          answeredOn: row.answered_on,
        }));
        const summaries = (await publishedSummaries(tx)).flatMap((row) =>
          row.summary ? [{ slug: row.slug, title: row.title, summary: row.summary }] : [],
        );
        return { open, done, summaries, restricted };
      });
      const notice = notices.find((n) => n === (request.query as Record<string, unknown>)?.notice);
      noStore(reply);
      return reply.page(
        <MyTasksPage
          closingSoon={data.open.filter((task) => closesSoon({ closes_at: task.closesAt }, now))}
          open={data.open.filter((task) => !closesSoon({ closes_at: task.closesAt }, now))}
          done={data.done}
          summaries={data.summaries}
          restricted={data.restricted}
          notice={notice ? request.i18n.t(`tasks.notice.${notice}`) : undefined}
        />,
      );
    },
  });

  /** The task, its survey version and the member's saved answer; or the reply that refuses it. */
  async function resolve(tx: Tx, request: FastifyRequest, reply: FastifyReply, now: Date) {
    const organisation = community(request);
    const member: SignedInMember = request.member!;
    const parsed = taskParams.safeParse(request.params);
    const task = parsed.success ? await findTask(tx, parsed.data.task) : undefined;
    if (!task || task.status === 'draft') throw new HttpError(404);
    noStore(reply);
    if (task.kind === 'discussion')
      return { refused: reply.redirect(`/${organisation.slug}/me/discussions/${task.slug}`, 303) };
    const answer = await findMemberAnswer(tx, task.id, member.id);
    const survey = task.survey_id ? await findSurvey(tx, { id: task.survey_id }) : undefined;
    let refusal = await refusalFor(tx, task, member, answer, now);
    // A task whose survey is no longer open takes no answers either.
    if (!refusal && (survey?.status !== 'published' || !survey.current_version_id)) refusal = 'closed';
    if (refusal)
      return {
        refused: reply.page(
          <TaskRefusedPage reason={refusal} taskTitle={task.title} />,
          refusalStatus(refusal),
        ),
      };
    // A resumed answer keeps the version it was started on.
    const version = await findVersion(tx, answer?.surveyVersionId ?? survey!.current_version_id!);
    const project = await findProjectById(tx, task.project_id);
    return {
      task,
      member,
      answer,
      version,
      noticePath: `/${organisation.slug}/privacy/${project?.register_slug ?? ''}`,
    };
  }

  /** Shows the survey in a language it is published in, whatever the reader asked for. */
  function useSurveyLanguage(request: FastifyRequest, survey: SurveyVersion) {
    const language = surveyLanguage(survey, request.i18n.language);
    if (language !== request.i18n.language) request.i18n = translator(language);
  }

  function fieldErrors(request: FastifyRequest, problems: FormProblem[]): FieldError[] {
    const seen = new Set<string>();
    return problems.flatMap((problem) => {
      if (seen.has(problem.field)) return [];
      seen.add(problem.field);
      const { key, values } = problemMessage(problem);
      const question = problem.question ? textIn(problem.question.text, request.i18n.language) : '';
      const message = request.i18n.t(key, values);
      return [{ field: problem.field, message: question ? `${question}: ${message}` : message }];
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/tasks/:task',
    access: 'member',
    handler: (request, outer) =>
      replyAfterCommit(db, request.organisation!.id, outer, async (tx, reply) => {
        const found = await resolve(tx, request, reply, new Date());
        if ('refused' in found) return found.refused;
        const survey = found.version.definition;
        useSurveyLanguage(request, survey);
        const values = savedValues(found.answer?.answers);
        const page = Math.min(found.answer?.page ?? 0, survey.pages.length - 1);
        return reply.page(
          <TaskFormPage
            taskSlug={found.task.slug}
            taskTitle={found.task.title}
            description={found.task.description}
            noticePath={found.noticePath}
            survey={survey}
            page={page}
            values={values}
            errors={[]}
            shuffleSeed={found.member.id}
          />,
        );
      }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/tasks/:task',
    access: 'member',
    rateLimitPerMinute: 120,
    handler: (request, outer) =>
      replyAfterCommit(db, request.organisation!.id, outer, async (tx, reply) => {
        const now = new Date();
        // One member's posts to one task are decided one at a time (a double click sends once).
        await lockAnswering(
          tx,
          `${String((request.params as { task?: unknown }).task)}:${request.member!.id}`,
        );
        const found = await resolve(tx, request, reply, now);
        if ('refused' in found) return found.refused;
        const { task, member, version } = found;
        const survey = version.definition;
        useSurveyLanguage(request, survey);
        const org = request.organisation!;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const parsedPage = pageField.safeParse(body.page);
        const current = parsedPage.success ? Math.min(parsedPage.data, survey.pages.length - 1) : 0;
        const action = ['back', 'next', 'pause'].includes(String(body.action)) ? String(body.action) : 'send';
        const values = mergePage(survey, current, savedValues(found.answer?.answers), formValues(body));
        const taskUrl = `/${org.slug}/me/tasks/${task.slug}`;
        const progress = (page: number) =>
          saveProgress(tx, {
            organisationId: org.id,
            taskId: task.id,
            memberId: member.id,
            surveyVersionId: version.id,
            page,
            answers: values,
            now,
          });
        const render = (page: number, errors: FieldError[]) =>
          reply.page(
            <TaskFormPage
              taskSlug={task.slug}
              taskTitle={task.title}
              description={task.description}
              noticePath={found.noticePath}
              survey={survey}
              page={page}
              values={values}
              errors={errors}
              shuffleSeed={member.id}
            />,
            400,
          );
        const refusedAt = (problems: FormProblem[]) => {
          const firstPage = Math.min(...problems.map((p) => p.page));
          return render(
            firstPage,
            fieldErrors(
              request,
              problems.filter((p) => p.page === firstPage),
            ),
          );
        };

        if (action === 'pause') {
          await progress(current);
          return reply.redirect(`/${org.slug}/me/tasks?notice=paused`, 303);
        }
        if (action === 'back') {
          await progress(previousPage(survey, current, values));
          return reply.redirect(taskUrl, 303);
        }
        if (action === 'next') {
          const problems = problemsUpTo(survey, current, values);
          if (problems.length) return refusedAt(problems);
          const next = nextPage(survey, current, values);
          if (next !== undefined) {
            await progress(next);
            return reply.redirect(taskUrl, 303);
          }
          // Nothing left to ask: this "next" sends.
        }
        const problems = problemsUpTo(survey, survey.pages.length - 1, values);
        if (problems.length) return refusedAt(problems);
        const check = checkAnswers(survey, values);
        if (!check.ok) throw new Error('A form that passed its page checks failed the whole check.');
        if (task.quota_question_key) {
          // The group's last place goes to one member: sends to a task with a quota are decided in turn.
          await lockAnswering(tx, task.id);
          if (await quotaFull(tx, task, member.id))
            return reply.page(
              <TaskRefusedPage reason="quota_full" taskTitle={task.title} />,
              refusalStatus('quota_full'),
            );
        }
        await submitAnswer(tx, {
          organisationId: org.id,
          taskId: task.id,
          memberId: member.id,
          surveyVersionId: version.id,
          answers: check.answers,
          answeredOn: helsinkiDay(now),
          now,
        });
        return reply.redirect(`/${org.slug}/me/tasks?notice=submitted`, 303);
      }),
  });
}
