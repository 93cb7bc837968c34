import type { FastifyInstance } from 'fastify';
import { FEEDBACK_REPLY_DAYS } from '../accessibility/accessibility-feedback.ts';
import type { Database } from '../platform/db/database.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { OrganisationFrontPage, PlatformFrontPage } from './home-pages.tsx';
import { listOrganisations } from './organisation-repository.ts';

export async function homeRoutes(app: FastifyInstance, { db }: { db: Database }) {
  defineRoute(app, {
    method: 'GET',
    url: '/',
    access: 'public',
    handler: async (_request, reply) => {
      const organisations = await db.asApplication((tx) => listOrganisations(tx));
      return reply.page(<PlatformFrontPage organisations={organisations} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org',
    access: 'public',
    handler: async (_request, reply) => reply.page(<OrganisationFrontPage replyDays={FEEDBACK_REPLY_DAYS} />),
  });

  // An SVG can carry script: served with a sandboxing CSP so that opening it directly runs nothing.
  defineRoute(app, {
    method: 'GET',
    url: '/:org/logo.svg',
    access: 'public',
    handler: async (request, reply) => {
      const logo = request.organisation!.logo_svg;
      if (!logo) throw new HttpError(404);
      return reply
        .header('content-type', 'image/svg+xml')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('cache-control', 'public, max-age=300')
        .send(logo);
    },
  });

  // The organisation's colour is served as a stylesheet from this origin, so the CSP needs no inline style.
  defineRoute(app, {
    method: 'GET',
    url: '/:org/theme.css',
    access: 'public',
    handler: async (request, reply) => {
      const colour = request.organisation!.theme_colour;
      return reply
        .header('content-type', 'text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(`:root { --theme: ${colour}; }\n`);
    },
  });
}
