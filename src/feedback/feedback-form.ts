import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MessageKey, MessageValues } from '../platform/i18n/i18n.ts';
import { type AnswerProblem, checkAnswers } from '../surveys/answer-validation.ts';
import type { Question, SurveyVersion } from '../surveys/survey-definition.ts';

/**
 * The rules of an anonymous, multi-page feedback form (E6), as plain functions.
 *
 * Progress is carried in the form itself (earlier pages' answers as hidden fields), so the form needs no
 * cookie of its own and no server-side session. Each form carries a signed one-time submission id: it
 * proves the form came from us, lets a replayed form be refused, and later proves to the draw form that
 * an answer was stored, without the answer ever holding it.
 */
export type FormValues = Record<string, string[]>;

const FIELD = /^q_[a-z][a-z0-9_]*(__[a-z0-9_-]+)?$/;

/** The answer fields of a posted form, trimmed, empty values dropped. */
export function formValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [name, raw] of Object.entries(body)) {
    if (!FIELD.test(name)) continue;
    const list = (Array.isArray(raw) ? raw : [raw])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (list.length) values[name] = list;
  }
  return values;
}

const belongsTo = (question: Question, field: string) =>
  field === `q_${question.id}` || field.startsWith(`q_${question.id}__`);

export function isVisible(question: Question, values: FormValues): boolean {
  if (!question.showWhen) return true;
  const given = values[`q_${question.showWhen.question}`] ?? [];
  return given.some((value) => question.showWhen!.equals.includes(value));
}

/** Drops answers to questions an earlier change has hidden, in order, so chained conditions follow. */
export function withoutHiddenAnswers(survey: SurveyVersion, values: FormValues): FormValues {
  const kept: FormValues = { ...values };
  for (const question of survey.pages.flatMap((p) => p.questions)) {
    if (isVisible(question, kept)) continue;
    for (const field of Object.keys(kept)) if (belongsTo(question, field)) delete kept[field];
  }
  return kept;
}

export function isPageShown(survey: SurveyVersion, page: number, values: FormValues): boolean {
  return survey.pages[page]?.questions.some((q) => isVisible(q, values)) ?? false;
}

/** The next page with something to ask, or undefined after the last. */
export function nextPage(survey: SurveyVersion, from: number, values: FormValues): number | undefined {
  for (let page = from + 1; page < survey.pages.length; page++)
    if (isPageShown(survey, page, values)) return page;
  return undefined;
}

export function previousPage(survey: SurveyVersion, from: number, values: FormValues): number {
  for (let page = from - 1; page > 0; page--) if (isPageShown(survey, page, values)) return page;
  return 0;
}

export interface FormProblem {
  page: number;
  field: string;
  problem: AnswerProblem;
  question: Question | undefined;
}

/** Checks the pages up to `lastPage` (all of them when sending) against the survey version. */
export function problemsUpTo(survey: SurveyVersion, lastPage: number, values: FormValues): FormProblem[] {
  const pages = survey.pages.slice(0, lastPage + 1);
  const questions = pages.flatMap((p) => p.questions);
  const body = Object.fromEntries(
    Object.entries(values).filter(
      ([field]) => lastPage >= survey.pages.length - 1 || questions.some((q) => belongsTo(q, field)),
    ),
  );
  const check = checkAnswers({ ...survey, pages }, body);
  if (check.ok) return [];
  return check.problems.map(({ question: id, problem }) => {
    const page = survey.pages.findIndex((p) => p.questions.some((q) => q.id === id));
    return {
      page: page === -1 ? 0 : page,
      field: `q_${id}`,
      problem,
      question: questions.find((q) => q.id === id),
    };
  });
}

/** The message a respondent sees for a problem, as an i18n key with its values. */
export function problemMessage(problem: FormProblem): { key: MessageKey; values: MessageValues } {
  const q = problem.question;
  switch (problem.problem) {
    case 'required':
      return { key: 'survey.error.required', values: {} };
    case 'too_long':
      return { key: 'survey.error.tooLong', values: { max: q && 'maxLength' in q ? q.maxLength : 0 } };
    case 'too_few':
      return { key: 'survey.error.tooFew', values: { min: q?.type === 'multiple_choice' ? q.min : 0 } };
    case 'too_many':
      return {
        key: 'survey.error.tooMany',
        values: { max: q?.type === 'multiple_choice' ? (q.max ?? 0) : 0 },
      };
    case 'out_of_range': {
      const [min, max] =
        q?.type === 'nps' ? [0, 10] : q && 'min' in q && 'max' in q ? [q.min, q.max ?? 0] : [0, 0];
      return { key: 'survey.error.outOfRange', values: { min: min ?? 0, max: max ?? 0 } };
    }
    case 'not_a_number':
      return { key: 'survey.error.notANumber', values: {} };
    case 'invalid_date':
      return { key: 'survey.error.invalidDate', values: {} };
    case 'hidden':
      return { key: 'survey.error.hidden', values: {} };
    default:
      return { key: 'survey.error.invalidOption', values: {} };
  }
}

// --- the one-time submission id ---------------------------------------------------------------------

export const SUBMISSION_VALID_MS = 24 * 60 * 60 * 1000;

function mac(secret: string, surveyId: string, nonce: string, issuedAt: string): string {
  return createHmac('sha256', secret)
    .update(`submission\u0000${surveyId}\u0000${nonce}\u0000${issuedAt}`)
    .digest('base64url');
}

export function issueSubmissionId(secret: string, surveyId: string, now: Date): string {
  const nonce = randomBytes(16).toString('base64url');
  const issuedAt = String(Math.floor(now.getTime() / 1000));
  return `${nonce}.${issuedAt}.${mac(secret, surveyId, nonce, issuedAt)}`;
}

/** True if we issued this id for this survey within the last day. */
export function isValidSubmissionId(secret: string, surveyId: string, id: unknown, now: Date): id is string {
  if (typeof id !== 'string') return false;
  const [nonce = '', issuedAt = '', signature = ''] = id.split('.');
  const expected = Buffer.from(mac(secret, surveyId, nonce, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const age = now.getTime() - Number(issuedAt) * 1000;
  return age >= -60_000 && age <= SUBMISSION_VALID_MS;
}

/** Stored when the answer is stored, so the same form cannot be sent twice. */
export function submissionHash(id: string): string {
  return createHash('sha256').update(`submitted\u0000${id}`).digest('base64url');
}

/** Stored when the draw form is used, so one answer gives one draw entry. Unrelated to submissionHash. */
export function drawTicketHash(id: string): string {
  return createHash('sha256').update(`draw-ticket\u0000${id}`).digest('base64url');
}

/** A stable seed for the order of randomised options, from the submission id (never stored). */
export function shuffleSeed(id: string): string {
  return id.split('.')[0] ?? id;
}
