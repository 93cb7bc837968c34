import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type {
  LanguageCode,
  LocalisedText,
  ResearchProjectsTable,
  ResearchTasksTable,
  TaskAudience,
} from '../platform/db/schema.ts';

/**
 * Research projects and their tasks (issue 6): the queries every part of community research shares —
 * the console, the member's tasks, invitations and discussions. Row-level security scopes them to the
 * transaction's organisation.
 */
export type ResearchProject = Selectable<ResearchProjectsTable>;
export type ResearchTask = Selectable<ResearchTasksTable>;

export interface NewProject {
  organisationId: string;
  slug: string;
  title: LocalisedText;
  purpose: LocalisedText;
  registerSlug: string;
  analysisPeriodDays?: number;
  createdBy: string | null;
}

export async function createProject(tx: Tx, input: NewProject): Promise<ResearchProject> {
  return tx
    .insertInto('research_projects')
    .values({
      organisation_id: input.organisationId,
      slug: input.slug,
      title: JSON.stringify(input.title),
      purpose: JSON.stringify(input.purpose),
      register_slug: input.registerSlug,
      ...(input.analysisPeriodDays === undefined ? {} : { analysis_period_days: input.analysisPeriodDays }),
      // The secret of this project's export pseudonyms: random, so no other project's can be derived from it.
      export_key: randomBytes(32).toString('base64url'),
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findProject(tx: Tx, slug: string): Promise<ResearchProject | undefined> {
  return tx.selectFrom('research_projects').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findProjectById(tx: Tx, id: string): Promise<ResearchProject | undefined> {
  return tx.selectFrom('research_projects').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listProjects(tx: Tx): Promise<ResearchProject[]> {
  return tx.selectFrom('research_projects').selectAll().orderBy('created_at', 'desc').execute();
}

export interface NewTask {
  organisationId: string;
  projectId: string;
  slug: string;
  kind: 'survey' | 'discussion';
  title: LocalisedText;
  description: LocalisedText;
  /** A survey task's survey (kind 'research'). */
  surveyId?: string | null;
  languages: LanguageCode[];
  opensAt: Date;
  closesAt: Date;
  audience?: TaskAudience;
  targetParticipants?: number | null;
  quota?: { questionKey: string; perGroup: number } | null;
}

export async function createTask(tx: Tx, input: NewTask): Promise<ResearchTask> {
  return tx
    .insertInto('research_tasks')
    .values({
      organisation_id: input.organisationId,
      project_id: input.projectId,
      slug: input.slug,
      kind: input.kind,
      title: JSON.stringify(input.title),
      description: JSON.stringify(input.description),
      survey_id: input.surveyId ?? null,
      languages: JSON.stringify(input.languages),
      opens_at: input.opensAt,
      closes_at: input.closesAt,
      audience: JSON.stringify(input.audience ?? { kind: 'all' }),
      target_participants: input.targetParticipants ?? null,
      quota_question_key: input.quota?.questionKey ?? null,
      quota_per_group: input.quota?.perGroup ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findTask(tx: Tx, slug: string): Promise<ResearchTask | undefined> {
  return tx.selectFrom('research_tasks').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findTaskById(tx: Tx, id: string): Promise<ResearchTask | undefined> {
  return tx.selectFrom('research_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTasks(tx: Tx, projectId?: string): Promise<ResearchTask[]> {
  let query = tx.selectFrom('research_tasks').selectAll().orderBy('opens_at');
  if (projectId) query = query.where('project_id', '=', projectId);
  return query.execute();
}

export async function setTaskStatus(tx: Tx, taskId: string, status: 'draft' | 'published' | 'closed') {
  await tx.updateTable('research_tasks').set({ status }).where('id', '=', taskId).execute();
}

/** Whether a task takes answers or posts at `now`: published, and between its opening and closing. */
export function isTaskOpen(
  task: Pick<ResearchTask, 'status' | 'opens_at' | 'closes_at'>,
  now: Date,
): boolean {
  return task.status === 'published' && task.opens_at <= now && now < task.closes_at;
}
