import { sql } from 'kysely';
import { helsinkiDay, helsinkiHour } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import type { AnswerValue } from './answer-validation.ts';

/**
 * Anonymous responses (E6): a random id, the survey version, the service point, the day (or the hour,
 * where the organisation asks for it) and the answers. Nothing about the person or their device.
 */
export interface NewResponse {
  organisationId: string;
  surveyId: string;
  versionId: string;
  servicePointId: string | null;
  answers: Record<string, AnswerValue>;
  at: Date;
  precision: 'day' | 'hour';
  /** The form's one-time submission hash; a second use stores nothing. */
  submissionHash: string;
}

/**
 * Stores the answer and marks the form as used, in one statement (one round trip on the answer's hot
 * path); false if the form was already sent, in which case nothing is stored.
 */
export async function storeResponse(tx: Tx, response: NewResponse): Promise<boolean> {
  const day = helsinkiDay(response.at);
  const hour = response.precision === 'hour' ? helsinkiHour(response.at) : null;
  const stored = await sql<{ id: string }>`
    with used as (
      insert into survey_submissions_used (organisation_id, survey_id, submission_hash, used_on)
      values (${response.organisationId}::uuid, ${response.surveyId}::uuid, ${response.submissionHash}, ${day}::date)
      on conflict (submission_hash) do nothing
      returning 1
    )
    insert into survey_responses
      (organisation_id, survey_id, survey_version_id, service_point_id, answered_on, answered_hour, answers)
    select ${response.organisationId}::uuid, ${response.surveyId}::uuid, ${response.versionId}::uuid,
      ${response.servicePointId}::uuid, ${day}::date, ${hour}::smallint, ${JSON.stringify(response.answers)}::jsonb
    from used
    returning id`.execute(tx);
  return stored.rows.length === 1;
}

/** Whether an answer was stored with this submission hash (the draw form's proof of an answer). */
export async function wasSubmitted(tx: Tx, surveyId: string, hash: string): Promise<boolean> {
  const row = await tx
    .selectFrom('survey_submissions_used')
    .select('submission_hash')
    .where('survey_id', '=', surveyId)
    .where('submission_hash', '=', hash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countResponses(tx: Tx, surveyId: string): Promise<number> {
  const row = await tx
    .selectFrom('survey_responses')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return row.count;
}
