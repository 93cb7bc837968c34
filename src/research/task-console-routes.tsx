import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listBackgroundQuestions } from '../members/background-profile.ts';
import { helsinkiDay } from '../platform/calendar.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import type { FieldError } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { type AuditAction, audit } from '../privacy/audit-log.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';
import { createSurvey, findSurvey } from '../surveys/survey-repository.ts';
import {
  createProject,
  createTask,
  findProject,
  findTask,
  listProjects,
  listTasks,
  type ResearchProject,
  setTaskStatus,
} from './research-repository.ts';
import {
  type FormBody,
  type Issue,
  readProject,
  readSummary,
  readTask,
  researchRegisters,
  toHelsinkiLocal,
} from './task-console-forms.ts';
import { type ProjectForm, ProjectPage, ResearchListPage } from './task-console-pages.tsx';
import { answerCounts, closeProject, publishSummary } from './task-console-repository.ts';

/**
 * The research console (research.manage): `/:org/console/research` lists projects and creates one;
 * `/:org/console/research/:project` shows its tasks, creates, publishes and closes them, publishes the
 * project's summary and closes the project. Every change is audited in its transaction.
 */
const ACCESS = 'research.manage' as const;
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);
const projectParams = z.object({ project: slug });
const taskParams = projectParams.extend({ task: slug });
const notices = [
  'created',
  'taskCreated',
  'taskPublished',
  'taskClosed',
  'projectClosed',
  'summaryPublished',
] as const;

const bodyOf = (request: FastifyRequest): FormBody =>
  request.body && typeof request.body === 'object' ? (request.body as FormBody) : {};

/** Thrown inside the transaction when a post is refused: nothing it did is kept, the page shows why. */
class Refusal extends Error {
  constructor(
    readonly form: ProjectForm | 'project',
    readonly issues: Issue[],
    readonly values?: FormBody,
  ) {
    super('The post was refused.');
  }
}

export async function researchConsoleRoutes(app: FastifyInstance, { db }: { db: Database }) {
  const inOrganisation = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) =>
    db.forOrganisation(request.organisation!.id, fn);
  const base = (request: FastifyRequest) => `/${request.organisation!.slug}/console/research`;

  const noticeOf = (request: FastifyRequest): string | undefined => {
    const notice = (request.query as Record<string, unknown> | undefined)?.notice;
    const found = notices.find((n) => n === notice);
    return found ? request.i18n.t(`research.notice.${found}` as MessageKey) : undefined;
  };
  const errorsOf = (request: FastifyRequest, issues: Issue[]): FieldError[] =>
    issues.map((issue) => ({ field: issue.field, message: request.i18n.t(issue.key, issue.values) }));

  const auditChange = (
    tx: Tx,
    request: FastifyRequest,
    action: AuditAction,
    details: Record<string, string>,
  ) =>
    audit(tx, {
      organisationId: request.organisation!.id,
      actor: { type: 'staff', id: request.staff!.id },
      permission: ACCESS,
      action,
      details,
    });

  async function researchRegisterChoices(tx: Tx) {
    return researchRegisters(await registersInForce(tx)).map((r) => ({ slug: r.slug, title: r.title }));
  }

  async function showList(request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) {
    const data = await inOrganisation(request, async (tx) => ({
      projects: await listProjects(tx),
      registers: await researchRegisterChoices(tx),
    }));
    const notice = refusal ? undefined : noticeOf(request);
    return reply.page(
      <ResearchListPage
        {...data}
        {...(notice ? { notice } : {})}
        {...(refusal ? { errors: errorsOf(request, refusal.issues), values: refusal.values ?? {} } : {})}
      />,
      refusal ? 400 : 200,
    );
  }

  async function loadProject(tx: Tx, request: FastifyRequest): Promise<ResearchProject> {
    const parsed = projectParams.safeParse(request.params);
    const project = parsed.success ? await findProject(tx, parsed.data.project) : undefined;
    if (!project) throw new HttpError(404);
    return project;
  }

  async function showProject(request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) {
    const data = await inOrganisation(request, async (tx) => {
      const project = await loadProject(tx, request);
      const counts = await answerCounts(tx, project.id);
      const tasks = [];
      for (const task of await listTasks(tx, project.id)) {
        const survey = task.survey_id ? await findSurvey(tx, { id: task.survey_id }) : undefined;
        tasks.push({
          task,
          survey: survey ? { slug: survey.slug, status: survey.status } : null,
          ...(counts.get(task.id) ?? { submitted: 0, inProgress: 0 }),
        });
      }
      const questions = (await listBackgroundQuestions(tx)).map((q) => ({ key: q.key, text: q.text }));
      return { project, tasks, questions };
    });
    const now = new Date();
    const defaults = {
      opensAt: toHelsinkiLocal(now),
      closesAt: toHelsinkiLocal(new Date(now.getTime() + 14 * 24 * 3600_000)),
    };
    const notice = refusal ? undefined : noticeOf(request);
    const form = refusal && refusal.form !== 'project' ? refusal.form : undefined;
    return reply.page(
      <ProjectPage
        {...data}
        defaults={defaults}
        notice={notice}
        {...(refusal && form
          ? {
              refused: {
                form,
                errors: errorsOf(request, refusal.issues),
                ...(refusal.values ? { values: refusal.values } : {}),
              },
            }
          : {})}
      />,
      refusal ? 400 : 200,
    );
  }

  /** Runs a change; a Refusal rolls it back and shows the page again with why. */
  async function change(
    request: FastifyRequest,
    reply: FastifyReply,
    fn: (tx: Tx) => Promise<string>,
    onRefusal: (refusal: Refusal) => Promise<unknown>,
  ) {
    try {
      const to = await inOrganisation(request, fn);
      return reply.redirect(to, 303);
    } catch (error) {
      if (error instanceof Refusal) return onRefusal(error);
      throw error;
    }
  }

  const get = (url: string, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    defineRoute(app, { method: 'GET', url: `/:org/console/research${url}`, access: ACCESS, handler });
  const post = (url: string, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    defineRoute(app, { method: 'POST', url: `/:org/console/research${url}`, access: ACCESS, handler });

  get('', (request, reply) => showList(request, reply));

  post('', (request, reply) => {
    const body = bodyOf(request);
    return change(
      request,
      reply,
      async (tx) => {
        const registers = await researchRegisterChoices(tx);
        const read = readProject(
          body,
          registers.map((r) => r.slug),
        );
        if (!read.ok) throw new Refusal('project', read.issues, body);
        if (await findProject(tx, read.data.slug))
          throw new Refusal('project', [{ field: 'slug', key: 'research.error.slugTaken' }], body);
        const project = await createProject(tx, {
          organisationId: request.organisation!.id,
          ...read.data,
          createdBy: request.staff!.id,
        });
        await auditChange(tx, request, 'research.project_create', { project: project.slug });
        return `${base(request)}/${project.slug}?notice=created`;
      },
      (refusal) => showList(request, reply, refusal),
    );
  });

  get('/:project', (request, reply) => showProject(request, reply));

  post('/:project/tasks', (request, reply) => {
    const body = bodyOf(request);
    return change(
      request,
      reply,
      async (tx) => {
        const project = await loadProject(tx, request);
        if (project.status !== 'open') throw new HttpError(400);
        const keys = (await listBackgroundQuestions(tx)).map((q) => q.key);
        const read = readTask(body, keys);
        if (!read.ok) throw new Refusal('task', read.issues, body);
        const form = read.data;
        const taken = [{ field: 'slug', key: 'research.error.slugTaken' as const }];
        if (await findTask(tx, form.slug)) throw new Refusal('task', taken, body);
        let surveyId: string | null = null;
        if (form.kind === 'survey') {
          // The task's survey: kind 'research', built in the survey builder under the task's key.
          if (await findSurvey(tx, { slug: form.slug })) throw new Refusal('task', taken, body);
          const survey = await createSurvey(tx, {
            organisationId: request.organisation!.id,
            slug: form.slug,
            kind: 'research',
            draft: {
              title: Object.fromEntries(form.languages.map((l) => [l, form.title[l]])),
              languages: form.languages,
              pages: [{ questions: [] }],
            },
          });
          surveyId = survey.id;
        }
        const task = await createTask(tx, {
          organisationId: request.organisation!.id,
          projectId: project.id,
          slug: form.slug,
          kind: form.kind,
          title: form.title,
          description: form.description,
          surveyId,
          languages: form.languages,
          opensAt: form.opensAt,
          closesAt: form.closesAt,
          audience: form.audience,
          targetParticipants: form.targetParticipants,
          quota: form.quota,
        });
        await auditChange(tx, request, 'research.task_create', { project: project.slug, task: task.slug });
        return `${base(request)}/${project.slug}?notice=taskCreated`;
      },
      (refusal) => showProject(request, reply, refusal),
    );
  });

  for (const [action, status, notice, auditAction] of [
    ['publish', 'published', 'taskPublished', 'research.task_publish'],
    ['close', 'closed', 'taskClosed', 'research.task_close'],
  ] as const) {
    post(`/:project/tasks/:task/${action}`, (request, reply) =>
      change(
        request,
        reply,
        async (tx) => {
          const project = await loadProject(tx, request);
          const parsed = taskParams.safeParse(request.params);
          const task = parsed.success ? await findTask(tx, parsed.data.task) : undefined;
          if (!task || task.project_id !== project.id) throw new HttpError(404);
          if (action === 'publish') {
            if (project.status !== 'open') throw new HttpError(400);
            const survey = task.survey_id ? await findSurvey(tx, { id: task.survey_id }) : undefined;
            if (task.kind === 'survey' && survey?.status !== 'published')
              throw new Refusal('publish', [
                { field: `publish-${task.slug}`, key: 'research.error.surveyNotPublished' },
              ]);
          }
          await setTaskStatus(tx, task.id, status);
          await auditChange(tx, request, auditAction, { project: project.slug, task: task.slug });
          return `${base(request)}/${project.slug}?notice=${notice}`;
        },
        (refusal) => showProject(request, reply, refusal),
      ),
    );
  }

  post('/:project/close', (request, reply) =>
    change(
      request,
      reply,
      async (tx) => {
        const project = await loadProject(tx, request);
        await closeProject(tx, project.id, helsinkiDay(new Date()));
        await auditChange(tx, request, 'research.project_close', { project: project.slug });
        return `${base(request)}/${project.slug}?notice=projectClosed`;
      },
      (refusal) => showProject(request, reply, refusal),
    ),
  );

  post('/:project/summary', (request, reply) => {
    const body = bodyOf(request);
    return change(
      request,
      reply,
      async (tx) => {
        const project = await loadProject(tx, request);
        const read = readSummary(body);
        if (!read.ok) throw new Refusal('summary', read.issues, body);
        await publishSummary(tx, project.id, read.data, new Date());
        await auditChange(tx, request, 'research.summary_publish', { project: project.slug });
        return `${base(request)}/${project.slug}?notice=summaryPublished#summary`;
      },
      (refusal) => showProject(request, reply, refusal),
    );
  });
}
