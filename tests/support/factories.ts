import { helsinkiBackgroundQuestions } from '../../src/demo/demo-background-questions.ts';
import { seedFeedbackSurvey } from '../../src/demo/demo-feedback-survey.ts';
import { defineBackgroundQuestions } from '../../src/members/background-profile.ts';
import { createOrganisation } from '../../src/organisations/organisation-repository.ts';
import type { Database } from '../../src/platform/db/database.ts';

export async function createOrganisationForTest(db: Database, slug: string) {
  const organisation = await createOrganisation(db.system, {
    slug,
    name: { fi: `${slug} fi`, sv: `${slug} sv`, en: `${slug} en` },
    defaultLanguage: 'fi',
    themeColour: '#0000bf',
    contactEmail: `contact@${slug}.example`,
    communityEnabled: slug === 'helsinki',
  });
  if (slug === 'helsinki')
    await defineBackgroundQuestions(db.system, organisation.id, helsinkiBackgroundQuestions);
  return organisation;
}

/** The demo feedback survey (with its two service points and a prize draw), published, for `organisationId`. */
export function createFeedbackSurveyForTest(db: Database, organisationId: string, slug = 'service-feedback') {
  return db.system.transaction().execute((tx) => seedFeedbackSurvey(tx, organisationId, slug));
}
