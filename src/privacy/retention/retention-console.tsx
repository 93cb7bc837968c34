import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../platform/db/database.ts';
import { CsrfField } from '../../platform/html/layout.tsx';
import { usePage } from '../../platform/html/page-context.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { ConsoleLayout } from '../../staff/console-pages.tsx';
import { listRetentionRuns, type RetentionOutcome, runRetention } from './retention-engine.ts';

/**
 * The register owner's view of retention (retention.manage): each rule with its period and source,
 * what a run would delete today (a dry run), a button to run now, and the evidence of past runs.
 */
type RunRow = Awaited<ReturnType<typeof listRetentionRuns>>[number];

function RetentionPage(props: { outcomes: RetentionOutcome[]; runs: RunRow[]; done?: number | undefined }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const describe = (o: RetentionOutcome) => o.description?.[language] ?? o.ruleKey;
  return (
    <ConsoleLayout title={t('retention.title')}>
      <h1>{t('retention.title')}</h1>
      <p>{t('retention.intro')}</p>
      {props.done !== undefined && (
        <div class="notice" role="status">
          <p>{t('retention.done', { deleted: props.done })}</p>
        </div>
      )}
      <table>
        <caption class="visually-hidden">{t('retention.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.register')}</th>
            <th scope="col">{t('retention.rule')}</th>
            <th scope="col">{t('retention.period')}</th>
            <th scope="col">{t('retention.source')}</th>
            <th scope="col">{t('retention.today')}</th>
            <th scope="col">{t('retention.reminders')}</th>
          </tr>
        </thead>
        <tbody>
          {props.outcomes.map((o) => (
            <tr key={`${o.registerSlug}/${o.ruleKey}`}>
              <td>{o.registerSlug}</td>
              <td>{describe(o)}</td>
              <td>{o.periodDays ?? '—'}</td>
              <td>{t(`retention.source.${o.source}`)}</td>
              <td>{o.source === 'event' ? '—' : o.deleted}</td>
              <td>{o.source === 'event' ? '—' : o.reminded}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action={`/${organisation!.slug}/console/retention`}>
        <CsrfField />
        <button type="submit">{t('retention.runNow')}</button>
      </form>
      <h2>{t('retention.evidence')}</h2>
      <table>
        <caption class="visually-hidden">{t('retention.evidence')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.ranAt')}</th>
            <th scope="col">{t('retention.rule')}</th>
            <th scope="col">{t('retention.ranBy')}</th>
            <th scope="col">{t('retention.cutoff')}</th>
            <th scope="col">{t('retention.deleted')}</th>
            <th scope="col">{t('retention.reminders')}</th>
          </tr>
        </thead>
        <tbody>
          {props.runs.map((run) => (
            <tr key={run.id}>
              <td>{i18n.dateTime(run.ran_at)}</td>
              <td>
                {run.register_slug}/{run.rule_key}
              </td>
              <td>{run.ran_by}</td>
              <td>{run.cutoff ?? '—'}</td>
              <td>{run.deleted}</td>
              <td>{run.reminded}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

const doneQuery = z.object({ done: z.coerce.number().int().min(0).optional() });

export async function retentionConsoleRoutes(
  app: FastifyInstance,
  { db, config, jobs }: { db: Database; config: Config; jobs: JobQueue },
) {
  const engine = (organisationSlug: string, dryRun: boolean, ranBy: string) =>
    runRetention(db, {
      now: new Date(),
      dryRun,
      ranBy,
      organisationSlug,
      vault: config.vault,
      publicUrl: config.publicUrl,
      sendEmail: (message) => jobs.sendEmail(message),
    });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/retention',
    access: 'retention.manage',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const [report] = await engine(organisation.slug, true, request.staff!.id);
      const runs = await listRetentionRuns(db, organisation.id);
      const query = doneQuery.safeParse(request.query);
      return reply.page(
        <RetentionPage
          outcomes={report?.outcomes ?? []}
          runs={runs}
          done={query.success ? query.data.done : undefined}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/retention',
    access: 'retention.manage',
    rateLimitPerMinute: 5,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const [report] = await engine(organisation.slug, false, request.staff!.id);
      const deleted = (report?.outcomes ?? []).reduce((n, o) => n + o.deleted, 0);
      return reply.redirect(`/${organisation.slug}/console/retention?done=${deleted}`, 303);
    },
  });
}
