import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../platform/db/database.ts';
import { Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { NoticeDocument } from './registers/notice-document.tsx';
import { noticeJson, noticeMarkdown } from './registers/notice-sections.ts';
import type { Register } from './registers/register.ts';
import { findRegister, registersInForce } from './registers/register-repository.ts';

function PrivacyIndexPage(props: { registers: Register[] }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  return (
    <Layout title={t('privacy.title')}>
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro', { organisation: organisation!.name[language] })}</p>
      {props.registers.length === 0 ? (
        <p>{t('privacy.noNotices')}</p>
      ) : (
        <ul class="cards">
          {props.registers.map((register) => (
            <li class="card" key={register.slug}>
              <a href={`/${organisation!.slug}/privacy/${register.slug}`}>{register.title[language]}</a>
            </li>
          ))}
        </ul>
      )}
      <p>{t('privacy.contact', { email: organisation!.contact_email })}</p>
    </Layout>
  );
}

/** The privacy notice, rendered from the register's data; printable (the print stylesheet drops the chrome). */
function NoticePage(props: { register: Register }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/privacy/${props.register.slug}`;
  return (
    <Layout title={props.register.title[language]}>
      <NoticeDocument register={props.register} i18n={i18n} />
      <p class="hint">
        {t('notice.otherFormats', { json: 'JSON', markdown: 'Markdown' })}{' '}
        <a href={`${base}.json?lang=${language}`}>JSON</a> ·{' '}
        <a href={`${base}.md?lang=${language}`}>Markdown</a>
      </p>
    </Layout>
  );
}

const registerParam = z.object({ register: z.string().regex(/^[a-z0-9-]{1,63}(\.(json|md))?$/) });
const indexQuery = z.object({
  covers: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/)
    .optional(),
});
const noticeQuery = z.object({ version: z.coerce.number().int().positive().max(1_000_000).optional() });

/**
 * The notice that covers what a form collects, by the register's data-content category: forms link here
 * (`/<org>/privacy?covers=feedback`) so the link follows the register, whatever its address.
 */
export function noticeCovering(organisationSlug: string, category: string): string {
  return `/${organisationSlug}/privacy?covers=${category}`;
}

export async function privacyRoutes(app: FastifyInstance, deps: { db: Database }) {
  const { db } = deps;
  defineRoute(app, {
    method: 'GET',
    url: '/:org/privacy',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const registers = await db.forOrganisation(organisation.id, (tx) => registersInForce(tx));
      const covers = indexQuery.safeParse(request.query).data?.covers;
      const covering = covers
        ? registers.find((register) => register.dataContent.some((category) => category.key === covers))
        : undefined;
      if (covering) {
        const lang = request.i18n.language;
        return reply.redirect(`/${organisation.slug}/privacy/${covering.slug}?lang=${lang}`, 303);
      }
      return reply.page(<PrivacyIndexPage registers={registers} />);
    },
  });

  // /<org>/privacy/<register>, and the same as .json or .md (or by the Accept header).
  defineRoute(app, {
    method: 'GET',
    url: '/:org/privacy/:register',
    access: 'public',
    handler: async (request, reply) => {
      const parsed = registerParam.safeParse(request.params);
      if (!parsed.success) throw new HttpError(404);
      const [slug = '', suffix] = parsed.data.register.split('.');
      // An earlier version stays readable at ?version=N: what the notice said when someone relied on it.
      const version = noticeQuery.safeParse(request.query).data?.version;
      const register = await db.forOrganisation(request.organisation!.id, (tx) =>
        findRegister(tx, slug, version),
      );
      if (!register) throw new HttpError(404);
      const accept = request.headers.accept ?? '';
      const format =
        suffix ??
        (accept.includes('application/json') ? 'json' : accept.includes('text/markdown') ? 'md' : 'html');
      reply.header('vary', 'accept');
      if (format === 'json') return reply.send(noticeJson(register, request.i18n));
      if (format === 'md') {
        return reply
          .header('content-type', 'text/markdown; charset=utf-8')
          .send(noticeMarkdown(register, request.i18n));
      }
      return reply.page(<NoticePage register={register} />);
    },
  });
}
