import type { LanguageCode, LocalisedText, TaskAudience } from '../platform/db/schema.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { languages } from '../platform/i18n/languages.ts';
import type { Register } from '../privacy/registers/register.ts';

/**
 * The research console's forms, read as plain functions: a project, a task, a project summary. Each
 * either gives the data or the reasons (a message key per field), and nothing is stored on a reason.
 */
export type FormBody = Record<string, string | string[] | undefined>;
export interface Issue {
  field: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}
export type Read<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

const slugPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

export const formValue = (body: FormBody, name: string): string => {
  const value = body[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
};
const formList = (body: FormBody, name: string): string[] => {
  const value = body[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim());
};

function slugOf(body: FormBody, issues: Issue[]): string {
  const slug = formValue(body, 'slug').toLowerCase();
  if (!slugPattern.test(slug)) issues.push({ field: 'slug', key: 'research.error.slug' });
  return slug;
}

/** A text in every language listed in `required`; others may be empty. */
function localisedOf(
  body: FormBody,
  prefix: string,
  max: number,
  required: readonly LanguageCode[],
  issues: Issue[],
): LocalisedText {
  const text = { fi: '', sv: '', en: '' };
  for (const language of languages) {
    const field = `${prefix}.${language}`;
    const value = formValue(body, field);
    if (value.length > max) issues.push({ field, key: 'research.error.tooLong', values: { max } });
    else if (!value && required.includes(language))
      issues.push({ field, key: 'research.error.required', values: { language } });
    text[language] = value;
  }
  return text;
}

function wholeNumber(
  body: FormBody,
  field: string,
  min: number,
  max: number,
  issues: Issue[],
): number | null {
  const raw = formValue(body, field);
  if (raw === '') return null;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    issues.push({ field, key: 'research.error.number', values: { min, max } });
    return null;
  }
  return value;
}

/**
 * The registers a research project may fall under: those in force that declare research answers — the
 * retention rule for anonymised research answers (H14) or a disclosure of pseudonymised research answers.
 */
export function researchRegisters(registers: Register[]): Register[] {
  return registers.filter(
    (register) =>
      register.retention.some((rule) => rule.key === 'anonymised_research_answers') ||
      [...register.regularDisclosures, ...register.conditionalDisclosures].some(
        (disclosure) => disclosure.covers === 'pseudonymised_research_answers',
      ),
  );
}

export interface ProjectForm {
  slug: string;
  title: LocalisedText;
  purpose: LocalisedText;
  registerSlug: string;
  analysisPeriodDays: number;
}

export const DEFAULT_ANALYSIS_DAYS = 180;

export function readProject(body: FormBody, registerSlugs: readonly string[]): Read<ProjectForm> {
  const issues: Issue[] = [];
  const slug = slugOf(body, issues);
  const title = localisedOf(body, 'title', 200, languages, issues);
  const purpose = localisedOf(body, 'purpose', 2000, languages, issues);
  const registerSlug = formValue(body, 'register');
  if (!registerSlugs.includes(registerSlug))
    issues.push({ field: 'register', key: 'research.error.register' });
  const days = wholeNumber(body, 'analysisPeriodDays', 0, 730, issues);
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    data: { slug, title, purpose, registerSlug, analysisPeriodDays: days ?? DEFAULT_ANALYSIS_DAYS },
  };
}

/** 'YYYY-MM-DDTHH:mm' on the Helsinki clock → the instant, or undefined if it is no such time. */
export function helsinkiLocalTime(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return undefined;
  // The offset of Helsinki at that moment (2 or 3 hours), found from the wall clock itself.
  let instant = wall;
  for (let i = 0; i < 2; i++) instant = wall - (helsinkiWall(new Date(instant)) - instant);
  return new Date(instant);
}

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Helsinki wall-clock time of an instant, as if it were UTC (milliseconds). */
function helsinkiWall(instant: Date): number {
  const parts = Object.fromEntries(wallFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
}

/** An instant as the value of a datetime-local field on the Helsinki clock. */
export function toHelsinkiLocal(instant: Date): string {
  return new Date(helsinkiWall(instant)).toISOString().slice(0, 16);
}

export interface TaskForm {
  slug: string;
  kind: 'survey' | 'discussion';
  title: LocalisedText;
  description: LocalisedText;
  languages: LanguageCode[];
  opensAt: Date;
  closesAt: Date;
  targetParticipants: number | null;
  quota: { questionKey: string; perGroup: number } | null;
  audience: TaskAudience;
}

export function readTask(body: FormBody, questionKeys: readonly string[]): Read<TaskForm> {
  const issues: Issue[] = [];
  const slug = slugOf(body, issues);
  const kindValue = formValue(body, 'kind');
  if (kindValue !== 'survey' && kindValue !== 'discussion')
    issues.push({ field: 'kind-survey', key: 'research.error.kind' });
  const chosen = formList(body, 'languages');
  const taskLanguages = languages.filter((l) => chosen.includes(l));
  if (taskLanguages.length === 0 || chosen.some((c) => !(languages as readonly string[]).includes(c)))
    issues.push({ field: 'languages-fi', key: 'research.error.languages' });
  const title = localisedOf(body, 'title', 200, taskLanguages, issues);
  const description = localisedOf(body, 'description', 2000, taskLanguages, issues);
  const opensAt = helsinkiLocalTime(formValue(body, 'opensAt'));
  if (!opensAt) issues.push({ field: 'opensAt', key: 'research.error.time' });
  const closesAt = helsinkiLocalTime(formValue(body, 'closesAt'));
  if (!closesAt) issues.push({ field: 'closesAt', key: 'research.error.time' });
  else if (opensAt && closesAt <= opensAt)
    issues.push({ field: 'closesAt', key: 'research.error.closesBeforeOpens' });
  const targetParticipants = wholeNumber(body, 'targetParticipants', 1, 1_000_000, issues);
  const questionKey = formValue(body, 'quotaQuestionKey');
  const perGroup = wholeNumber(body, 'quotaPerGroup', 1, 1_000_000, issues);
  let quota: TaskForm['quota'] = null;
  if (questionKey) {
    if (!questionKeys.includes(questionKey))
      issues.push({ field: 'quotaQuestionKey', key: 'research.error.quotaQuestion' });
    else if (perGroup === null) {
      if (!issues.some((i) => i.field === 'quotaPerGroup'))
        issues.push({ field: 'quotaPerGroup', key: 'research.error.quotaPerGroup' });
    } else quota = { questionKey, perGroup };
  } else if (perGroup !== null)
    issues.push({ field: 'quotaQuestionKey', key: 'research.error.quotaQuestion' });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    data: {
      slug,
      kind: kindValue as 'survey' | 'discussion',
      title,
      description,
      languages: taskLanguages,
      opensAt: opensAt!,
      closesAt: closesAt!,
      targetParticipants,
      quota,
      audience: { kind: 'all' },
    },
  };
}

export interface SummaryForm {
  heard: LocalisedText;
  changed: LocalisedText;
}

export function readSummary(body: FormBody): Read<SummaryForm> {
  const issues: Issue[] = [];
  const heard = localisedOf(body, 'heard', 4000, languages, issues);
  const changed = localisedOf(body, 'changed', 4000, languages, issues);
  return issues.length ? { ok: false, issues } : { ok: true, data: { heard, changed } };
}

/** A text in the reader's language, or in the first language it has. */
export function inLanguage(text: LocalisedText | null | undefined, language: LanguageCode): string {
  if (!text) return '';
  return text[language] || text.fi || text.sv || text.en || '';
}
