import type { LocalisedText } from '../../platform/db/schema.ts';
import type { MessageKey, MessageValues, Translator } from '../../platform/i18n/i18n.ts';
import { isLanguage, type Language, languages } from '../../platform/i18n/languages.ts';
import { feedbackRegister, undeclaredCollection } from '../../privacy/registers/data-categories.ts';
import type { Register } from '../../privacy/registers/register.ts';
import type { SurveyText, SurveyVersion } from '../survey-definition.ts';
import { type FormBody, type FormIssue, formChecked, formList, formValue } from './draft-editing.ts';

/** Reading the builder's survey-level forms: a new survey, a service point, settings, a copy. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

export interface Issue {
  field: string;
  key: MessageKey;
  values?: MessageValues;
}

export type Read<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/** An issue as the sentence staff read; a `language` value becomes the language's name. */
export function issueMessage(issue: Issue | FormIssue, i18n: Translator): string {
  const values: MessageValues = { ...issue.values };
  if (isLanguage(values.language)) values.language = i18n.t(`builder.language.${values.language}`);
  return i18n.t(issue.key, values);
}

function slugOf(body: FormBody, field: string, issues: Issue[]): string {
  const slug = formValue(body, field).toLowerCase();
  if (!slugPattern.test(slug)) issues.push({ field, key: 'builder.error.slug' });
  return slug;
}

function languagesOf(body: FormBody, issues: Issue[]): Language[] {
  const chosen = formList(body, 'languages');
  const picked = languages.filter((l) => chosen.includes(l));
  if (picked.length === 0 || chosen.some((c) => !isLanguage(c)))
    issues.push({ field: 'languages-fi', key: 'builder.error.languages' });
  return picked;
}

function textOf(body: FormBody, prefix: string, max: number, required: readonly Language[], issues: Issue[]) {
  const text: SurveyText = {};
  for (const language of languages) {
    const field = `${prefix}_${language}`;
    const value = formValue(body, field);
    if (value.length > max) issues.push({ field, key: 'builder.error.tooLong', values: { max } });
    else if (!value && required.includes(language))
      issues.push({ field, key: 'builder.error.textRequired', values: { language } });
    if (value) text[language] = value;
  }
  return text;
}

export interface NewSurveyForm {
  slug: string;
  title: SurveyText;
  languages: Language[];
}

/** A new feedback survey: an address, its languages and a title in each of them. */
export function readNewSurvey(body: FormBody): Read<NewSurveyForm> {
  const issues: Issue[] = [];
  const slug = slugOf(body, 'slug', issues);
  const chosen = languagesOf(body, issues);
  const title = textOf(body, 'title', 200, chosen, issues);
  return issues.length ? { ok: false, issues } : { ok: true, data: { slug, title, languages: chosen } };
}

/**
 * Keys a service point cannot have: its address /<org>/f/<survey>/<point> would be a page of the survey
 * itself (feedback-routes.tsx), so the point's form would never be reached.
 */
export const reservedPointSlugs: readonly string[] = ['thanks', 'draw'];

export function readServicePoint(body: FormBody): Read<{ slug: string; name: LocalisedText }> {
  const issues: Issue[] = [];
  const slug = slugOf(body, 'pointSlug', issues);
  if (reservedPointSlugs.includes(slug))
    issues.push({ field: 'pointSlug', key: 'builder.error.slugReserved', values: { slug } });
  const name = textOf(body, 'pointName', 120, languages, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, data: { slug, name: { fi: name.fi!, sv: name.sv!, en: name.en! } } };
}

export interface SettingsForm {
  title: SurveyText;
  intro: SurveyText | undefined;
  languages: Language[];
  drawEnabled: boolean;
  servicePointIds: string[];
}

/** The survey-level settings. Texts may be missing here: publishing names what is still needed. */
export function readSettings(body: FormBody, knownPointIds: readonly string[]): Read<SettingsForm> {
  const issues: Issue[] = [];
  const chosen = languagesOf(body, issues);
  const title = textOf(body, 'title', 200, [], issues);
  const intro = textOf(body, 'intro', 2000, [], issues);
  const points = formList(body, 'servicePoints');
  if (points.some((id) => !knownPointIds.includes(id)))
    issues.push({ field: 'servicePoints', key: 'builder.error.servicePoint' });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    data: {
      title,
      intro: Object.keys(intro).length ? intro : undefined,
      languages: chosen,
      drawEnabled: formChecked(body, 'drawEnabled'),
      servicePointIds: [...new Set(points)],
    },
  };
}

export function readCopy(body: FormBody): Read<{ slug: string }> {
  const issues: Issue[] = [];
  const slug = slugOf(body, 'copySlug', issues);
  return issues.length ? { ok: false, issues } : { ok: true, data: { slug } };
}

/**
 * Why the prize draw cannot be turned on in an open survey: the register that covers feedback does not
 * declare the draw's contact details. Publishing checks this (survey-repository.ts); turning the draw on
 * afterwards must not get round it. As there, an organisation that keeps no register here is not checked.
 */
export function drawNotDeclared(registers: readonly Register[], published: SurveyVersion): Issue | undefined {
  if (registers.length === 0) return undefined;
  const register = feedbackRegister([...registers]);
  if (!register) return { field: 'drawEnabled', key: 'builder.problem.noRegister' };
  const undeclared = (draw: boolean) => undeclaredCollection([...registers], published, draw).length;
  if (undeclared(true) === undeclared(false)) return undefined;
  return { field: 'drawEnabled', key: 'builder.error.drawUndeclared', values: { register: register.slug } };
}
