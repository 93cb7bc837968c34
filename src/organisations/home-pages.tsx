import { Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { Organisation } from './organisation-repository.ts';

export function PlatformFrontPage(props: { organisations: Organisation[] }) {
  const { t, language } = usePage().i18n;
  return (
    <Layout title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <h2>{t('home.organisations')}</h2>
      <ul class="cards">
        {props.organisations.map((organisation) => (
          <li class="card" key={organisation.id}>
            <a href={`/${organisation.slug}?lang=${language}`}>{organisation.name[language]}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** Tells a resident, in plain language, what they can do at this organisation. */
export function OrganisationFrontPage(props: { replyDays: number }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const name = organisation!.name[language];
  const base = `/${organisation!.slug}`;
  return (
    <Layout title={name}>
      <h1>{name}</h1>
      <p>{t('organisation.intro', { organisation: name })}</p>
      <h2>{t('organisation.whatYouCanDo')}</h2>
      <ul class="cards">
        {organisation!.community_enabled && (
          <li class="card">
            <h3>
              <a href={`${base}/join`}>{t('organisation.joinCommunity')}</a>
            </h3>
            <p>{t('organisation.joinCommunityDetail')}</p>
            <p>
              <a href={`${base}/sign-in`}>{t('organisation.signIn')}</a>
            </p>
          </li>
        )}
        <li class="card">
          <h3>
            <a href={`${base}/privacy`}>{t('organisation.readPrivacy')}</a>
          </h3>
          <p>{t('organisation.readPrivacyDetail')}</p>
        </li>
        <li class="card">
          <h3>
            <a href={`${base}/accessibility`}>{t('organisation.giveAccessibilityFeedback')}</a>
          </h3>
          <p>{t('organisation.giveAccessibilityFeedbackDetail', { days: props.replyDays })}</p>
        </li>
      </ul>
    </Layout>
  );
}
