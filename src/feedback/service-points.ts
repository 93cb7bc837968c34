import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { LocalisedText, ServicePointsTable } from '../platform/db/schema.ts';

/** Where feedback is given: a customer service point, a library, a swimming hall. */
export type ServicePoint = Selectable<ServicePointsTable>;

export function listServicePoints(tx: Tx): Promise<ServicePoint[]> {
  return tx.selectFrom('service_points').selectAll().orderBy('slug').execute();
}

export function findServicePoint(tx: Tx, slug: string): Promise<ServicePoint | undefined> {
  return tx.selectFrom('service_points').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function createServicePoint(
  tx: Tx,
  input: { organisationId: string; slug: string; name: LocalisedText },
): Promise<ServicePoint> {
  return tx
    .insertInto('service_points')
    .values({ organisation_id: input.organisationId, slug: input.slug, name: JSON.stringify(input.name) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The service points a survey is attached to (its per-point addresses and QR codes). */
export function servicePointsOfSurvey(tx: Tx, surveyId: string): Promise<ServicePoint[]> {
  return tx
    .selectFrom('service_points as p')
    .innerJoin('survey_service_points as sp', 'sp.service_point_id', 'p.id')
    .selectAll('p')
    .where('sp.survey_id', '=', surveyId)
    .orderBy('p.slug')
    .execute();
}

export async function setSurveyServicePoints(
  tx: Tx,
  organisationId: string,
  surveyId: string,
  servicePointIds: string[],
): Promise<void> {
  await tx.deleteFrom('survey_service_points').where('survey_id', '=', surveyId).execute();
  if (servicePointIds.length === 0) return;
  await tx
    .insertInto('survey_service_points')
    .values(
      servicePointIds.map((id) => ({
        organisation_id: organisationId,
        survey_id: surveyId,
        service_point_id: id,
      })),
    )
    .execute();
}
