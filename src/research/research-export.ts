import { createHmac } from 'node:crypto';
import { type Column, columnsOf } from '../analytics/export.ts';
import { effectiveThreshold } from '../analytics/suppression.ts';
import { listBackgroundQuestions } from '../members/background-profile.ts';
import type { Database } from '../platform/db/database.ts';
import { surveyVersionSchema } from '../surveys/survey-definition.ts';
import type { ResearchProject } from './research-repository.ts';
import { answersInAnalysis } from './task-answer-repository.ts';

/**
 * A research project's answers for analysis (H3, H4, H5): one row per submitted survey-task answer,
 * identified by the project's own pseudonym of the member (a keyed MAC of the member key with the
 * project's secret), so the exports of two projects cannot be joined on it, and the member key itself
 * never leaves Kuule. The member's background answers are joined through the pseudonymous key only, and a
 * combination of background answers shared by fewer than k participants is blanked. Members who
 * restricted processing are left out (E10); anonymised answers have no pseudonym and no background.
 */
export function projectPseudonym(exportKey: string, memberId: string): string {
  return `p_${createHmac('sha256', exportKey).update(memberId).digest('base64url').slice(0, 20)}`;
}

const BATCH = 2000;
const SUPPRESSED = 'suppressed';

export interface ResearchExportQuery {
  organisationId: string;
  project: ResearchProject;
  includeFreeText: boolean;
  k: number;
}

export async function* researchExportRows(
  db: Database,
  query: ResearchExportQuery,
): AsyncGenerator<string[][]> {
  const k = effectiveThreshold(query.k);
  const setup = await db.forOrganisation(query.organisationId, async (tx) => {
    const tasks = await tx
      .selectFrom('research_tasks as t')
      .innerJoin('surveys as s', 's.id', 't.survey_id')
      .innerJoin('survey_versions as v', 'v.id', 's.current_version_id')
      .select(['t.id', 't.slug', 'v.definition'])
      .where('t.project_id', '=', query.project.id)
      .where('t.kind', '=', 'survey')
      .orderBy('t.opens_at')
      .execute();
    const background = await listBackgroundQuestions(tx);
    if (tasks.length === 0) return { tasks, background, participants: [], profiles: [] };
    // The members whose answers are exported (not restricted: E10), and their background answers, through
    // the member key (never an identity).
    const participantsQuery = tx
      .selectFrom('research_answers as a')
      .innerJoin('members as m', 'm.id', 'a.member_id')
      .select('a.member_id')
      .distinct()
      .where(
        'a.task_id',
        'in',
        tasks.map((t) => t.id),
      )
      .where('a.status', '=', 'submitted')
      .where('m.processing_restricted_at', 'is', null)
      .where('m.erased_at', 'is', null)
      .$narrowType<{ member_id: string }>();
    const participants = (await participantsQuery.execute()).map((row) => row.member_id);
    const profiles = await tx
      .selectFrom('profile_answers')
      .select(['member_id', 'question_id', 'answer'])
      .where('member_id', 'in', participantsQuery)
      .execute();
    return { tasks, background, participants, profiles };
  });

  const taskColumns = setup.tasks.map((task) => ({
    task,
    columns: columnsOf(surveyVersionSchema.parse(task.definition), query.includeFreeText),
  }));
  const backgroundById = new Map(setup.background.map((q) => [q.id, q.key]));
  const profileOf = new Map<string, Map<string, string>>();
  for (const row of setup.profiles) {
    const key = backgroundById.get(row.question_id);
    if (!key) continue;
    if (!profileOf.has(row.member_id)) profileOf.set(row.member_id, new Map());
    profileOf.get(row.member_id)!.set(key, row.answer.join(';'));
  }
  const backgroundKeys = setup.background.map((q) => q.key);
  const combination = (memberId: string) =>
    JSON.stringify(backgroundKeys.map((key) => profileOf.get(memberId)?.get(key) ?? ''));
  // Every participant counts in their combination, also one who gave no background answers at all.
  const groupSizes = new Map<string, number>();
  for (const memberId of setup.participants)
    groupSizes.set(combination(memberId), (groupSizes.get(combination(memberId)) ?? 0) + 1);

  const header = [
    'participant',
    'task',
    'answered_on',
    ...backgroundKeys.map((key) => `background.${key}`),
    ...taskColumns.flatMap(({ task, columns }) => columns.map((c) => `${task.slug}.${c.header}`)),
  ];
  yield [header];
  if (setup.tasks.length === 0) return;

  const blank = (columns: Column[]) => columns.map(() => '');
  for (const { task, columns } of taskColumns) {
    let after: string | undefined;
    for (;;) {
      const rows = await db.forOrganisation(query.organisationId, (tx) => {
        let q = answersInAnalysis(tx)
          .select(['a.id', 'a.member_id', 'a.answered_on', 'a.answers'])
          .where('a.task_id', '=', task.id)
          .where('a.status', '=', 'submitted')
          .orderBy('a.id')
          .limit(BATCH);
        if (after) q = q.where('a.id', '>', after);
        return q.execute();
      });
      yield rows.map((row) => {
        const member = row.member_id;
        const small = member === null || (groupSizes.get(combination(member)) ?? 0) < k;
        const background = backgroundKeys.map((key) =>
          member === null ? '' : small ? SUPPRESSED : (profileOf.get(member)?.get(key) ?? ''),
        );
        const cells = taskColumns.flatMap((other) =>
          other.task.id === task.id ? columns.map((c) => c.value(row.answers)) : blank(other.columns),
        );
        return [
          member === null ? '' : projectPseudonym(query.project.export_key, member),
          task.slug,
          row.answered_on ?? '',
          ...background,
          ...cells,
        ];
      });
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.id;
    }
  }
}
