import type { SurveyVersion } from '../surveys/survey-definition.ts';

/**
 * Counts of a set of answers: per question and value, sums for averages, and cross-counts of each
 * question against each background question (E4: within the survey). Tallies of closed days are stored
 * (survey_day_tallies) and added together, so results never re-read a million answers. Counts only:
 * what may be shown of them is decided by suppression.ts.
 */
export interface Tally {
  n: number;
  /** question id (matrix: `id.row`) → value → count */
  counts: Record<string, Record<string, number>>;
  /** question id → sum and count of numeric answers (rating, NPS, number) */
  sums: Record<string, { sum: number; n: number }>;
  /** `question|background` → `value|backgroundValue` → count */
  cross: Record<string, Record<string, number>>;
}

export function emptyTally(): Tally {
  return { n: 0, counts: {}, sums: {}, cross: {} };
}

/** What the tally counts of a survey version: which answers are categories, numbers and background. */
export interface TallyPlan {
  categorical: Set<string>;
  numeric: Set<string>;
  matrices: Set<string>;
  background: string[];
}

export function tallyPlan(survey: SurveyVersion): TallyPlan {
  const plan: TallyPlan = { categorical: new Set(), numeric: new Set(), matrices: new Set(), background: [] };
  for (const q of survey.pages.flatMap((p) => p.questions)) {
    if (q.type === 'background') plan.background.push(q.id);
    if (['single_choice', 'multiple_choice', 'background', 'rating', 'nps'].includes(q.type))
      plan.categorical.add(q.id);
    if (['rating', 'nps', 'number'].includes(q.type)) plan.numeric.add(q.id);
    if (q.type === 'matrix') plan.matrices.add(q.id);
  }
  return plan;
}

function bump(table: Record<string, Record<string, number>>, key: string, value: string, by = 1) {
  const row = table[key] ?? {};
  row[value] = (row[value] ?? 0) + by;
  table[key] = row;
}

/** Adds one response's answers to a tally (in place). */
export function addAnswers(tally: Tally, plan: TallyPlan, answers: Record<string, unknown>): void {
  tally.n++;
  const categories: [string, string[]][] = [];
  for (const [id, answer] of Object.entries(answers)) {
    if (plan.categorical.has(id)) {
      const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
      categories.push([id, values]);
      for (const value of values) bump(tally.counts, id, value);
    }
    if (plan.matrices.has(id) && answer && typeof answer === 'object') {
      for (const [row, value] of Object.entries(answer as Record<string, string>)) {
        categories.push([`${id}.${row}`, [value]]);
        bump(tally.counts, `${id}.${row}`, value);
      }
    }
    if (plan.numeric.has(id) && typeof answer === 'number') {
      const sum = tally.sums[id] ?? { sum: 0, n: 0 };
      sum.sum += answer;
      sum.n++;
      tally.sums[id] = sum;
    }
  }
  for (const background of plan.background) {
    const given = answers[background];
    if (typeof given !== 'string') continue;
    for (const [id, values] of categories) {
      if (id === background) continue;
      for (const value of values) bump(tally.cross, `${id}|${background}`, `${value}|${given}`);
    }
  }
}

/** Adds `other` into `into` (in place) and returns it. */
export function mergeTally(into: Tally, other: Tally): Tally {
  into.n += other.n;
  for (const [id, values] of Object.entries(other.counts))
    for (const [value, count] of Object.entries(values)) bump(into.counts, id, value, count);
  for (const [key, values] of Object.entries(other.cross))
    for (const [value, count] of Object.entries(values)) bump(into.cross, key, value, count);
  for (const [id, sum] of Object.entries(other.sums)) {
    const target = into.sums[id] ?? { sum: 0, n: 0 };
    target.sum += sum.sum;
    target.n += sum.n;
    into.sums[id] = target;
  }
  return into;
}
