import { contactPurposes } from '../../members/contact-details.ts';
import type { Tx } from '../../platform/db/database.ts';
import { surveyVersionSchema } from '../../surveys/survey-definition.ts';
import {
  type Collected,
  collectedByCommunity,
  collectedByFeedbackSurvey,
  collectedByResearchSurvey,
} from './data-categories.ts';

/**
 * What the organisation collects today, as register data fields: every open survey's questions (feedback,
 * with its draw, and research), and, in a community, what joining, the background profile and contact
 * details collect. A register edit may not take away a field that is still collected
 * (`register-publishing.ts`).
 */
export async function dataInUse(tx: Tx, organisation: { community_enabled: boolean }): Promise<Collected[]> {
  const collected: Collected[] = [];
  const surveys = await tx
    .selectFrom('surveys')
    .innerJoin('survey_versions', 'survey_versions.id', 'surveys.current_version_id')
    .select(['surveys.slug', 'surveys.draw_enabled', 'survey_versions.definition'])
    .select('surveys.kind')
    .where('surveys.status', '=', 'published')
    .execute();
  for (const survey of surveys) {
    const definition = surveyVersionSchema.parse(survey.definition);
    const items =
      survey.kind === 'feedback'
        ? collectedByFeedbackSurvey(definition, survey.draw_enabled)
        : collectedByResearchSurvey(definition);
    collected.push(...items.map((item) => ({ ...item, by: `survey "${survey.slug}": ${item.by}` })));
  }
  if (organisation.community_enabled) {
    const questions = await tx.selectFrom('background_questions').select('key').execute();
    collected.push(
      ...collectedByCommunity({
        backgroundQuestionKeys: questions.map((question) => question.key),
        contactFields: Object.values(contactPurposes).flatMap((purpose) => purpose.fields),
      }),
    );
  }
  return collected;
}
