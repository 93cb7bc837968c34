import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Access } from '../../staff/permissions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the access it declared, for tests and for the docs. */
    declaredRoutes: { method: string; url: string; access: Access }[];
  }
  interface FastifyContextConfig {
    /** What the route needs; see staff/permissions.ts. A route without it cannot be registered. */
    access?: Access;
    /** E9: the few staff routes reachable before the commitment is accepted (the commitment page, sign-out). */
    allowBeforeCommitment?: boolean;
  }
}

export interface RouteDefinition {
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  /** Requests per minute per client. Form posts default to a strict limit. */
  rateLimitPerMinute?: number;
  allowBeforeCommitment?: boolean;
  /**
   * Only for RFC 8058 one-click unsubscribe, whose POST comes from the recipient's mail provider without a
   * form or cookie: the route must then check a token of its own in the URL. Every other POST has CSRF.
   */
  withoutCsrfForOneClickUnsubscribe?: true;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

const DEFAULT_POST_LIMIT_PER_MINUTE = 30;

/**
 * The only way Kuule registers a route. It declares the access the route needs (checked centrally in
 * access-control.ts) and puts CSRF protection in front of every state-changing request.
 */
export function defineRoute(app: FastifyInstance, route: RouteDefinition): void {
  const changesState = route.method !== 'GET';
  const csrf = changesState && !route.withoutCsrfForOneClickUnsubscribe;
  const perMinute = route.rateLimitPerMinute ?? (changesState ? DEFAULT_POST_LIMIT_PER_MINUTE : undefined);
  app.route({
    method: route.method,
    url: route.url,
    config: {
      access: route.access,
      allowBeforeCommitment: route.allowBeforeCommitment ?? false,
      ...(perMinute ? { rateLimit: { max: perMinute, timeWindow: '1 minute' } } : {}),
    },
    ...(csrf ? { preHandler: app.csrfProtection } : {}),
    handler: route.handler,
  });
}

/** Fails start-up if any route (ours or a plugin's) was registered without declaring its access. */
export function requireDeclaredAccess(app: FastifyInstance): void {
  const declared: FastifyInstance['declaredRoutes'] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (options) => {
    const access = options.config?.access;
    if (options.method === 'HEAD' && !access) return; // Fastify's automatic HEAD twin of a GET
    if (!access) {
      throw new Error(
        `Route ${String(options.method)} ${options.url} does not declare its access (see defineRoute).`,
      );
    }
    declared.push({ method: String(options.method), url: options.url ?? '', access });
  });
}
