import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { listServicePoints } from '../feedback/service-points.ts';
import { addDays, helsinkiDay } from '../platform/calendar.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { audit } from '../privacy/audit-log.ts';
import { chooseExportRecipient, disclosureRecipients } from '../privacy/registers/export-recipients.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';
import { hasPermission } from '../staff/permissions.ts';
import { findSurvey, findVersion, listSurveys } from '../surveys/survey-repository.ts';
import { textIn } from '../surveys/survey-text.ts';
import { exportCsv, exportRows } from './export.ts';
import { ExportPage } from './export-page.tsx';
import { answersPerWeek, computeResults } from './results.ts';
import { FreeTextPage, ResultsListPage, ResultsPage } from './results-pages.tsx';
import { effectiveThreshold } from './suppression.ts';
import { tallyPlan } from './tally.ts';
import { closeDays, tallyOf } from './tally-repository.ts';
import { xlsxStream } from './xlsx.ts';

/**
 * Results of surveys (E1, H5) for staff with results.read: distributions, averages, NPS, answers over
 * time, one background cross-tabulation and a comparison period, all through the threshold; free text
 * (results.read_free_text) only for groups of at least k, each read audited; CSV/XLSX export
 * (results.export), streamed and audited, made only for the organisation's own use or for a recipient
 * that a register in force discloses survey answers to (H9, E8).
 */
const day = z.iso.date();
const filterSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  point: z
    .string()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  by: z
    .string()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  compareFrom: day.optional().or(z.literal('').transform(() => undefined)),
  compareTo: day.optional().or(z.literal('').transform(() => undefined)),
});
const params = z.object({ survey: z.string().max(60), question: z.string().max(60).optional() });

export async function resultsRoutes(app: FastifyInstance, { db }: { db: Database }) {
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/results',
    access: 'results.read',
    handler: async (request, reply) => {
      const surveys = await db.forOrganisation(request.organisation!.id, (tx) => listSurveys(tx));
      return reply.page(
        <ResultsListPage
          surveys={surveys
            .filter((s) => s.number !== null)
            .map((s) => ({
              slug: s.slug,
              status: s.status,
              title: textIn(s.draft.title, request.i18n.language),
            }))}
        />,
      );
    },
  });

  /** The survey, its current version, the filter and the service point a results request names. */
  async function selection(tx: Tx, request: FastifyRequest) {
    const { survey: slug, question } = params.parse(request.params);
    const parsed = filterSchema.safeParse(request.query);
    if (!parsed.success) throw new HttpError(400);
    const survey = await findSurvey(tx, { slug });
    if (!survey?.current_version_id) throw new HttpError(404);
    const version = await findVersion(tx, survey.current_version_id);
    const today = helsinkiDay(new Date());
    const filter = {
      ...parsed.data,
      from: parsed.data.from ?? addDays(today, -364),
      to: parsed.data.to ?? today,
    };
    const points = await listServicePoints(tx);
    const point = filter.point ? points.find((p) => p.slug === filter.point) : undefined;
    if (filter.point && !point) throw new HttpError(404);
    return { survey, definition: version.definition, filter, points, point, question, today };
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/results/:survey',
    access: 'results.read',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const language = request.i18n.language;
      const page = await db.forOrganisation(organisation.id, async (tx) => {
        const s = await selection(tx, request);
        const plan = tallyPlan(s.definition);
        await closeDays(tx, s.survey.id, plan, s.today);
        const period = await tallyOf(
          tx,
          plan,
          { surveyId: s.survey.id, from: s.filter.from, to: s.filter.to, servicePointId: s.point?.id },
          s.today,
        );
        const k = organisation.anonymity_threshold;
        const results = computeResults(s.definition, period.total, { k, language, crossBy: s.filter.by });
        let comparison: ReturnType<typeof computeResults> | undefined;
        if (s.filter.compareFrom && s.filter.compareTo) {
          const other = await tallyOf(
            tx,
            plan,
            {
              surveyId: s.survey.id,
              from: s.filter.compareFrom,
              to: s.filter.compareTo,
              servicePointId: s.point?.id,
            },
            s.today,
          );
          comparison = computeResults(s.definition, other.total, { k, language });
        }
        const questions = s.definition.pages.flatMap((p) => p.questions);
        return (
          <ResultsPage
            surveySlug={s.survey.slug}
            title={textIn(s.definition.title, language)}
            results={results}
            comparison={comparison}
            weeks={results.answers === null ? [] : answersPerWeek(period.perDay, k)}
            filter={s.filter}
            points={s.points.map((p) => ({ slug: p.slug, name: p.name[language] }))}
            backgroundQuestions={questions
              .filter((q) => q.type === 'background')
              .map((q) => ({ id: q.id, title: textIn(q.text, language) }))}
            freeTextQuestions={questions
              .filter((q) => q.type === 'short_text' || q.type === 'long_text')
              .map((q) => ({ id: q.id, title: textIn(q.text, language) }))}
            canExport={hasPermission(request.staff!.roles, 'results.export')}
            canReadFreeText={hasPermission(request.staff!.roles, 'results.read_free_text')}
          />
        );
      });
      return reply.page(page);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/results/:survey/free-text/:question',
    access: 'results.read_free_text',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const language = request.i18n.language;
      const page = await db.forOrganisation(organisation.id, async (tx) => {
        const s = await selection(tx, request);
        const question = s.definition.pages.flatMap((p) => p.questions).find((q) => q.id === s.question);
        if (!question || (question.type !== 'short_text' && question.type !== 'long_text'))
          throw new HttpError(404);
        const k = effectiveThreshold(organisation.anonymity_threshold);
        let group = tx
          .selectFrom('survey_responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('survey_id', '=', s.survey.id)
          .where('answered_on', '>=', s.filter.from)
          .where('answered_on', '<=', s.filter.to);
        if (s.point) group = group.where('service_point_id', '=', s.point.id);
        const { n } = await group.executeTakeFirstOrThrow();
        let answers: string[] | null = null;
        if (Number(n) >= k) {
          let texts = tx
            .selectFrom('survey_responses')
            .select(`answers as answers`)
            .where('survey_id', '=', s.survey.id)
            .where('answered_on', '>=', s.filter.from)
            .where('answered_on', '<=', s.filter.to)
            .where(sql<boolean>`answers ? ${question.id}`)
            .orderBy('answered_on', 'desc')
            .limit(200);
          if (s.point) texts = texts.where('service_point_id', '=', s.point.id);
          answers = (await texts.execute()).map((r) => String(r.answers[question.id]));
          await audit(tx, {
            organisationId: organisation.id,
            actor: { type: 'staff', id: request.staff!.id },
            permission: 'results.read_free_text',
            action: 'results.free_text_read',
            details: {
              survey: s.survey.slug,
              question: question.id,
              shown: answers.length,
              from: s.filter.from,
              to: s.filter.to,
            },
          });
        }
        return (
          <FreeTextPage
            surveyTitle={textIn(s.definition.title, language)}
            question={textIn(question.text, language)}
            answers={answers}
            k={k}
            back={`/${organisation.slug}/console/results/${s.survey.slug}`}
          />
        );
      });
      return reply.page(page);
    },
  });

  /** The export form, and the same form again (400) when a file is asked for without a known recipient. */
  async function exportForm(tx: Tx, request: FastifyRequest, errors: { field: string; message: string }[]) {
    const s = await selection(tx, request);
    const { t, date } = request.i18n;
    const base = `/${request.organisation!.slug}/console/results/${s.survey.slug}`;
    const hidden: Record<string, string> = { from: s.filter.from, to: s.filter.to };
    if (s.point) hidden.point = s.point.slug;
    return (
      <ExportPage
        title={t('results.export.title', { survey: textIn(s.definition.title, request.i18n.language) })}
        intro={t('results.export.intro', { from: date(s.filter.from), to: date(s.filter.to) })}
        fileBase={`${base}/export`}
        hidden={hidden}
        recipients={disclosureRecipients(await registersInForce(tx), 'survey_answers')}
        onlyInternal={t('results.export.onlyInternal')}
        back={base}
        errors={errors}
      />
    );
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/results/:survey/export',
    access: 'results.export',
    handler: async (request, reply) => {
      const page = await db.forOrganisation(request.organisation!.id, (tx) => exportForm(tx, request, []));
      return reply.page(page);
    },
  });

  const formats = {
    csv: { type: 'text/csv; charset=utf-8' },
    xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  } as const;
  for (const format of ['csv', 'xlsx'] as const) {
    defineRoute(app, {
      method: 'GET',
      url: `/:org/console/results/:survey/export.${format}`,
      access: 'results.export',
      handler: async (request, reply) => {
        const organisation = request.organisation!;
        const staff = request.staff!;
        const chosen = (request.query as Record<string, unknown>).for;
        const s = await db.forOrganisation(organisation.id, async (tx) => {
          const found = await selection(tx, request);
          const choice = chooseExportRecipient(
            await registersInForce(tx),
            'survey_answers',
            chosen,
            organisation.default_language,
          );
          if (!choice.ok) {
            const message = request.i18n.t(choice.message);
            return { refused: await exportForm(tx, request, [{ field: 'for', message }]) } as const;
          }
          const includeFreeText = hasPermission(staff.roles, 'results.read_free_text');
          await audit(tx, {
            organisationId: organisation.id,
            actor: { type: 'staff', id: staff.id },
            permission: 'results.export',
            action: 'results.export',
            details: {
              survey: found.survey.slug,
              format,
              from: found.filter.from,
              to: found.filter.to,
              point: found.point?.slug ?? null,
              freeText: includeFreeText,
              ...choice.audited,
            },
          });
          return { ...found, includeFreeText };
        });
        if ('refused' in s) return reply.page(s.refused, 400);
        const query = {
          organisationId: organisation.id,
          surveyId: s.survey.id,
          from: s.filter.from,
          to: s.filter.to,
          servicePointId: s.point?.id,
          includeFreeText: s.includeFreeText,
          k: organisation.anonymity_threshold,
        };
        const body =
          format === 'csv'
            ? exportCsv(db, s.definition, query)
            : xlsxStream(exportRows(db, s.definition, query), s.survey.slug);
        return reply
          .header('content-type', formats[format].type)
          .header(
            'content-disposition',
            `attachment; filename="${s.survey.slug}-${s.filter.from}-${s.filter.to}.${format}"`,
          )
          .header('cache-control', 'no-store')
          .send(Readable.from(body));
      },
    });
  }
}
