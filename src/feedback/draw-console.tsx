import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { CsrfField, ErrorSummary } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';
import { findSurvey, listSurveys } from '../surveys/survey-repository.ts';
import { textIn } from '../surveys/survey-text.ts';
import { countDrawEntries, type DrawResult, listDraws, runPrizeDraw } from './draw-repository.ts';

/**
 * The prize draw in the console (draws.run, E3, E6): how many have entered (a count, never a list),
 * past draws with their commitments, and running a draw, which shows the winners' contacts this once
 * and deletes every contact of the draw in the same transaction.
 */
const params = z.object({ survey: z.string().max(60) });
const drawForm = z.object({ winners: z.coerce.number().int().min(1).max(100) });

type DrawRow = Awaited<ReturnType<typeof listDraws>>[number];

function DrawPage(props: { title: string; slug: string; entries: number; draws: DrawRow[]; error?: string }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('draw.titleOf', { survey: props.title })}>
      <h1>{t('draw.titleOf', { survey: props.title })}</h1>
      <p>{t('draw.entries', { count: props.entries })}</p>
      <p>{t('draw.explain')}</p>
      {props.error && <ErrorSummary errors={[{ field: 'winners', message: props.error }]} />}
      {props.entries > 0 && (
        <form method="post" action={`/${organisation!.slug}/console/draws/${props.slug}`}>
          <CsrfField />
          <div class="field">
            <label for="winners">{t('draw.winners')}</label>
            <input type="text" inputMode="numeric" id="winners" name="winners" value="1" />
          </div>
          <button type="submit">{t('draw.run')}</button>
        </form>
      )}
      {props.draws.length > 0 && (
        <table>
          <caption>{t('draw.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('draw.when')}</th>
              <th scope="col">{t('draw.by')}</th>
              <th scope="col">{t('draw.entryCount')}</th>
              <th scope="col">{t('draw.winnerCount')}</th>
              <th scope="col">{t('draw.deleted')}</th>
              <th scope="col">{t('draw.commitment')}</th>
            </tr>
          </thead>
          <tbody>
            {props.draws.map((d) => (
              <tr key={d.id}>
                <td>{i18n.dateTime(d.drawn_at)}</td>
                <td>{d.drawn_by}</td>
                <td>{d.entry_count}</td>
                <td>{d.winner_count}</td>
                <td>{d.contacts_deleted}</td>
                <td>
                  <code>{d.commitment}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ConsoleLayout>
  );
}

function DrawResultPage(props: { title: string; result: DrawResult }) {
  const { t } = usePage().i18n;
  return (
    <ConsoleLayout title={t('draw.resultTitle')}>
      <h1>{t('draw.resultTitle')}</h1>
      <p>{props.title}</p>
      <div class="notice" role="status">
        <p>{t('draw.shownOnce')}</p>
      </div>
      <h2>{t('draw.winnersHeading')}</h2>
      <ul data-winners>
        {props.result.winners.map((w) => (
          <li key={w.value}>
            {w.kind === 'email' ? t('draw.email') : t('draw.phone')}: <strong>{w.value}</strong>
          </li>
        ))}
      </ul>
      <p>{t('draw.deletedAll', { count: props.result.entryCount })}</p>
      <p>
        {t('draw.commitment')}: <code>{props.result.commitment}</code>
      </p>
    </ConsoleLayout>
  );
}

function DrawListPage(props: { surveys: { slug: string; title: string }[] }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('draw.title')}>
      <h1>{t('draw.title')}</h1>
      <ul>
        {props.surveys.map((s) => (
          <li key={s.slug}>
            <a href={`/${organisation!.slug}/console/draws/${s.slug}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </ConsoleLayout>
  );
}

export async function drawConsoleRoutes(
  app: FastifyInstance,
  { db, config }: { db: Database; config: Config },
) {
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/draws',
    access: 'draws.run',
    handler: async (request, reply) => {
      const surveys = await db.forOrganisation(request.organisation!.id, (tx) => listSurveys(tx, 'feedback'));
      return reply.page(
        <DrawListPage
          surveys={surveys
            .filter((s) => s.draw_enabled)
            .map((s) => ({ slug: s.slug, title: textIn(s.draft.title, request.i18n.language) }))}
        />,
      );
    },
  });

  const load = (organisationId: string, slug: string) =>
    db.forOrganisation(organisationId, async (tx) => {
      const survey = await findSurvey(tx, { slug });
      if (!survey?.draw_enabled) throw new HttpError(404);
      return {
        survey,
        entries: await countDrawEntries(tx, survey.id),
        draws: await listDraws(tx, survey.id),
      };
    });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/draws/:survey',
    access: 'draws.run',
    handler: async (request, reply) => {
      const { survey: slug } = params.parse(request.params);
      const { survey, entries, draws } = await load(request.organisation!.id, slug);
      return reply.page(
        <DrawPage
          title={textIn(survey.draft.title, request.i18n.language)}
          slug={slug}
          entries={entries}
          draws={draws}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/draws/:survey',
    access: 'draws.run',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { survey: slug } = params.parse(request.params);
      const { survey, entries, draws } = await load(organisation.id, slug);
      const title = textIn(survey.draft.title, request.i18n.language);
      const form = drawForm.safeParse(request.body);
      if (!form.success)
        return reply.page(
          <DrawPage
            title={title}
            slug={slug}
            entries={entries}
            draws={draws}
            error={request.i18n.t('draw.winnersInvalid')}
          />,
          400,
        );
      const result = await db.forOrganisation(organisation.id, (tx) =>
        runPrizeDraw(tx, config.vault, {
          organisationId: organisation.id,
          surveyId: survey.id,
          staffId: request.staff!.id,
          winnerCount: form.data.winners,
        }),
      );
      if (!result)
        return reply.page(
          <DrawPage
            title={title}
            slug={slug}
            entries={0}
            draws={draws}
            error={request.i18n.t('draw.noEntries')}
          />,
          409,
        );
      // Shown once: not cached, not stored anywhere after this response.
      reply.header('cache-control', 'no-store');
      return reply.page(<DrawResultPage title={title} result={result} />);
    },
  });
}
