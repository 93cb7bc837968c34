import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Config } from '../../config.ts';
import { findMemberBySessionToken, type Member, setMemberLanguage } from '../../members/member-repository.ts';
import { organisationLookup } from '../../organisations/organisation-lookup.ts';
import type { Organisation } from '../../organisations/organisation-repository.ts';
import { audit } from '../../privacy/audit-log.ts';
import { TrainingRequiredPage } from '../../staff/console-pages.tsx';
import { hasPermission } from '../../staff/permissions.ts';
import { staffGate } from '../../staff/staff-gate.ts';
import { findStaffBySessionToken } from '../../staff/staff-session-repository.ts';
import { helsinkiDay } from '../calendar.ts';
import type { Database } from '../db/database.ts';
import type { PageContext, SignedInStaff } from '../html/page-context.ts';
import { renderDocument } from '../html/render.tsx';
import { negotiateLanguage, type Translator, translator } from '../i18n/i18n.ts';
import { HttpError } from './http-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    organisation: Organisation | null;
    i18n: Translator;
    staff: SignedInStaff | null;
    /** The signed-in member, on routes with access 'member'. */
    member: SignedInMember | null;
  }
  interface FastifyReply {
    /** Renders a page in the request's language, organisation and theme. */
    page(page: ComponentChildren, status?: number): FastifyReply;
  }
}

export const LANGUAGE_COOKIE = 'kuule-lang';

export type SignedInMember = Member & { sessionId: string };

export function cookieNames(config: Config) {
  // The __Host- prefix binds a cookie to this exact origin over HTTPS; browsers refuse it over plain HTTP.
  const prefix = config.secureTransport ? '__Host-' : '';
  return {
    staffSession: `${prefix}kuule-staff`,
    memberSession: `${prefix}kuule-member`,
    staffSecondFactor: 'kuule-staff-2fa',
    csrf: `${prefix}kuule-csrf`,
  };
}

/**
 * Per-request context, resolved before any handler runs: the organisation from the URL, the language,
 * and, for anything not public, the signed-in staff user and their right to this route.
 */
export function registerRequestContext(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  const { db, config } = deps;
  const cookies = cookieNames(config);
  app.decorateRequest('organisation', null);
  app.decorateRequest('staff', null);
  app.decorateRequest('member', null);
  app.decorateRequest('i18n', null as unknown as Translator);

  app.addHook('onRequest', async (request) => {
    request.i18n = translator(languageOf(request, 'fi'));
  });

  const findOrganisation = organisationLookup(db);
  app.addHook('preHandler', async (request, reply) => {
    const slug = (request.params as { org?: string } | undefined)?.org;
    if (slug !== undefined) {
      request.organisation = (await findOrganisation(slug)) ?? null;
      if (!request.organisation) throw new HttpError(404);
      request.i18n = translator(languageOf(request, request.organisation.default_language));
    }
    const explicit = (request.query as { lang?: unknown } | undefined)?.lang;
    if (explicit === request.i18n.language) {
      reply.setCookie(LANGUAGE_COOKIE, request.i18n.language, {
        path: '/',
        maxAge: 365 * 24 * 3600,
        sameSite: 'lax',
        secure: config.secureTransport,
        httpOnly: true,
      });
    }

    const access = request.routeOptions.config.access;
    if (access === 'public' || request.is404) return;
    if (access === 'member') {
      const organisation = request.organisation;
      const token = request.cookies[cookies.memberSession];
      const found =
        organisation && token
          ? await db.forOrganisation(organisation.id, (tx) => findMemberBySessionToken(tx, token, new Date()))
          : undefined;
      if (!organisation || !found) {
        if (organisation && request.method === 'GET')
          return reply.redirect(`/${organisation.slug}/sign-in`, 303);
        throw new HttpError(403);
      }
      request.member = { ...found.member, sessionId: found.sessionId };
      // A member's language is remembered with the member: an explicit choice updates it, otherwise it applies.
      if (explicit === request.i18n.language && explicit !== found.member.language) {
        await db.forOrganisation(organisation.id, (tx) =>
          setMemberLanguage(tx, found.member.id, request.i18n.language),
        );
      } else if (explicit !== request.i18n.language) {
        request.i18n = translator(found.member.language);
      }
      return;
    }
    // Deny by default: anything else needs a signed-in staff user of this organisation.
    const organisation = request.organisation;
    const token = request.cookies[cookies.staffSession];
    if (organisation && token) {
      request.staff =
        (await db.forOrganisation(organisation.id, (tx) => findStaffBySessionToken(tx, token, new Date()))) ??
        null;
    }
    if (!organisation || !request.staff) {
      if (organisation && request.method === 'GET') {
        return reply.redirect(`/${organisation.slug}/console/sign-in`, 303);
      }
      throw new HttpError(403);
    }
    if (!request.routeOptions.config.allowBeforeCommitment) {
      const staff = request.staff;
      const gate = await db.forOrganisation(organisation.id, (tx) =>
        staffGate(tx, staff, organisation.training_interval_months, helsinkiDay(new Date())),
      );
      if (!gate.open && gate.reason === 'commitment') {
        if (request.method === 'GET') return reply.redirect(`/${organisation.slug}/console/commitment`, 303);
        throw new HttpError(403);
      }
      if (!gate.open)
        return reply.page(<TrainingRequiredPage months={organisation.training_interval_months} />, 403);
    }
    if (access === 'staff') return;
    if (!access || !hasPermission(request.staff.roles, access)) {
      const staffId = request.staff.id;
      await db.forOrganisation(organisation.id, (tx) =>
        audit(tx, {
          organisationId: organisation.id,
          actor: { type: 'staff', id: staffId },
          permission: access ?? null,
          action: 'access.refused',
          outcome: 'denied',
          details: { route: `${request.method} ${request.routeOptions.url}` },
        }),
      );
      throw new HttpError(403);
    }
  });

  app.decorateReply('page', function (this: FastifyReply, page: ComponentChildren, status = 200) {
    const request = this.request;
    const reply = this;
    let csrfToken: string | null = null;
    const context: PageContext = {
      i18n: request.i18n,
      path: request.url.split('?')[0] ?? '/',
      organisation: request.organisation,
      staff: request.staff,
      demo: config.demo,
      // Created only when a page renders a form, so pages without forms set no CSRF cookie.
      get csrfToken() {
        csrfToken ??= reply.generateCsrf();
        return csrfToken;
      },
    };
    const html = renderDocument(context, page);
    return this.status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(html);
  });
}

function languageOf(request: FastifyRequest, fallback: 'fi' | 'sv' | 'en') {
  return negotiateLanguage({
    query: (request.query as { lang?: unknown } | undefined)?.lang,
    cookie: request.cookies?.[LANGUAGE_COOKIE],
    acceptLanguage: request.headers['accept-language'],
    fallback,
  });
}
