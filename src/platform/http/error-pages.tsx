import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { Layout } from '../html/layout.tsx';
import { usePage } from '../html/page-context.ts';
import type { MessageKey } from '../i18n/i18n.ts';

type ShownStatus = 400 | 403 | 404 | 413 | 429 | 500;

/** Maps any error to the status a person should see; nothing internal is ever shown. */
export function statusOf(error: unknown): ShownStatus {
  if (error instanceof ZodError) return 400;
  const e = error as Partial<FastifyError> & { validation?: unknown };
  if (e.validation) return 400;
  const status = e.statusCode ?? 500;
  if (status === 413) return 413;
  if (status === 429) return 429;
  if (status === 404) return 404;
  if (status === 401 || status === 403) return 403;
  if (status >= 400 && status < 500) return 400;
  return 500;
}

function ErrorPage(props: { status: ShownStatus }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <Layout title={t(`error.${props.status}.title` as MessageKey)}>
      <h1>{t(`error.${props.status}.title` as MessageKey)}</h1>
      <p>{t(`error.${props.status}.body` as MessageKey)}</p>
      <p>
        <a href={organisation ? `/${organisation.slug}` : '/'}>{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

export function sendError(request: FastifyRequest, reply: FastifyReply, status: ShownStatus) {
  if (!wantsHtml(request)) {
    return reply.status(status).send({ error: request.i18n.t(`error.${status}.title` as MessageKey) });
  }
  return reply.page(<ErrorPage status={status} />, status);
}

export function registerErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404));
  app.setErrorHandler((error, request, reply) => {
    const status = statusOf(error);
    if (status === 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status, code: (error as FastifyError).code }, 'request refused');
    return sendError(request, reply, status);
  });
}
