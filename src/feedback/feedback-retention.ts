import { tallyPlan } from '../analytics/tally.ts';
import { closeDays } from '../analytics/tally-repository.ts';
import { addDays, addMonths, helsinkiDay } from '../platform/calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { findVersion } from '../surveys/survey-repository.ts';

/**
 * E7: individual feedback answers are deleted within a year; the organisation may set a shorter period
 * (1–12 months). An answer given on day D is deleted on the day D + period at the latest, so no answer
 * ever reaches its anniversary. The counts of those days are tallied first, so results over time stay.
 * One-time submission ids are kept two days, long enough to refuse a replayed form (they expire in one).
 */
export function feedbackDeletionCutoff(today: string, months: number): string {
  return addMonths(today, -Math.min(12, Math.max(1, months)));
}

export interface FeedbackRetentionRun {
  organisation: string;
  cutoff: string;
  answersDeleted: number;
}

export async function deleteExpiredFeedback(db: Database, now: Date): Promise<FeedbackRetentionRun[]> {
  const today = helsinkiDay(now);
  const organisations = await db.system
    .selectFrom('organisations')
    .select(['id', 'slug', 'feedback_retention_months'])
    .execute();
  const runs: FeedbackRetentionRun[] = [];
  for (const organisation of organisations) {
    const cutoff = feedbackDeletionCutoff(today, organisation.feedback_retention_months);
    const answersDeleted = await db.forOrganisation(organisation.id, async (tx) => {
      const surveys = await tx
        .selectFrom('surveys')
        .select(['id', 'current_version_id'])
        .where('kind', '=', 'feedback')
        .where('current_version_id', 'is not', null)
        .execute();
      let deleted = 0;
      for (const survey of surveys) {
        const version = await findVersion(tx, survey.current_version_id!);
        await closeDays(tx, survey.id, tallyPlan(version.definition), today);
        const result = await tx
          .deleteFrom('survey_responses')
          .where('survey_id', '=', survey.id)
          .where('answered_on', '<=', cutoff)
          .executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      await tx.deleteFrom('survey_submissions_used').where('used_on', '<', addDays(today, -2)).execute();
      return deleted;
    });
    runs.push({ organisation: organisation.slug, cutoff, answersDeleted });
  }
  return runs;
}
