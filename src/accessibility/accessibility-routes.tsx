import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { parseForm } from '../platform/http/form.ts';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { accessibilityFeedbackForm, replyDueOn } from './accessibility-feedback.ts';
import { AccessibilityStatementPage, AccessibilityThanksPage } from './accessibility-pages.tsx';
import { recordAccessibilityFeedback } from './accessibility-repository.ts';

const thanksQuery = z.object({ due: z.iso.date() });

export async function accessibilityRoutes(
  app: FastifyInstance,
  { db, jobs, config }: { db: Database; jobs: JobQueue; config: Config },
) {
  defineRoute(app, {
    method: 'GET',
    url: '/:org/accessibility',
    access: 'public',
    handler: async (_request, reply) => reply.page(<AccessibilityStatementPage />),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/accessibility/feedback',
    access: 'public',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const form = parseForm(accessibilityFeedbackForm, request.body, request.i18n);
      if (!form.ok)
        return reply.page(<AccessibilityStatementPage errors={form.errors} values={form.values} />, 400);
      const due = replyDueOn(new Date());
      await db.forOrganisation(organisation.id, (tx) =>
        recordAccessibilityFeedback(tx, organisation.id, { ...form.data, ...due }),
      );

      // The notification names no resident and quotes nothing: staff read the feedback in the console.
      const staffLanguage = translator(organisation.default_language);
      const consoleUrl = new URL(
        `/${organisation.slug}/console/accessibility-feedback`,
        config.publicUrl,
      ).toString();
      await jobs
        .sendEmail({
          to: organisation.contact_email,
          subject: staffLanguage.t('console.feedback.notification.subject', {
            organisation: organisation.name[staffLanguage.language],
          }),
          text: staffLanguage.t('console.feedback.notification.body', {
            date: staffLanguage.date(due.replyDueOn),
            url: consoleUrl,
          }),
        })
        .catch((error: unknown) =>
          request.log.error({ err: error }, 'could not queue the feedback notification'),
        );
      return reply.redirect(`/${organisation.slug}/accessibility/thanks?due=${due.replyDueOn}`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/accessibility/thanks',
    access: 'public',
    handler: async (request, reply) => {
      const { due } = thanksQuery.parse(request.query);
      return reply.page(<AccessibilityThanksPage replyDueOn={due} />);
    },
  });
}
