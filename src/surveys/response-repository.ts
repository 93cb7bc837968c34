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

/** Stores the answer and marks the form as used, together; false if the form was already sent. */
export async function storeResponse(tx: Tx, response: NewResponse): Promise<boolean> {
  const day = helsinkiDay(response.at);
  const used = await tx
    .insertInto('survey_submissions_used')
    .values({
      organisation_id: response.organisationId,
      survey_id: response.surveyId,
      submission_hash: response.submissionHash,
      used_on: day,
    })
    .onConflict((oc) => oc.column('submission_hash').doNothing())
    .returning('submission_hash')
    .executeTakeFirst();
  if (!used) return false;
  await tx
    .insertInto('survey_responses')
    .values({
      organisation_id: response.organisationId,
      survey_id: response.surveyId,
      survey_version_id: response.versionId,
      service_point_id: response.servicePointId,
      answered_on: day,
      answered_hour: response.precision === 'hour' ? helsinkiHour(response.at) : null,
      answers: JSON.stringify(response.answers),
    })
    .execute();
  return true;
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
