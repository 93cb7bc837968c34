import { sql } from 'kysely';
import { addDays, helsinkiDay } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { addAnswers, emptyTally, mergeTally, type Tally, type TallyPlan } from './tally.ts';

/**
 * Day tallies: a closed day's counts are computed once from its answers and stored, per service point.
 * A day is closed once the next day is over (so no late-committing answer can be missed); the two open
 * days are counted live. Retention deletes answers but not tallies: they are counts, shown only above k.
 */
const NO_POINT = '-';
const BATCH = 5000;

export function firstOpenDay(today: string): string {
  return addDays(today, -1);
}

/** Computes and stores the tallies of closed days that have answers but no tally yet. */
export async function closeDays(tx: Tx, surveyId: string, plan: TallyPlan, today = helsinkiDay(new Date())) {
  const openFrom = firstOpenDay(today);
  const missing = await tx
    .selectFrom('survey_responses as r')
    .select([
      'r.answered_on as day',
      sql<string>`coalesce(r.service_point_id::text, ${sql.lit(NO_POINT)})`.as('point_key'),
    ])
    .where('r.survey_id', '=', surveyId)
    .where('r.answered_on', '<', openFrom)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('survey_day_tallies as t')
            .select(sql`1`.as('one'))
            .whereRef('t.survey_id', '=', 'r.survey_id')
            .whereRef('t.day', '=', 'r.answered_on')
            .where(sql<boolean>`t.point_key = coalesce(r.service_point_id::text, ${sql.lit(NO_POINT)})`),
        ),
      ),
    )
    .groupBy(['r.answered_on', sql`coalesce(r.service_point_id::text, ${sql.lit(NO_POINT)})`])
    .execute();
  if (missing.length === 0) return 0;
  const wanted = new Set(missing.map((m) => `${m.day}/${m.point_key}`));
  const organisation = await tx
    .selectFrom('surveys')
    .select('organisation_id')
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const days = [...new Set(missing.map((m) => m.day))].sort();
  const tallies = new Map<string, Tally>();
  // Read the missing days' answers in keyset batches, so memory stays flat however many there are.
  for (const day of days) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await tx
        .selectFrom('survey_responses')
        .select(['id', 'service_point_id', 'answers'])
        .where('survey_id', '=', surveyId)
        .where('answered_on', '=', day)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        const key = `${day}/${row.service_point_id ?? NO_POINT}`;
        if (!wanted.has(key)) continue;
        const tally = tallies.get(key) ?? emptyTally();
        addAnswers(tally, plan, row.answers);
        tallies.set(key, tally);
      }
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.id;
    }
  }
  const values = [...tallies].map(([key, tally]) => {
    const [day, pointKey] = key.split('/') as [string, string];
    return {
      organisation_id: organisation.organisation_id,
      survey_id: surveyId,
      point_key: pointKey,
      day,
      tally: JSON.stringify(tally),
    };
  });
  for (let i = 0; i < values.length; i += 500)
    await tx
      .insertInto('survey_day_tallies')
      .values(values.slice(i, i + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
  return values.length;
}

export interface TallyQuery {
  surveyId: string;
  from: string;
  to: string;
  servicePointId?: string | undefined;
}

export interface PeriodTally {
  total: Tally;
  /** answers per day, for the time series */
  perDay: Map<string, number>;
}

/** The tally of a period: stored closed days plus the open days counted live. */
export async function tallyOf(
  tx: Tx,
  plan: TallyPlan,
  query: TallyQuery,
  today = helsinkiDay(new Date()),
): Promise<PeriodTally> {
  const openFrom = firstOpenDay(today);
  const total = emptyTally();
  const perDay = new Map<string, number>();
  let stored = tx
    .selectFrom('survey_day_tallies')
    .select(['day', 'tally'])
    .where('survey_id', '=', query.surveyId)
    .where('day', '>=', query.from)
    .where('day', '<=', query.to)
    .where('day', '<', openFrom);
  if (query.servicePointId) stored = stored.where('point_key', '=', query.servicePointId);
  for (const row of await stored.execute()) {
    const tally = row.tally as Tally;
    mergeTally(total, tally);
    perDay.set(row.day, (perDay.get(row.day) ?? 0) + tally.n);
  }
  if (query.to >= openFrom) {
    let live = tx
      .selectFrom('survey_responses')
      .select(['answered_on', 'answers'])
      .where('survey_id', '=', query.surveyId)
      .where('answered_on', '>=', query.from > openFrom ? query.from : openFrom)
      .where('answered_on', '<=', query.to);
    if (query.servicePointId) live = live.where('service_point_id', '=', query.servicePointId);
    for (const row of await live.execute()) {
      addAnswers(total, plan, row.answers);
      perDay.set(row.answered_on, (perDay.get(row.answered_on) ?? 0) + 1);
    }
  }
  return { total, perDay };
}
