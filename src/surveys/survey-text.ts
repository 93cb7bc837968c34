import type { Language } from '../platform/i18n/languages.ts';
import type { SurveyText, SurveyVersion } from './survey-definition.ts';

/** The language a survey is shown in: the reader's, if the survey is published in it, else its first. */
export function surveyLanguage(survey: Pick<SurveyVersion, 'languages'>, requested: Language): Language {
  return survey.languages.includes(requested) ? requested : survey.languages[0]!;
}

/** A survey text in a language, falling back to any language it exists in (drafts may be incomplete). */
export function textIn(text: SurveyText | undefined, language: Language): string {
  return text?.[language] ?? text?.fi ?? text?.sv ?? text?.en ?? '';
}
