import { sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { AnswerValue } from '../surveys/answer-validation.ts';
import type { ResearchTask } from './research-repository.ts';

/**
 * Research answers (H3, H4): stored under the pseudonymous member key only — no email, no name, no
 * address; the table has no column for one. A paused answer keeps its page and the form values so far.
 */
export interface MemberAnswer {
  id: string;
  surveyVersionId: string;
  status: 'in_progress' | 'submitted';
  page: number;
  answers: Record<string, unknown>;
  answeredOn: string | null;
}

export async function findMemberAnswer(
  tx: Tx,
  taskId: string,
  memberId: string,
): Promise<MemberAnswer | undefined> {
  const row = await tx
    .selectFrom('research_answers')
    .select(['id', 'survey_version_id', 'status', 'page', 'answers', 'answered_on'])
    .where('task_id', '=', taskId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      surveyVersionId: row.survey_version_id,
      status: row.status,
      page: row.page,
      answers: row.answers,
      answeredOn: row.answered_on,
    }
  );
}

export interface Progress {
  organisationId: string;
  taskId: string;
  memberId: string;
  surveyVersionId: string;
  page: number;
  answers: Record<string, string[]>;
  now: Date;
}

/** Saves a paused or unfinished answer (status in_progress), creating it at the first page posted. */
export async function saveProgress(tx: Tx, progress: Progress): Promise<void> {
  const updated = await tx
    .updateTable('research_answers')
    .set({ page: progress.page, answers: JSON.stringify(progress.answers), updated_at: progress.now })
    .where('task_id', '=', progress.taskId)
    .where('member_id', '=', progress.memberId)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await tx
    .insertInto('research_answers')
    .values({
      organisation_id: progress.organisationId,
      task_id: progress.taskId,
      member_id: progress.memberId,
      survey_version_id: progress.surveyVersionId,
      page: progress.page,
      answers: JSON.stringify(progress.answers),
      updated_at: progress.now,
    })
    .execute();
}

/** Stores the checked answers as submitted, on the Helsinki day `answeredOn`. */
export async function submitAnswer(
  tx: Tx,
  input: Omit<Progress, 'page' | 'answers'> & { answers: Record<string, AnswerValue>; answeredOn: string },
): Promise<void> {
  const values = {
    status: 'submitted' as const,
    page: 0,
    answers: JSON.stringify(input.answers),
    answered_on: input.answeredOn,
    updated_at: input.now,
  };
  const updated = await tx
    .updateTable('research_answers')
    .set(values)
    .where('task_id', '=', input.taskId)
    .where('member_id', '=', input.memberId)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await tx
    .insertInto('research_answers')
    .values({
      organisation_id: input.organisationId,
      task_id: input.taskId,
      member_id: input.memberId,
      survey_version_id: input.surveyVersionId,
      ...values,
    })
    .execute();
}

/**
 * Whether the quota of the member's background group is full: the task caps submitted answers per option
 * of one background question, and the member's answer to it names their group. A member who has not
 * answered that question belongs to no group and is not capped.
 */
export async function quotaFull(tx: Tx, task: ResearchTask, memberId: string): Promise<boolean> {
  if (!task.quota_question_key || !task.quota_per_group) return false;
  const mine = await tx
    .selectFrom('profile_answers as pa')
    .innerJoin('background_questions as q', 'q.id', 'pa.question_id')
    .select(['pa.answer', 'q.id'])
    .where('pa.member_id', '=', memberId)
    .where('q.key', '=', task.quota_question_key)
    .executeTakeFirst();
  if (!mine || mine.answer.length === 0) return false;
  for (const value of mine.answer) {
    const row = await tx
      .selectFrom('research_answers as a')
      .innerJoin('profile_answers as pa', (join) =>
        join.onRef('pa.member_id', '=', 'a.member_id').on('pa.question_id', '=', mine.id),
      )
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('a.task_id', '=', task.id)
      .where('a.status', '=', 'submitted')
      .where(sql<boolean>`pa.answer @> ${JSON.stringify([value])}::jsonb`)
      .executeTakeFirstOrThrow();
    if (Number(row.count) >= task.quota_per_group) return true;
  }
  return false;
}

/** The member's submitted answers, newest first: for "what I have done" and "my data". */
export function submittedAnswersOf(tx: Tx, memberId: string) {
  return tx
    .selectFrom('research_answers as a')
    .innerJoin('research_tasks as t', 't.id', 'a.task_id')
    .select(['t.slug', 't.title', 'a.answered_on'])
    .where('a.member_id', '=', memberId)
    .where('a.status', '=', 'submitted')
    .orderBy('a.answered_on', 'desc')
    .execute();
}

/** Ids of the tasks the member has paused an answer to. */
export async function inProgressTaskIds(tx: Tx, memberId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('research_answers')
    .select('task_id')
    .where('member_id', '=', memberId)
    .where('status', '=', 'in_progress')
    .execute();
  return new Set(rows.map((row) => row.task_id));
}

/** Projects whose summary staff have published ("what we heard, what we changed"), newest first. */
export function publishedSummaries(tx: Tx) {
  return tx
    .selectFrom('research_projects')
    .select(['slug', 'title', 'summary', 'summary_published_at'])
    .where('summary_published_at', 'is not', null)
    .where('summary', 'is not', null)
    .orderBy('summary_published_at', 'desc')
    .execute();
}

/**
 * Serialises what one transaction decides about answering, until it commits: two posts of the same member
 * to the same task (a double click) must not both find no answer and both insert one, and two members of
 * the same quota group must not both take its last place. A transaction-level advisory lock, released
 * with the transaction, on both databases.
 */
export async function lockAnswering(tx: Tx, scope: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`kuule:research-answer:${scope}`}, 0))`.execute(
    tx,
  );
}

/**
 * Research answers that analysis may count (E10): those of members who have not restricted processing, and
 * anonymised ones, which have no member to ask. Results, exports and the console's counts start here.
 * Aliases: `a` for the answers, `m` for their members.
 */
export function answersInAnalysis(tx: Tx) {
  return tx
    .selectFrom('research_answers as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .where((eb) => eb.or([eb('a.member_id', 'is', null), eb('m.processing_restricted_at', 'is', null)]));
}
