import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { accessibilityRoutes } from './accessibility/accessibility-routes.tsx';
import { resultsRoutes } from './analytics/results-routes.tsx';
import type { Config } from './config.ts';
import { drawConsoleRoutes } from './feedback/draw-console.tsx';
import { feedbackRoutes } from './feedback/feedback-routes.tsx';
import { emailChangeRoutes } from './members/email-change-routes.tsx';
import { memberRoutes } from './members/member-routes.tsx';
import { myDataRoutes } from './members/my-data-routes.tsx';
import { homeRoutes } from './organisations/home-routes.tsx';
import type { Database } from './platform/db/database.ts';
import { devMailboxRoutes } from './platform/email/dev-mailbox-routes.tsx';
import { registerErrorPages } from './platform/http/error-pages.tsx';
import { HttpError } from './platform/http/http-error.ts';
import { cookieNames, registerRequestContext } from './platform/http/request-context.tsx';
import { requireDeclaredAccess } from './platform/http/route.ts';
import { systemRoutes } from './platform/http/system-routes.ts';
import type { JobQueue } from './platform/jobs/job-queue.ts';
import { loggerOptions } from './platform/logging.ts';
import { privacyRoutes } from './privacy/privacy-routes.tsx';
import { registerConsoleRoutes } from './privacy/registers/register-console-routes.tsx';
import { requestConsoleRoutes } from './privacy/requests/request-console-routes.tsx';
import { retentionConsoleRoutes } from './privacy/retention/retention-console.tsx';
import { discussionRoutes } from './research/discussion-routes.tsx';
import { inviteRoutes } from './research/invite-routes.tsx';
import { researchExportRoutes } from './research/research-export-routes.tsx';
import { researchTaskRoutes } from './research/task-routes.ts';
import { consoleRoutes } from './staff/console-routes.tsx';
import { staffManagementRoutes } from './staff/staff-management.tsx';
import { surveyBuilderRoutes } from './surveys/builder/builder-routes.tsx';

export interface AppDependencies {
  config: Config;
  db: Database;
  jobs: JobQueue;
  /** Where logs go; tests pass a stream to read them. Defaults to stdout. */
  logStream?: NodeJS.WritableStream;
}

/** Form posts are small; anything larger is refused with 413 before it is read. */
const BODY_LIMIT_BYTES = 64 * 1024;

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logStream
      ? { ...loggerOptions(config.logLevel), stream: deps.logStream }
      : loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true },
  });
  requireDeclaredAccess(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.secureTransport ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.secureTransport ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie, { secret: config.secret });
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: cookieNames(config).csrf,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: config.secureTransport, signed: true },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: 300,
    timeWindow: '1 minute',
    // The client address is used in memory to count requests, and never stored or logged.
    errorResponseBuilder: () => new HttpError(429),
  });

  registerRequestContext(app, { db: deps.db, config });
  registerErrorPages(app);

  await app.register(systemRoutes, { db: deps.db });
  await app.register(homeRoutes, { db: deps.db });
  await app.register(accessibilityRoutes, { db: deps.db, jobs: deps.jobs, config });
  await app.register(privacyRoutes, { db: deps.db });
  await app.register(memberRoutes, { db: deps.db, jobs: deps.jobs, config });
  await app.register(myDataRoutes, { db: deps.db, jobs: deps.jobs, config });
  await app.register(emailChangeRoutes, { db: deps.db, jobs: deps.jobs, config });
  await app.register(consoleRoutes, { db: deps.db, config });
  await app.register(staffManagementRoutes, { db: deps.db });
  await app.register(surveyBuilderRoutes, { db: deps.db, config });
  await app.register(feedbackRoutes, { db: deps.db, config });
  await app.register(resultsRoutes, { db: deps.db });
  await app.register(researchExportRoutes, { db: deps.db });
  await app.register(drawConsoleRoutes, { db: deps.db, config });
  await app.register(retentionConsoleRoutes, { db: deps.db, config, jobs: deps.jobs });
  await app.register(registerConsoleRoutes, { db: deps.db });
  await app.register(requestConsoleRoutes, { db: deps.db, config });
  await app.register(discussionRoutes, { db: deps.db });
  await app.register(researchTaskRoutes, { db: deps.db });
  await app.register(inviteRoutes, { db: deps.db, jobs: deps.jobs, config });
  if (config.demo) await app.register(devMailboxRoutes, { db: deps.db });

  return app;
}
