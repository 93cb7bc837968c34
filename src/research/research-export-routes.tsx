import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { csvStream } from '../analytics/export.ts';
import { ExportPage } from '../analytics/export-page.tsx';
import { xlsxStream } from '../analytics/xlsx.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { audit } from '../privacy/audit-log.ts';
import { chooseExportRecipient, disclosureRecipients } from '../privacy/registers/export-recipients.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';
import { hasPermission } from '../staff/permissions.ts';
import { researchExportRows } from './research-export.ts';
import { findProject, findTask } from './research-repository.ts';
import { researchTaskResults } from './research-results.ts';
import { ResearchResultsPage } from './research-results-pages.tsx';
import { inLanguage } from './task-console-forms.ts';

/**
 * Analysis of a research project (H3, H5, H9): a survey task's results through the anonymity threshold,
 * and the export of the project's answers, pseudonymised per project, for the organisation's own use or a
 * contract partner the register discloses pseudonymised research data to; the recipient is asked, checked
 * and audited like every export.
 */
const params = z.object({ project: z.string().max(60) });
const taskParams = z.object({ project: z.string().max(60), task: z.string().max(60) });

export async function researchExportRoutes(app: FastifyInstance, { db }: { db: Database }) {
  async function project(tx: Tx, request: FastifyRequest) {
    if (!request.organisation!.community_enabled) throw new HttpError(404);
    const parsed = params.safeParse(request.params);
    const found = parsed.success ? await findProject(tx, parsed.data.project) : undefined;
    if (!found) throw new HttpError(404);
    return found;
  }

  async function exportForm(tx: Tx, request: FastifyRequest, errors: { field: string; message: string }[]) {
    const found = await project(tx, request);
    const { t, language } = request.i18n;
    const base = `/${request.organisation!.slug}/console/research/${found.slug}`;
    return (
      <ExportPage
        title={t('research.export.title', { project: found.title[language] })}
        intro={t('research.export.intro')}
        fileBase={`${base}/export`}
        hidden={{}}
        recipients={disclosureRecipients(await registersInForce(tx), 'pseudonymised_research_answers')}
        onlyInternal={t('research.export.onlyInternal')}
        back={base}
        errors={errors}
      />
    );
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/research/:project/tasks/:task/results',
    access: 'results.read',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { language } = request.i18n;
      const page = await db.forOrganisation(organisation.id, async (tx) => {
        const found = await project(tx, request);
        const parsed = taskParams.safeParse(request.params);
        const task = parsed.success ? await findTask(tx, parsed.data.task) : undefined;
        if (!task || task.project_id !== found.id) throw new HttpError(404);
        const computed = await researchTaskResults(tx, task, {
          k: organisation.anonymity_threshold,
          language,
        });
        if (!computed) throw new HttpError(404);
        return (
          <ResearchResultsPage
            title={inLanguage(task.title, language)}
            results={computed.results}
            back={`/${organisation.slug}/console/research/${found.slug}`}
          />
        );
      });
      return reply.page(page);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/research/:project/export',
    access: 'results.export',
    handler: async (request, reply) =>
      reply.page(await db.forOrganisation(request.organisation!.id, (tx) => exportForm(tx, request, []))),
  });

  const formats = {
    csv: 'text/csv; charset=utf-8',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  } as const;
  for (const format of ['csv', 'xlsx'] as const) {
    defineRoute(app, {
      method: 'GET',
      url: `/:org/console/research/:project/export.${format}`,
      access: 'results.export',
      handler: async (request, reply) => {
        const organisation = request.organisation!;
        const staff = request.staff!;
        const chosen = (request.query as Record<string, unknown>).for;
        const includeFreeText = hasPermission(staff.roles, 'results.read_free_text');
        const outcome = await db.forOrganisation(organisation.id, async (tx) => {
          const found = await project(tx, request);
          const choice = chooseExportRecipient(
            await registersInForce(tx),
            'pseudonymised_research_answers',
            chosen,
            organisation.default_language,
          );
          if (!choice.ok) {
            const message = request.i18n.t(choice.message);
            return { refused: await exportForm(tx, request, [{ field: 'for', message }]) } as const;
          }
          await audit(tx, {
            organisationId: organisation.id,
            actor: { type: 'staff', id: staff.id },
            permission: 'results.export',
            action: 'research.export',
            details: {
              project: found.slug,
              format,
              freeText: includeFreeText,
              ...choice.audited,
            },
          });
          return { project: found } as const;
        });
        if ('refused' in outcome) return reply.page(outcome.refused, 400);
        const rows = researchExportRows(db, {
          organisationId: organisation.id,
          project: outcome.project,
          includeFreeText,
          k: organisation.anonymity_threshold,
        });
        const body = format === 'csv' ? csvStream(rows) : xlsxStream(rows, outcome.project.slug);
        return reply
          .header('content-type', formats[format])
          .header('content-disposition', `attachment; filename="${outcome.project.slug}.${format}"`)
          .header('cache-control', 'no-store')
          .send(Readable.from(body));
      },
    });
  }
}
