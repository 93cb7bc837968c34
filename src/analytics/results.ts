import type { Language } from '../platform/i18n/languages.ts';
import type { Question, SurveyVersion } from '../surveys/survey-definition.ts';
import { textIn } from '../surveys/survey-text.ts';
import {
  type Cell,
  effectiveThreshold,
  showTotal,
  suppressDistribution,
  suppressTable,
} from './suppression.ts';
import type { Tally } from './tally.ts';

/**
 * What the results page shows of a tally, with the threshold applied (H5, E1). Everything that leaves
 * here has passed suppression: the page and the charts never see a raw count below k.
 */
export interface Category {
  value: string;
  label: string;
}

export interface Distribution {
  id: string;
  title: string;
  categories: Category[];
  cells: Cell[];
  total: number | null;
  /** null: not shown, fewer than k answers */
  average: number | null;
  nps: number | null;
  kind: Question['type'];
}

export interface CrossTable {
  id: string;
  title: string;
  rows: Category[];
  columns: Category[];
  cells: Cell[][];
}

export interface SurveyResults {
  k: number;
  answers: number | null;
  distributions: Distribution[];
  cross: CrossTable[];
}

function categoriesOf(
  question: Question,
  language: Language,
): { id: string; title: string; categories: Category[] }[] {
  const title = textIn(question.text, language);
  const label = (o: { value: string; label: Parameters<typeof textIn>[0] }) => ({
    value: o.value,
    label: textIn(o.label, language),
  });
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'background':
      return [{ id: question.id, title, categories: question.options.map(label) }];
    case 'rating': {
      const categories: Category[] = [];
      for (let v = question.min; v <= question.max; v++) {
        const step = question.stepLabels?.[v - question.min];
        categories.push({ value: String(v), label: step ? textIn(step, language) : String(v) });
      }
      return [{ id: question.id, title, categories }];
    }
    case 'nps':
      return [
        {
          id: question.id,
          title,
          categories: Array.from({ length: 11 }, (_, v) => ({ value: String(v), label: String(v) })),
        },
      ];
    case 'matrix':
      return question.rows.map((row) => ({
        id: `${question.id}.${row.value}`,
        title: `${title}: ${textIn(row.label, language)}`,
        categories: question.scale.map(label),
      }));
    default:
      return [];
  }
}

function npsOf(counts: Record<string, number>): number {
  let promoters = 0;
  let detractors = 0;
  let n = 0;
  for (const [value, count] of Object.entries(counts)) {
    const score = Number(value);
    n += count;
    if (score >= 9) promoters += count;
    else if (score <= 6) detractors += count;
  }
  return n ? Math.round(((promoters - detractors) / n) * 100) : 0;
}

export function computeResults(
  survey: SurveyVersion,
  tally: Tally,
  options: { k: number; language: Language; crossBy?: string | undefined },
): SurveyResults {
  const k = effectiveThreshold(options.k);
  const enough = tally.n >= k;
  const questions = survey.pages.flatMap((p) => p.questions);
  const distributions: Distribution[] = [];
  const cross: CrossTable[] = [];
  const byQuestion = questions.find((q) => q.id === options.crossBy && q.type === 'background');
  const byCategories = byQuestion ? categoriesOf(byQuestion, options.language)[0]!.categories : [];

  for (const question of questions) {
    for (const part of categoriesOf(question, options.language)) {
      const counts = tally.counts[part.id] ?? {};
      const raw = part.categories.map((c) => counts[c.value] ?? 0);
      const total = raw.reduce((a, b) => a + b, 0);
      const cells = enough
        ? suppressDistribution(raw, k)
        : raw.map(() => ({ shown: false as const, reason: 'small' as const }));
      const sum = tally.sums[question.id];
      const numeric = part.id === question.id && (question.type === 'rating' || question.type === 'nps');
      distributions.push({
        id: part.id,
        title: part.title,
        categories: part.categories,
        cells,
        total: enough && showTotal(cells, total, k) ? total : null,
        average: numeric && sum && sum.n >= k ? sum.sum / sum.n : null,
        nps: question.type === 'nps' && total >= k ? npsOf(counts) : null,
        kind: question.type,
      });
      if (byQuestion && question.id !== byQuestion.id) {
        const pairs = tally.cross[`${part.id}|${byQuestion.id}`] ?? {};
        const table = part.categories.map((row) =>
          byCategories.map((col) => pairs[`${row.value}|${col.value}`] ?? 0),
        );
        cross.push({
          id: part.id,
          title: part.title,
          rows: part.categories,
          columns: byCategories,
          cells: enough
            ? suppressTable(table, k)
            : table.map((r) => r.map(() => ({ shown: false as const, reason: 'small' as const }))),
        });
      }
    }
  }
  return { k, answers: enough ? tally.n : null, distributions, cross };
}

/** Answers per week (Monday first), suppressed like any other distribution. */
export function answersPerWeek(perDay: Map<string, number>, k: number): { week: string; cell: Cell }[] {
  const weeks = new Map<string, number>();
  for (const [day, count] of perDay) {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    const monday = date.toISOString().slice(0, 10);
    weeks.set(monday, (weeks.get(monday) ?? 0) + count);
  }
  const sorted = [...weeks].sort(([a], [b]) => (a < b ? -1 : 1));
  const cells = suppressDistribution(
    sorted.map(([, count]) => count),
    k,
  );
  return sorted.map(([week], i) => ({ week, cell: cells[i]! }));
}
