import { computeResults, type SurveyResults } from '../analytics/results.ts';
import { addAnswers, emptyTally, tallyPlan } from '../analytics/tally.ts';
import type { Tx } from '../platform/db/database.ts';
import type { Language } from '../platform/i18n/languages.ts';
import { type SurveyVersion, surveyVersionSchema } from '../surveys/survey-definition.ts';
import type { ResearchTask } from './research-repository.ts';
import { answersInAnalysis } from './task-answer-repository.ts';

/**
 * Results of a survey task (H5): the submitted answers counted with the same tally and threshold as
 * feedback results, so no figure rests on fewer than k answers. Answers of members who restricted
 * processing are left out (E10); anonymised answers count, as they have no member to ask.
 */
export async function researchTaskResults(
  tx: Tx,
  task: ResearchTask,
  options: { k: number; language: Language },
): Promise<{ survey: SurveyVersion; results: SurveyResults } | undefined> {
  if (!task.survey_id) return undefined;
  const version = await tx
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', 'v.id', 's.current_version_id')
    .select('v.definition')
    .where('s.id', '=', task.survey_id)
    .executeTakeFirst();
  if (!version) return undefined;
  const survey = surveyVersionSchema.parse(version.definition);
  const plan = tallyPlan(survey);
  const tally = emptyTally();
  const rows = await answersInAnalysis(tx)
    .select('a.answers')
    .where('a.task_id', '=', task.id)
    .where('a.status', '=', 'submitted')
    .execute();
  for (const row of rows) addAnswers(tally, plan, row.answers);
  return { survey, results: computeResults(survey, tally, options) };
}
