import { addDays, helsinkiDay } from '../platform/calendar.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { findVersion } from '../surveys/survey-repository.ts';
import { addAnswers, emptyTally, mergeTally, type Tally, type TallyPlan, tallyPlan } from './tally.ts';

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

/**
 * Computes and stores the tallies of the days closed since the survey's last closing, and moves its
 * "closed through" mark. Reads only those days' answers (the index on survey, day and id), in keyset
 * batches, so memory stays flat; the daily job keeps this to a day's answers.
 */
export async function closeDays(tx: Tx, surveyId: string, plan: TallyPlan, today = helsinkiDay(new Date())) {
  const lastToClose = addDays(firstOpenDay(today), -1);
  const survey = await tx
    .selectFrom('surveys')
    .select(['organisation_id', 'tallies_closed_through'])
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const closedThrough = survey.tallies_closed_through;
  if (closedThrough !== null && closedThrough >= lastToClose) return 0;
  const tallies = new Map<string, Tally>();
  let after: { day: string; id: string } | undefined;
  for (;;) {
    let query = tx
      .selectFrom('survey_responses')
      .select(['id', 'answered_on', 'service_point_id', 'answers'])
      .where('survey_id', '=', surveyId)
      .where('answered_on', '<=', lastToClose)
      .orderBy('answered_on')
      .orderBy('id')
      .limit(BATCH);
    if (closedThrough !== null) query = query.where('answered_on', '>', closedThrough);
    if (after) {
      const { day, id } = after;
      query = query.where((eb) => eb(eb.refTuple('answered_on', 'id'), '>', eb.tuple(day, id)));
    }
    const rows = await query.execute();
    for (const row of rows) {
      const key = `${row.answered_on}/${row.service_point_id ?? NO_POINT}`;
      const tally = tallies.get(key) ?? emptyTally();
      addAnswers(tally, plan, row.answers);
      tallies.set(key, tally);
    }
    if (rows.length < BATCH) break;
    const last = rows.at(-1)!;
    after = { day: last.answered_on, id: last.id };
  }
  const values = [...tallies].map(([key, tally]) => {
    const [day, pointKey] = key.split('/') as [string, string];
    return {
      organisation_id: survey.organisation_id,
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
  await tx
    .updateTable('surveys')
    .set({ tallies_closed_through: lastToClose })
    .where('id', '=', surveyId)
    .execute();
  return values.length;
}

/** The daily job: closes yesterday's tallies of every published survey, so no results page has to. */
export async function closeAllTallies(db: Database, now: Date): Promise<number> {
  const today = helsinkiDay(now);
  const organisations = await db.system.selectFrom('organisations').select('id').execute();
  let closed = 0;
  for (const organisation of organisations) {
    closed += await db.forOrganisation(organisation.id, async (tx) => {
      const surveys = await tx
        .selectFrom('surveys')
        .select(['id', 'current_version_id'])
        .where('current_version_id', 'is not', null)
        .execute();
      let count = 0;
      for (const survey of surveys) {
        const version = await findVersion(tx, survey.current_version_id!);
        count += await closeDays(tx, survey.id, tallyPlan(version.definition), today);
      }
      return count;
    });
  }
  return closed;
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
