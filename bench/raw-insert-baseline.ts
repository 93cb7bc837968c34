import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { submissionHash } from '../src/feedback/feedback-form.ts';
import { helsinkiDay } from '../src/platform/calendar.ts';
import { type LoadOutcome, summarise } from './stats.ts';

/**
 * The baseline for the form benchmark: the same two rows per answer the app stores (the used submission
 * hash, then the response with the same columns and the same jsonb answers), in one transaction, from a
 * bare `pg` Pool with one connection per loop, at the same concurrency for the same time. No HTTP, no
 * validation, no tenant or role switch: what PostgreSQL alone costs.
 */
export async function rawInsertBaseline(
  url: string,
  target: { organisationId: string; surveyId: string; versionId: string },
  answersJson: string[],
  concurrency: number,
  seconds: number,
): Promise<LoadOutcome> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
  const latencies: number[] = [];
  let answers = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async (client: pg.PoolClient, first: number) => {
    let n = first;
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const day = helsinkiDay(new Date());
      try {
        await client.query('begin');
        await client.query(
          `insert into survey_submissions_used (organisation_id, survey_id, submission_hash, used_on)
           values ($1, $2, $3, $4) on conflict (submission_hash) do nothing returning submission_hash`,
          [
            target.organisationId,
            target.surveyId,
            submissionHash(randomBytes(16).toString('base64url')),
            day,
          ],
        );
        await client.query(
          `insert into survey_responses (organisation_id, survey_id, survey_version_id, service_point_id,
             answered_on, answered_hour, answers) values ($1, $2, $3, $4, $5, $6, $7)`,
          [
            target.organisationId,
            target.surveyId,
            target.versionId,
            null,
            day,
            null,
            answersJson[n % answersJson.length],
          ],
        );
        await client.query('commit');
        latencies.push(performance.now() - t0);
        answers++;
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
        await client.query('rollback').catch(() => {});
      }
      n += concurrency;
    }
  };
  await Promise.all(clients.map((client, i) => loop(client, i)));
  const elapsed = performance.now() - started;
  for (const client of clients) client.release();
  await pool.end();
  return summarise(concurrency, answers, errors, firstError, elapsed, latencies);
}
