import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAccessibilityFeedback } from '../accessibility/accessibility-repository.ts';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { cookieNames } from '../platform/http/request-context.tsx';
import { defineRoute } from '../platform/http/route.ts';
import { AccessibilityFeedbackPage, CommitmentPage, ConsoleHomePage, SignInPage } from './console-pages.tsx';
import { acceptCommitment, currentCommitment } from './staff-gate.ts';
import { verifyStaffPassword } from './staff-repository.ts';
import { endStaffSession, STAFF_SESSION_ABSOLUTE_MS, startStaffSession } from './staff-session-repository.ts';

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
      const feedback = await db.forOrganisation(request.organisation!.id, (tx) =>
        listAccessibilityFeedback(tx),
      );
      return reply.page(<AccessibilityFeedbackPage feedback={feedback} />);
    },
  });
}
