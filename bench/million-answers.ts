import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { helsinkiDay } from '../src/platform/calendar.ts';
import type { Database } from '../src/platform/db/database.ts';
import { createStaffUser } from '../src/staff/staff-repository.ts';
import { FormClient, signInStaff } from '../tests/support/http-client.ts';
import type { DownloadInput, DownloadResult } from './download-worker.ts';
import { median } from './stats.ts';
import type { BenchSurvey } from './survey-fixture.ts';
import { runWorker } from './workers.ts';

/**
 * The large-survey measurements: a survey with a million answers, its results page and its CSV export,
 * read over HTTP by a signed-in staff user.
 */

/**
 * Inserts `count` responses straight with SQL, in chunks: varied answers to all ten questions (optional
 * ones left out in a share of rows), spread evenly over the last 365 Helsinki days (the last is today),
 * in day order as they would arrive, three service points and no point in a quarter of them. Free texts
 * have commas and quotes but no newlines, so the export's rows can be counted as lines.
 */
export async function insertAnswers(
  client: pg.Client,
  organisationId: string,
  survey: BenchSurvey,
  count: number,
): Promise<number> {
  const started = performance.now();
  const chunk = 100_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await client.query(
      `with today as (select (now() at time zone 'Europe/Helsinki')::date as day)
       insert into survey_responses
         (organisation_id, survey_id, survey_version_id, service_point_id, answered_on, answers)
       select $1::uuid, $2::uuid, $3::uuid, ($4::uuid[])[1 + i % 4],
         d.day,
         jsonb_strip_nulls(jsonb_build_object(
           'satisfaction', 1 + (i * 7) % 5,
           'visit_reason', (array['advice', 'application', 'library', 'other'])[1 + (i * 11) % 4],
           'used_services', case when i % 5 <> 0 then
             '[["wifi"], ["wifi", "printer"], ["computer"], ["printer", "computer", "lockers"]]'::jsonb -> ((i * 13) % 4)
           end,
           'recommend', case when i % 7 <> 0 then (i * 17) % 11 end,
           'best_thing', case when i % 3 = 0 then
             (array['Ystävällinen palvelu', 'Nopea, sujuva asiointi', 'Selkeät "ohjeet"', 'Aukioloajat'])[1 + i % 4]
           end,
           'improve', case when i % 4 = 0 then
             repeat('Enemmän istumapaikkoja, ja "selkeämmät" opasteet. ', 1 + i % 5) || i
           end,
           'wait_minutes', case when i % 2 = 0 then (i * 19) % 60 end,
           'last_visit', case when i % 6 = 0 then to_char(d.day - 1 - i % 90, 'YYYY-MM-DD') end,
           'aspects', case when i % 3 <> 2 then jsonb_build_object(
             'staff', (array['bad', 'ok', 'good'])[1 + (i * 23) % 3],
             'premises', (array['bad', 'ok', 'good'])[1 + (i * 29) % 3],
             'waiting', (array['bad', 'ok', 'good'])[1 + (i * 31) % 3])
           end,
           'age_band', case when i % 8 <> 0 then
             (array['under_25', '25_44', '45_64', '65_plus'])[1 + (i * 41) % 4]
           end
         ))
       from generate_series($5::int, $6::int) as g(i),
         lateral (select (select day from today) - 364 + ((i - 1)::bigint * 365 / $7::int)::int as day) d`,
      [organisationId, survey.surveyId, survey.versionId, survey.servicePointIds, from, to, count],
    );
  }
  await client.query('vacuum (analyze) survey_responses');
  return performance.now() - started;
}

/**
 * A signed-in staff user's cookie, through the console's own forms (password, TOTP enrolment, the
 * confidentiality commitment) driven with `app.inject`; the cookie is then sent on real HTTP requests.
 */
export async function staffCookie(
  app: FastifyInstance,
  db: Database,
  organisation: { id: string; slug: string },
) {
  const email = 'analyst@bench.example';
  const password = 'bench-password-for-analyst';
  await createStaffUser(db.system, {
    organisationId: organisation.id,
    email,
    displayName: 'Bench Analyst',
    password,
    roles: ['analyst', 'feedback_manager'],
    lastTrainingOn: helsinkiDay(new Date()),
  });
  const client = new FormClient(app);
  const signedIn = await signInStaff(client, organisation.slug, email, password, db);
  if (signedIn.statusCode !== 303) throw new Error(`Staff sign-in answered ${signedIn.statusCode}`);
  return [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

export function download(url: string, cookie: string, timeoutMs = 120_000): Promise<DownloadResult> {
  return runWorker<DownloadResult>('./download-worker.ts', {
    url,
    cookie,
    timeoutMs,
  } satisfies DownloadInput);
}

export type PageOutcome =
  | { kind: 'unavailable' }
  | { kind: 'failed'; status: number; error?: string }
  | { kind: 'ok'; coldMs: number; warmMs: number; warmRuns: number[]; bytes: number };

/** The results page: the first (cold) load, then the median of `runs` loads. 404 means the route is not there. */
export async function measureResultsPage(url: string, cookie: string, runs = 5): Promise<PageOutcome> {
  const cold = await download(url, cookie);
  if (cold.status === 404) return { kind: 'unavailable' };
  if (cold.status !== 200) return { kind: 'failed', status: cold.status, error: cold.error };
  const warmRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const warm = await download(url, cookie);
    if (warm.status !== 200) return { kind: 'failed', status: warm.status, error: warm.error };
    warmRuns.push(warm.totalMs);
  }
  return { kind: 'ok', coldMs: cold.totalMs, warmMs: median(warmRuns), warmRuns, bytes: cold.bytes };
}

/**
 * The results page's same-run baseline: one bare SQL query counting the survey's answers per day, the
 * least a page showing per-day totals from the answers themselves must do (median of 5 after a warm-up).
 */
export async function bareDayCounts(client: pg.Client, surveyId: string): Promise<number> {
  const query = () =>
    client.query(
      'select answered_on, count(*) from survey_responses where survey_id = $1 group by answered_on',
      [surveyId],
    );
  await query();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await query();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The export's same-run baseline: every answer of the survey read through a bare cursor, 10,000 a fetch. */
export async function bareCursorRead(
  client: pg.Client,
  surveyId: string,
): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  let rows = 0;
  await client.query('begin');
  try {
    await client.query(
      `declare bench_export no scroll cursor for
       select id, answered_on, service_point_id, answers from survey_responses where survey_id = $1
       order by answered_on, id`,
      [surveyId],
    );
    for (;;) {
      const batch = await client.query('fetch 10000 from bench_export');
      rows += batch.rowCount ?? 0;
      if (!batch.rowCount) break;
    }
  } finally {
    await client.query('commit');
  }
  return { rows, ms: performance.now() - started };
}
