import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listAccessibilityFeedback } from '../accessibility/accessibility-repository.ts';
import type { Config } from '../config.ts';
import { readContactDetails } from '../members/identity-vault.ts';
import type { Database } from '../platform/db/database.ts';
import { HttpError } from '../platform/http/http-error.ts';
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
  ContactDetailsListPage,
  SecondFactorPage,
  SignInPage,
} from './console-pages.tsx';
import {
  discover,
  finishOidcSignIn,
  oidcSettings,
  type PendingOidcSignIn,
  startOidcSignIn,
} from './oidc-sign-in.ts';
import {
  acceptedCounter,
  enrolmentDetails,
  recordFailedSignIn,
  recordSecondFactorSuccess,
  secondFactorState,
} from './second-factor.ts';

const SECOND_FACTOR_WINDOW_MS = 5 * 60_000;

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
  const secondFactorCookie = cookieNames(config).staffSecondFactor;
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureTransport,
      maxAge: STAFF_SESSION_ABSOLUTE_MS / 1000,
    });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/sign-in',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const oidc = await db.forOrganisation(organisation.id, (tx) =>
        tx.selectFrom('organisation_oidc').select('issuer').executeTakeFirst(),
      );
      return reply.page(<SignInPage oidc={Boolean(oidc)} />);
    },
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
            verifyStaffPassword(tx, form.data.email, form.data.password, new Date()),
          )
        : undefined;
      if (!user) return reply.page(<SignInPage failed email={form.data?.email} />, 401);
      // The password is only the first step: a signed, five-minute cookie carries the user to the second.
      reply.setCookie(secondFactorCookie, `${user.id}.${Date.now() + SECOND_FACTOR_WINDOW_MS}`, {
        path: `/${organisation.slug}/console`,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureTransport,
        signed: true,
        maxAge: SECOND_FACTOR_WINDOW_MS / 1000,
      });
      return reply.redirect(`/${organisation.slug}/console/second-factor`, 303);
    },
  });

  /** The QR code and key to show, while the user has not yet enrolled an authenticator. */
  const enrolmentIfNeeded = (state: { enrolled: boolean; secret: string; email: string }, slug: string) =>
    state.enrolled ? undefined : enrolmentDetails(state.secret, `${state.email} (${slug})`);

  /** The staff user who passed the password step in this browser within the last five minutes, if any. */
  const passedPassword = (request: FastifyRequest): string | undefined => {
    const raw = request.cookies[secondFactorCookie];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    if (!unsigned?.valid || !unsigned.value) return undefined;
    const [staffUserId, expires] = unsigned.value.split('.');
    return staffUserId && Number(expires) > Date.now() ? staffUserId : undefined;
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/second-factor',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const staffUserId = passedPassword(request);
      if (!staffUserId) return reply.redirect(`/${organisation.slug}/console/sign-in`, 303);
      const state = await db.forOrganisation(organisation.id, (tx) =>
        secondFactorState(tx, config.vault, organisation.id, staffUserId),
      );
      const enrolment = await enrolmentIfNeeded(state, organisation.slug);
      return reply.page(<SecondFactorPage enrolment={enrolment} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/second-factor',
    access: 'public',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const staffUserId = passedPassword(request);
      if (!staffUserId) return reply.redirect(`/${organisation.slug}/console/sign-in`, 303);
      const code = z.object({ code: z.string().trim().max(10) }).safeParse(request.body);
      const now = new Date();
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        const state = await secondFactorState(tx, config.vault, organisation.id, staffUserId);
        const locked = state.lockedUntil && new Date(state.lockedUntil) > now;
        const counter =
          code.success && !locked
            ? acceptedCounter(state.secret, code.data.code, state.lastCounter, now)
            : undefined;
        if (counter === undefined) {
          if (!locked) await recordFailedSignIn(tx, staffUserId, now);
          return { ok: false as const, enrolled: state.enrolled, secret: state.secret, email: state.email };
        }
        await recordSecondFactorSuccess(tx, staffUserId, counter, now);
        // A new session id at every sign-in.
        const token = await startStaffSession(tx, { organisationId: organisation.id, staffUserId, now });
        return { ok: true as const, token };
      });
      if (!outcome.ok) {
        const enrolment = await enrolmentIfNeeded(outcome, organisation.slug);
        return reply.page(<SecondFactorPage enrolment={enrolment} failed />, 401);
      }
      reply.clearCookie(secondFactorCookie, { path: `/${organisation.slug}/console` });
      setSessionCookie(reply, outcome.token);
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

  // H6: contact details are opened only here, for staff with the right, and each member's read is audited.
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/contact-details',
    access: 'contact_details.read',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const rows = await db.forOrganisation(organisation.id, async (tx) => {
        const details = await readContactDetails(tx, config.vault, organisation.id);
        const members = await tx.selectFrom('members').select(['id', 'pseudonym']).execute();
        const pseudonyms = new Map(members.map((m) => [m.id, m.pseudonym]));
        for (const memberId of new Set(details.map((d) => d.memberId))) {
          await audit(tx, {
            organisationId: organisation.id,
            actor: { type: 'staff', id: request.staff!.id },
            permission: 'contact_details.read',
            action: 'contact_details.read',
            subjectMemberId: memberId,
          });
        }
        return details.map((d) => ({ ...d, pseudonym: pseudonyms.get(d.memberId) ?? null }));
      });
      return reply.page(<ContactDetailsListPage rows={rows} />);
    },
  });

  const oidcCookie = 'kuule-oidc';
  const callbackUrl = (slug: string) => new URL(`/${slug}/console/sign-in/oidc/callback`, config.publicUrl);

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/sign-in/oidc',
    access: 'public',
    rateLimitPerMinute: 20,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const settings = await db.forOrganisation(organisation.id, (tx) =>
        oidcSettings(tx, config.vault, organisation.id),
      );
      if (!settings) throw new HttpError(404);
      const { url, pending } = await startOidcSignIn(
        await discover(settings),
        callbackUrl(organisation.slug).toString(),
      );
      reply.setCookie(oidcCookie, JSON.stringify(pending), {
        path: `/${organisation.slug}/console`,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureTransport,
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(url.toString(), 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/sign-in/oidc/callback',
    access: 'public',
    rateLimitPerMinute: 20,
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const raw = request.cookies[oidcCookie];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      reply.clearCookie(oidcCookie, { path: `/${organisation.slug}/console` });
      const settings = await db.forOrganisation(organisation.id, (tx) =>
        oidcSettings(tx, config.vault, organisation.id),
      );
      if (!settings || !unsigned?.valid || !unsigned.value)
        return reply.page(<SignInPage oidcFailed oidc={Boolean(settings)} />, 403);
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const email = await finishOidcSignIn(
        await discover(settings),
        new URL(`${callbackUrl(organisation.slug).pathname}${query}`, config.publicUrl),
        JSON.parse(unsigned.value) as PendingOidcSignIn,
      ).catch((error: unknown) => {
        request.log.warn({ err: error }, 'OpenID Connect sign-in failed');
        return undefined;
      });
      const token = email
        ? await db.forOrganisation(organisation.id, async (tx) => {
            const user = await tx
              .selectFrom('staff_users')
              .select(['id', 'disabled_at'])
              .where('email', '=', email)
              .executeTakeFirst();
            if (!user || user.disabled_at) return undefined;
            return startStaffSession(tx, {
              organisationId: organisation.id,
              staffUserId: user.id,
              now: new Date(),
            });
          })
        : undefined;
      if (!token) return reply.page(<SignInPage oidcFailed oidc />, 403);
      setSessionCookie(reply, token);
      return reply.redirect(`/${organisation.slug}/console`, 303);
    },
  });
}
