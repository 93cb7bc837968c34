import type { ComponentChildren } from 'preact';
import { type Language, languages } from '../i18n/languages.ts';
import { assetUrl } from './assets.ts';
import { usePage } from './page-context.ts';

const languageNames: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/**
 * The one layout for resident pages and the staff console: skip link, organisation header and theme,
 * language switch, and footer links to the privacy notices and accessibility statement.
 */
export function Layout(props: { title: string; children: ComponentChildren; wide?: boolean }) {
  const { i18n, organisation, path } = usePage();
  const { t, language } = i18n;
  const orgName = organisation ? organisation.name[language] : null;
  const siteName = orgName ? `${orgName} – ${t('site.name')}` : t('site.name');
  const base = organisation ? `/${organisation.slug}` : '';
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === orgName ? siteName : `${props.title} – ${siteName}`}</title>
        <link rel="stylesheet" href={assetUrl('kuule.css')} />
        {organisation && <link rel="stylesheet" href={`/${organisation.slug}/theme.css`} />}
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <script src={assetUrl('enhance.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skipToContent')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-header__name" href={base || '/'}>
              {organisation?.logo_svg && <img class="site-header__logo" src={`${base}/logo.svg`} alt="" />}
              {orgName ?? t('site.name')}
            </a>
            <nav class="language-switch" aria-label={t('layout.languageSwitch')}>
              <ul>
                {languages.map((code) => (
                  <li key={code}>
                    <a
                      href={`${path}?lang=${code}`}
                      lang={code}
                      hrefLang={code}
                      aria-current={code === language ? 'true' : undefined}
                    >
                      {languageNames[code]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class={props.wide ? 'main main--wide' : 'main'} tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          {organisation && (
            <ul class="site-footer__links">
              <li>
                <a href={`${base}/privacy`}>{t('layout.privacy')}</a>
              </li>
              <li>
                <a href={`${base}/accessibility`}>{t('layout.accessibility')}</a>
              </li>
              <li>
                <a href={`${base}/console`}>{t('layout.staffConsole')}</a>
              </li>
            </ul>
          )}
          <p>{t('layout.poweredBy')}</p>
        </footer>
      </body>
    </html>
  );
}

/** An error summary at the top of a form, linking to each field (GOV.UK pattern), focused by enhance.js. */
export function ErrorSummary(props: { errors: { field: string; message: string }[] }) {
  const { t } = usePage().i18n;
  if (props.errors.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-error-summary
    >
      <h2 id="error-summary-title">{t('form.errorSummary', { count: props.errors.length })}</h2>
      <ul>
        {props.errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField() {
  const { csrfToken } = usePage();
  return csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : null;
}

/** A page that confirms something done, announced to screen readers, with one way onward. */
export function DonePage(props: { title: string; body: string; next: { href: string; text: string } }) {
  return (
    <Layout title={props.title}>
      <div class="notice" role="status">
        <h1>{props.title}</h1>
        <p>{props.body}</p>
      </div>
      <p>
        <a href={props.next.href}>{props.next.text}</a>
      </p>
    </Layout>
  );
}
