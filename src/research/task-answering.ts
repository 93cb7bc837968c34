import { type FormValues, withoutHiddenAnswers } from '../feedback/feedback-form.ts';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { isTaskOpen, type ResearchTask } from './research-repository.ts';

/**
 * The rules of answering a research survey task (issue 6, H3–H5, E10), as plain functions. The routes
 * read the facts (in the transaction that would store the answer) and these decide.
 */

/** Why a member may not answer a task now; each has its own page in the member's language. */
export type TaskRefusal =
  | 'not_open_yet'
  | 'closed'
  | 'restricted'
  | 'already_submitted'
  | 'not_in_audience'
  | 'quota_full';

export interface AnsweringFacts {
  task: Pick<ResearchTask, 'status' | 'opens_at' | 'closes_at'>;
  now: Date;
  /** E10: the member has restricted processing, so they are not asked to take part. */
  restricted: boolean;
  submitted: boolean;
  inAudience: boolean;
  /** The quota of the member's background group is full. */
  quotaFull: boolean;
}

/** The first reason the member may not answer, or null when they may. */
export function taskRefusal(facts: AnsweringFacts): TaskRefusal | null {
  const { task, now } = facts;
  if (!isTaskOpen(task, now)) {
    return task.status === 'published' && now < task.opens_at ? 'not_open_yet' : 'closed';
  }
  if (facts.submitted) return 'already_submitted';
  if (facts.restricted) return 'restricted';
  if (!facts.inAudience) return 'not_in_audience';
  if (facts.quotaFull) return 'quota_full';
  return null;
}

/** The HTTP status of a refusal page. */
export function refusalStatus(refusal: TaskRefusal): number {
  switch (refusal) {
    case 'closed':
      return 410;
    case 'already_submitted':
    case 'quota_full':
      return 409;
    default:
      return 403;
  }
}

const belongsTo = (questionId: string, field: string) =>
  field === `q_${questionId}` || field.startsWith(`q_${questionId}__`);

/**
 * The answers after a page is posted: what was saved before, with this page's questions replaced by what
 * was posted (fields of other pages in the post are ignored), and answers to questions a change hid dropped.
 */
export function mergePage(
  survey: SurveyVersion,
  page: number,
  saved: FormValues,
  posted: FormValues,
): FormValues {
  const ids = (survey.pages[page]?.questions ?? []).map((q) => q.id);
  const onThisPage = (field: string) => ids.some((id) => belongsTo(id, field));
  const merged: FormValues = {};
  for (const [field, values] of Object.entries(saved)) if (!onThisPage(field)) merged[field] = values;
  for (const [field, values] of Object.entries(posted)) if (onThisPage(field)) merged[field] = values;
  return withoutHiddenAnswers(survey, merged);
}

/** Saved progress as form values: only string lists under answer field names survive. */
export function savedValues(stored: unknown): FormValues {
  const values: FormValues = {};
  if (!stored || typeof stored !== 'object') return values;
  for (const [field, raw] of Object.entries(stored)) {
    if (!/^q_[a-z]/.test(field) || !Array.isArray(raw)) continue;
    const list = raw.filter((v): v is string => typeof v === 'string');
    if (list.length) values[field] = list;
  }
  return values;
}

/** Open tasks closing within this many days are listed under "closes soon". */
export const CLOSES_SOON_DAYS = 3;

export function closesSoon(task: Pick<ResearchTask, 'closes_at'>, now: Date): boolean {
  return task.closes_at.getTime() - now.getTime() <= CLOSES_SOON_DAYS * 24 * 3600_000;
}
