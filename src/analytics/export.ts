import { sql } from 'kysely';
import type { Database } from '../platform/db/database.ts';
import type { Question, SurveyVersion } from '../surveys/survey-definition.ts';
import { effectiveThreshold } from './suppression.ts';

/**
 * A survey's answers as CSV, streamed in keyset batches so memory stays flat for a million rows.
 * Free-text columns only for staff with the free-text right. Background answers are quasi-identifiers:
 * a row whose combination of background answers is shared by fewer than k answers in the export has
 * them blanked ("suppressed"), so no export row group is smaller than k.
 */
export interface ExportQuery {
  organisationId: string;
  surveyId: string;
  from: string;
  to: string;
  servicePointId?: string | undefined;
  includeFreeText: boolean;
  k: number;
}

const BATCH = 5000;
const SUPPRESSED = 'suppressed';

export interface Column {
  header: string;
  value: (answers: Record<string, unknown>) => string;
}

/** The columns of a survey version's answers: one per question (a matrix: one per row); free text only if allowed. */
export function columnsOf(survey: SurveyVersion, includeFreeText: boolean): Column[] {
  const columns: Column[] = [];
  for (const q of survey.pages.flatMap((p) => p.questions) as Question[]) {
    if ((q.type === 'short_text' || q.type === 'long_text') && !includeFreeText) continue;
    if (q.type === 'matrix') {
      for (const row of q.rows)
        columns.push({
          header: `${q.id}.${row.value}`,
          value: (a) => String((a[q.id] as Record<string, string> | undefined)?.[row.value] ?? ''),
        });
    } else {
      columns.push({
        header: q.id,
        value: (a) => {
          const v = a[q.id];
          return v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
        },
      });
    }
  }
  return columns;
}

export function csvField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The export's rows in batches: first the header row, then the answers, oldest first. */
export async function* exportRows(
  db: Database,
  survey: SurveyVersion,
  query: ExportQuery,
): AsyncGenerator<string[][]> {
  const k = effectiveThreshold(query.k);
  const background = survey.pages
    .flatMap((p) => p.questions)
    .filter((q) => q.type === 'background')
    .map((q) => q.id);
  const columns = columnsOf(survey, query.includeFreeText);
  const points = new Map<string, string>();
  const smallGroups = new Set<string>();
  const keyOf = (answers: Record<string, unknown>) =>
    JSON.stringify(background.map((b) => answers[b] ?? null));

  await db.forOrganisation(query.organisationId, async (tx) => {
    for (const p of await tx.selectFrom('service_points').select(['id', 'slug']).execute())
      points.set(p.id, p.slug);
    if (background.length === 0) return;
    let groups = tx
      .selectFrom('survey_responses')
      .select([
        sql<string>`jsonb_build_array(${sql.join(background.map((b) => sql`answers->${b}`))})::text`.as(
          'key',
        ),
        sql<number>`count(*)::int`.as('n'),
      ])
      .where('survey_id', '=', query.surveyId)
      .where('answered_on', '>=', query.from)
      .where('answered_on', '<=', query.to)
      .groupBy(sql`1`);
    if (query.servicePointId) groups = groups.where('service_point_id', '=', query.servicePointId);
    for (const group of await groups.execute()) {
      if (group.n < k) smallGroups.add(JSON.stringify(JSON.parse(group.key)));
    }
  });

  yield [['answered_on', 'service_point', ...columns.map((c) => c.header)]];
  let after: { day: string; id: string } | undefined;
  for (;;) {
    const rows = await db.forOrganisation(query.organisationId, (tx) => {
      let q = tx
        .selectFrom('survey_responses')
        .select(['id', 'answered_on', 'service_point_id', 'answers'])
        .where('survey_id', '=', query.surveyId)
        .where('answered_on', '>=', query.from)
        .where('answered_on', '<=', query.to)
        .orderBy('answered_on')
        .orderBy('id')
        .limit(BATCH);
      if (query.servicePointId) q = q.where('service_point_id', '=', query.servicePointId);
      if (after) {
        const { day, id } = after;
        // A row comparison, so each batch seeks in the (survey, day, id) index instead of rescanning.
        q = q.where((eb) => eb(eb.refTuple('answered_on', 'id'), '>', eb.tuple(day, id)));
      }
      return q.execute();
    });
    const batch = rows.map((row) => {
      const hideBackground = background.length > 0 && smallGroups.has(keyOf(row.answers));
      const cells = columns.map((c) =>
        hideBackground && background.some((b) => c.header === b) ? SUPPRESSED : c.value(row.answers),
      );
      return [
        row.answered_on,
        row.service_point_id ? (points.get(row.service_point_id) ?? '') : '',
        ...cells,
      ];
    });
    if (batch.length) yield batch;
    if (rows.length < BATCH) return;
    const last = rows.at(-1)!;
    after = { day: last.answered_on, id: last.id };
  }
}

/** Rows in batches → CSV text in the same batches (RFC 4180 line ends, formula-safe fields). */
export async function* csvStream(batches: AsyncIterable<string[][]>): AsyncGenerator<string> {
  for await (const batch of batches) yield batch.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function exportCsv(db: Database, survey: SurveyVersion, query: ExportQuery): AsyncGenerator<string> {
  return csvStream(exportRows(db, survey, query));
}
