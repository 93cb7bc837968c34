import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { LocalisedText, SurveysTable } from '../platform/db/schema.ts';
import { undeclaredCollection, undeclaredResearchCollection } from '../privacy/registers/data-categories.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';
import {
  missingTranslations,
  type SurveyDraft,
  type SurveyVersion,
  surveyDraftSchema,
  surveyVersionSchema,
} from './survey-definition.ts';

/**
 * Surveys and their versions. A draft may be edited at will; publishing freezes it as the next version,
 * which every answer then names. Editing a published survey edits the draft; publishing again makes a
 * new version, and answers already given keep theirs.
 */
export type SurveyRow = Selectable<SurveysTable>;
export interface Survey extends Omit<SurveyRow, 'draft'> {
  draft: SurveyDraft;
}

function withDraft(row: SurveyRow): Survey {
  return { ...row, draft: surveyDraftSchema.parse(row.draft) };
}

export interface NewSurvey {
  organisationId: string;
  slug: string;
  kind: 'feedback' | 'research';
  draft: SurveyDraft;
  drawEnabled?: boolean;
}

export async function createSurvey(tx: Tx, input: NewSurvey): Promise<Survey> {
  const row = await tx
    .insertInto('surveys')
    .values({
      organisation_id: input.organisationId,
      slug: input.slug,
      kind: input.kind,
      draft: JSON.stringify(surveyDraftSchema.parse(input.draft)),
      draw_enabled: input.drawEnabled ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return withDraft(row);
}

export async function findSurvey(tx: Tx, by: { slug: string } | { id: string }): Promise<Survey | undefined> {
  const query = tx.selectFrom('surveys').selectAll();
  const row = await ('slug' in by
    ? query.where('slug', '=', by.slug)
    : query.where('id', '=', by.id)
  ).executeTakeFirst();
  return row && withDraft(row);
}

export async function listSurveys(tx: Tx, kind?: 'feedback' | 'research') {
  let query = tx
    .selectFrom('surveys as s')
    .leftJoin('survey_versions as v', 'v.id', 's.current_version_id')
    .select(['s.id', 's.slug', 's.kind', 's.status', 's.draft', 's.draw_enabled', 's.updated_at', 'v.number'])
    .orderBy('s.created_at', 'desc');
  if (kind) query = query.where('s.kind', '=', kind);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, draft: surveyDraftSchema.parse(row.draft) }));
}

export async function saveDraft(tx: Tx, surveyId: string, draft: SurveyDraft): Promise<void> {
  await tx
    .updateTable('surveys')
    .set({ draft: JSON.stringify(surveyDraftSchema.parse(draft)), updated_at: new Date() })
    .where('id', '=', surveyId)
    .execute();
}

export type PublishOutcome = { ok: true; versionNumber: number } | { ok: false; problems: string[] };

/** Freezes the draft as the next version, if it is complete in every language it is published in. */
export async function publishSurvey(tx: Tx, surveyId: string): Promise<PublishOutcome> {
  const survey = await findSurvey(tx, { id: surveyId });
  if (!survey) return { ok: false, problems: ['The survey does not exist.'] };
  const parsed = surveyVersionSchema.safeParse(survey.draft);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'too_small' && issue.path.includes('questions')
        ? `Page ${Number(issue.path[1]) + 1} has no questions.`
        : issue.message,
    );
    return { ok: false, problems };
  }
  const missing = missingTranslations(parsed.data);
  if (missing.length) return { ok: false, problems: missing.map((where) => `Translation missing: ${where}`) };
  // A survey collects only what a register declares (data content): the register must be updated first.
  const registers = await registersInForce(tx);
  const undeclared =
    survey.kind === 'feedback'
      ? undeclaredCollection(registers, parsed.data, survey.draw_enabled)
      : undeclaredResearchCollection(registers, parsed.data);
  if (undeclared.length) return { ok: false, problems: undeclared };
  const latest = await tx
    .selectFrom('survey_versions')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const number = (latest?.number ?? 0) + 1;
  const version = await tx
    .insertInto('survey_versions')
    .values({
      organisation_id: survey.organisation_id,
      survey_id: surveyId,
      number,
      definition: JSON.stringify(parsed.data),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('surveys')
    .set({ status: 'published', current_version_id: version.id, closed_at: null, updated_at: new Date() })
    .where('id', '=', surveyId)
    .execute();
  return { ok: true, versionNumber: number };
}

/** A closed survey takes no answers; publishing it again reopens it. */
export async function closeSurvey(tx: Tx, surveyId: string): Promise<void> {
  await tx
    .updateTable('surveys')
    .set({ status: 'closed', closed_at: new Date(), updated_at: new Date() })
    .where('id', '=', surveyId)
    .where('status', '=', 'published')
    .execute();
}

/** A new draft with the same questions and service points, and no answers. */
export async function copySurvey(tx: Tx, surveyId: string, slug: string): Promise<Survey> {
  const original = await findSurvey(tx, { id: surveyId });
  if (!original) throw new Error('The survey to copy does not exist.');
  const copy = await createSurvey(tx, {
    organisationId: original.organisation_id,
    slug,
    kind: original.kind,
    draft: original.draft,
    drawEnabled: original.draw_enabled,
  });
  const points = await tx
    .selectFrom('survey_service_points')
    .select('service_point_id')
    .where('survey_id', '=', surveyId)
    .execute();
  if (points.length) {
    await tx
      .insertInto('survey_service_points')
      .values(
        points.map((p) => ({
          organisation_id: original.organisation_id,
          survey_id: copy.id,
          service_point_id: p.service_point_id,
        })),
      )
      .execute();
  }
  return copy;
}

export interface SurveyHeader {
  id: string;
  organisation_id: string;
  slug: string;
  kind: 'feedback' | 'research';
  status: 'draft' | 'published' | 'closed';
  draw_enabled: boolean;
  current_version_id: string | null;
}

export interface PublishedSurvey {
  survey: SurveyHeader;
  versionId: string;
  versionNumber: number;
  definition: SurveyVersion;
}

export type OpenSurveyLookup =
  | {
      kind: 'open';
      open: PublishedSurvey;
      point: { id: string; slug: string; name: LocalisedText } | undefined;
    }
  | { kind: 'closed' }
  | { kind: 'missing' };

/**
 * The survey as respondents see it now: its current published version, or why there is none. This is
 * on every answer's path, so it reads only the survey's header (the status must be fresh: a closed
 * survey takes no answers) and takes the version, which never changes, from a cache.
 */
export async function findOpenSurvey(
  tx: Tx,
  slug: string,
  /** A service point's slug: found only if the survey is attached to it (in the same query). */
  pointSlug?: string,
): Promise<OpenSurveyLookup> {
  const row = await tx
    .selectFrom('surveys as s')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('service_points as p')
          .innerJoin('survey_service_points as sp', 'sp.service_point_id', 'p.id')
          .select(['sp.survey_id', 'p.id as point_id', 'p.slug as point_slug', 'p.name as point_name'])
          .where('p.slug', '=', pointSlug ?? '')
          .as('pt'),
      (join) => join.onRef('pt.survey_id', '=', 's.id'),
    )
    .select([
      's.id',
      's.organisation_id',
      's.slug',
      's.kind',
      's.status',
      's.draw_enabled',
      's.current_version_id',
      'pt.point_id',
      'pt.point_slug',
      'pt.point_name',
    ])
    .where('s.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return { kind: 'missing' };
  if (row.status === 'closed') return { kind: 'closed' };
  if (row.status !== 'published' || !row.current_version_id) return { kind: 'missing' };
  if (pointSlug && !row.point_id) return { kind: 'missing' };
  const { point_id, point_slug, point_name, ...survey } = row;
  const version = await cachedVersion(tx, survey.organisation_id, survey.current_version_id!);
  return {
    kind: 'open',
    open: { survey, versionId: version.id, versionNumber: version.number, definition: version.definition },
    point:
      point_id && point_slug && point_name ? { id: point_id, slug: point_slug, name: point_name } : undefined,
  };
}

export async function findVersion(tx: Tx, versionId: string) {
  const row = await tx
    .selectFrom('survey_versions')
    .select(['id', 'number', 'definition'])
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  return { ...row, definition: surveyVersionSchema.parse(row.definition) };
}

/**
 * Published versions are immutable, so a parsed one is kept (bounded). The key includes the organisation
 * the survey row was read for under row-level security, so a cached version is only ever given back to
 * the tenant it belongs to.
 */
const versionCache = new Map<string, Awaited<ReturnType<typeof findVersion>>>();
const VERSION_CACHE_SIZE = 200;

async function cachedVersion(tx: Tx, organisationId: string, versionId: string) {
  const key = `${organisationId}/${versionId}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const version = await findVersion(tx, versionId);
  if (versionCache.size >= VERSION_CACHE_SIZE) versionCache.delete(versionCache.keys().next().value!);
  versionCache.set(key, version);
  return version;
}

export async function listVersions(tx: Tx, surveyId: string) {
  const rows = await tx
    .selectFrom('survey_versions')
    .select(['id', 'number', 'definition', 'published_at'])
    .where('survey_id', '=', surveyId)
    .orderBy('number')
    .execute();
  return rows.map((row) => ({ ...row, definition: surveyVersionSchema.parse(row.definition) }));
}

export async function setDrawEnabled(tx: Tx, surveyId: string, enabled: boolean): Promise<void> {
  await tx.updateTable('surveys').set({ draw_enabled: enabled }).where('id', '=', surveyId).execute();
}
