import type { FastifyInstance } from 'fastify';
import { Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { defineRoute } from '../platform/http/route.ts';

/**
 * The organisation's privacy notices. Registers as data (and the notices generated from them) arrive with
 * the registers capability; until then the page names the controller and its data-protection contact.
 */
function PrivacyIndexPage() {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  return (
    <Layout title={t('privacy.title')}>
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro', { organisation: organisation!.name[language] })}</p>
      <p>{t('privacy.noNotices')}</p>
      <p>{t('privacy.contact', { email: organisation!.contact_email })}</p>
    </Layout>
  );
}

export async function privacyRoutes(app: FastifyInstance) {
  defineRoute(app, {
    method: 'GET',
    url: '/:org/privacy',
    access: 'public',
    handler: async (_request, reply) => reply.page(<PrivacyIndexPage />),
  });
}
