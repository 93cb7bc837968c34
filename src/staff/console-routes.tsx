import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAccessibilityFeedback } from '../accessibility/accessibility-repository.ts';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { cookieNames } from '../platform/http/request-context.tsx';
import { defineRoute } from '../platform/http/route.ts';
import { readAbuseLog } from '../privacy/abuse-log.ts';
import { audit, searchAuditLog } from '../privacy/audit-log.ts';
import {
  AbuseLogPage,
  AccessibilityFeedbackPage,
  AuditLogPage,
  CommitmentPage,
  ConsoleHomePage,
  SignInPage,
} from './console-pages.tsx';
import { acceptCommitment, currentCommitment } from './staff-gate.ts';
import { verifyStaffPassword } from './staff-repository.ts';
import { endStaffSession, STAFF_SESSION_ABSOLUTE_MS, startStaffSession } from './staff-session-repository.ts';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const auditSearchQuery = z.object({
  action: z.preprocess(emptyToUndefined, z.string().max(60).optional()),
  member: z.preprocess(emptyToUndefined, z.uuid().optional()),
  from: z.preprocess(emptyToUndefined, z.iso.date().optional()),
  to: z.preprocess(emptyToUndefined, z.iso.date().optional()),
  lang: z.string().optional(),
});

const signInForm = z.object({ email: z.string().max(254), password: z.string().max(256) });

export async function consoleRoutes(app: FastifyInstance, { db, config }: { db: Database; config: Config }) {
  const sessionCookie = cookieNames(config).staffSession;

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/sign-in',
    access: 'public',
    handler: async (_request, reply) => reply.page(<SignInPage />),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/sign-in',
    access: 'public',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const form = signInForm.safeParse(request.body);
      const user = form.success
        ? await db.forOrganisation(organisation.id, (tx) =>
            verifyStaffPassword(tx, form.data.email, form.data.password),
          )
        : undefined;
      if (!user) return reply.page(<SignInPage failed email={form.data?.email} />, 401);
      // A new session id at every sign-in.
      const token = await db.forOrganisation(organisation.id, (tx) =>
        startStaffSession(tx, { organisationId: organisation.id, staffUserId: user.id, now: new Date() }),
      );
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureTransport,
        maxAge: STAFF_SESSION_ABSOLUTE_MS / 1000,
      });
      return reply.redirect(`/${organisation.slug}/console`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/sign-out',
    access: 'staff',
    allowBeforeCommitment: true,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const token = request.cookies[sessionCookie];
      if (token) await db.forOrganisation(organisation.id, (tx) => endStaffSession(tx, token));
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.redirect(`/${organisation.slug}/console/sign-in`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/commitment',
    access: 'staff',
    allowBeforeCommitment: true,
    handler: async (request, reply) => {
      const commitment = await db.forOrganisation(request.organisation!.id, (tx) => currentCommitment(tx));
      if (!commitment) return reply.redirect(`/${request.organisation!.slug}/console`, 303);
      return reply.page(<CommitmentPage version={commitment.version} text={commitment.text} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/commitment',
    access: 'staff',
    allowBeforeCommitment: true,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      await db.forOrganisation(organisation.id, async (tx) => {
        const commitment = await currentCommitment(tx);
        if (commitment) {
          await acceptCommitment(tx, {
            organisationId: organisation.id,
            staffUserId: request.staff!.id,
            commitmentId: commitment.id,
          });
        }
      });
      return reply.redirect(`/${organisation.slug}/console`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console',
    access: 'staff',
    handler: async (_request, reply) => reply.page(<ConsoleHomePage />),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/accessibility-feedback',
    access: 'accessibility_feedback.read',
    handler: async (request, reply) => {
      const organisationId = request.organisation!.id;
      // The list holds residents' reply addresses: the read is audited in the same transaction.
      const feedback = await db.forOrganisation(organisationId, async (tx) => {
        const rows = await listAccessibilityFeedback(tx);
        await audit(tx, {
          organisationId,
          actor: { type: 'staff', id: request.staff!.id },
          permission: 'accessibility_feedback.read',
          action: 'accessibility_feedback.list',
          details: { rows: rows.length },
        });
        return rows;
      });
      return reply.page(<AccessibilityFeedbackPage feedback={feedback} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/audit-log',
    access: 'audit_log.read',
    handler: async (request, reply) => {
      const search = auditSearchQuery.parse(request.query);
      const organisationId = request.organisation!.id;
      const rows = await db.forOrganisation(organisationId, async (tx) => {
        await audit(tx, {
          organisationId,
          actor: { type: 'staff', id: request.staff!.id },
          permission: 'audit_log.read',
          action: 'audit_log.search',
          subjectMemberId: search.member ?? null,
        });
        return searchAuditLog(tx, {
          action: search.action,
          subjectMemberId: search.member,
          from: search.from,
          to: search.to,
        });
      });
      return reply.page(<AuditLogPage rows={rows} search={search} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/abuse-log',
    access: 'abuse.investigate',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const rows = await db.forOrganisation(organisation.id, async (tx) => {
        await audit(tx, {
          organisationId: organisation.id,
          actor: { type: 'staff', id: request.staff!.id },
          permission: 'abuse.investigate',
          action: 'abuse_log.read',
        });
        return readAbuseLog(tx, {});
      });
      return reply.page(<AbuseLogPage rows={rows} retentionDays={organisation.abuse_log_retention_days} />);
    },
  });
}
