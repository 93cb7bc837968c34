import type { Question, SurveyVersion } from './survey-definition.ts';

/**
 * The server's check of a submitted form against the survey version it answers: only offered options,
 * ranges and lengths, every required visible question answered, and no answer to a hidden question or
 * to a question that does not exist. An invalid submission is refused whole, so nothing is stored (E5).
 *
 * Form fields are named `q_<id>` (repeated for multiple choice) and `q_<id>__<row>` for matrix rows.
 */
export type AnswerValue = string | number | string[] | Record<string, string>;

export type AnswerProblem =
  | 'required'
  | 'invalid_option'
  | 'out_of_range'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'invalid_date'
  | 'not_a_number'
  | 'hidden'
  | 'unknown';

export type AnswerCheck =
  | { ok: true; answers: Record<string, AnswerValue> }
  | { ok: false; problems: { question: string; problem: AnswerProblem }[] };

const FIELD = /^q_([a-z][a-z0-9_]*?)(?:__([a-z0-9_-]+))?$/;

function values(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function checkAnswers(survey: SurveyVersion, body: Record<string, unknown>): AnswerCheck {
  const questions = survey.pages.flatMap((page) => page.questions);
  const problems: { question: string; problem: AnswerProblem }[] = [];
  const answers: Record<string, AnswerValue> = {};
  const byQuestion = new Map<string, Map<string | undefined, string[]>>();

  for (const [name, raw] of Object.entries(body)) {
    const match = FIELD.exec(name);
    if (!match) continue; // _csrf, page navigation and the like
    const [, id = '', row] = match;
    if (!questions.some((q) => q.id === id)) {
      problems.push({ question: id, problem: 'unknown' });
      continue;
    }
    const rows = byQuestion.get(id) ?? new Map<string | undefined, string[]>();
    rows.set(row, values(raw));
    byQuestion.set(id, rows);
  }

  const visible = (question: Question) => {
    if (!question.showWhen) return true;
    const earlier = answers[question.showWhen.question];
    const given = Array.isArray(earlier) ? earlier : earlier === undefined ? [] : [String(earlier)];
    return given.some((value) => question.showWhen!.equals.includes(value));
  };

  for (const question of questions) {
    const given = byQuestion.get(question.id);
    const single = given?.get(undefined) ?? [];
    const answered = given !== undefined && [...given.values()].some((v) => v.length > 0);
    if (!visible(question)) {
      if (answered) problems.push({ question: question.id, problem: 'hidden' });
      continue;
    }
    if (!answered) {
      if (question.required) problems.push({ question: question.id, problem: 'required' });
      continue;
    }
    const problem = (p: AnswerProblem) => problems.push({ question: question.id, problem: p });
    switch (question.type) {
      case 'single_choice':
      case 'background': {
        if (single.length !== 1 || !question.options.some((o) => o.value === single[0]))
          problem('invalid_option');
        else answers[question.id] = single[0]!;
        break;
      }
      case 'multiple_choice': {
        const unique = [...new Set(single)];
        if (
          unique.length !== single.length ||
          !single.every((v) => question.options.some((o) => o.value === v))
        )
          problem('invalid_option');
        else if (single.length < question.min) problem('too_few');
        else if (question.max !== undefined && single.length > question.max) problem('too_many');
        else answers[question.id] = single;
        break;
      }
      case 'rating':
      case 'nps':
      case 'number': {
        const [min, max] = question.type === 'nps' ? [0, 10] : [question.min, question.max];
        // A decimal comma is how Finnish and Swedish write numbers.
        const value = Number(single[0]?.replace(',', '.'));
        if (single.length !== 1 || !Number.isFinite(value)) problem('not_a_number');
        else if (question.type !== 'number' && !Number.isInteger(value)) problem('invalid_option');
        else if (value < min || value > max) problem('out_of_range');
        else answers[question.id] = value;
        break;
      }
      case 'short_text':
      case 'long_text': {
        const value = single.join('\n');
        if (single.length !== 1) problem('invalid_option');
        else if ([...value].length > question.maxLength) problem('too_long');
        else answers[question.id] = value;
        break;
      }
      case 'date': {
        if (single.length !== 1 || !isCalendarDate(single[0]!)) problem('invalid_date');
        else answers[question.id] = single[0]!;
        break;
      }
      case 'matrix': {
        const rows: Record<string, string> = {};
        for (const [row, chosen] of given!) {
          if (row === undefined || !question.rows.some((r) => r.value === row)) problem('unknown');
          else if (
            chosen.length > 1 ||
            (chosen[0] !== undefined && !question.scale.some((s) => s.value === chosen[0]))
          )
            problem('invalid_option');
          else if (chosen[0] !== undefined) rows[row] = chosen[0];
        }
        if (question.required && Object.keys(rows).length !== question.rows.length) problem('required');
        answers[question.id] = rows;
        break;
      }
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}
