import { sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import { answersInAnalysis } from './task-answer-repository.ts';
import type { SummaryForm } from './task-console-forms.ts';

/** Queries of the research console beyond the shared research-repository.ts. */

/** Closes a project on `today` (H14: its analysis period runs from then) and every task still open. */
export async function closeProject(tx: Tx, projectId: string, today: string): Promise<void> {
  await tx
    .updateTable('research_projects')
    .set({ status: 'closed', closed_on: today })
    .where('id', '=', projectId)
    .where('status', '=', 'open')
    .execute();
  await tx
    .updateTable('research_tasks')
    .set({ status: 'closed' })
    .where('project_id', '=', projectId)
    .where('status', '!=', 'closed')
    .execute();
}

/** Publishes (or republishes) the project's summary members see: "what we heard, what we changed". */
export async function publishSummary(tx: Tx, projectId: string, summary: SummaryForm, now: Date) {
  await tx
    .updateTable('research_projects')
    .set({ summary: JSON.stringify(summary), summary_published_at: now })
    .where('id', '=', projectId)
    .execute();
}

/**
 * Answers per task of a project, as counts only (who answered is never shown: H3); answers of members who
 * restricted processing are not counted (E10), as in the results. The page shows them through the threshold.
 */
export async function answerCounts(tx: Tx, projectId: string) {
  const rows = await answersInAnalysis(tx)
    .innerJoin('research_tasks as t', 't.id', 'a.task_id')
    .select([
      'a.task_id',
      sql<number>`count(*) filter (where a.status = 'submitted')`.as('submitted'),
      sql<number>`count(*) filter (where a.status = 'in_progress')`.as('in_progress'),
    ])
    .where('t.project_id', '=', projectId)
    .groupBy('a.task_id')
    .execute();
  return new Map(
    rows.map((row) => [
      row.task_id,
      { submitted: Number(row.submitted), inProgress: Number(row.in_progress) },
    ]),
  );
}
