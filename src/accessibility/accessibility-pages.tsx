import { TextArea, TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import { FEEDBACK_MAX_LENGTH, FEEDBACK_REPLY_DAYS } from './accessibility-feedback.ts';

/** The accessibility statement required by Act 306/2019, with its feedback form. */
export function AccessibilityStatementPage(props: {
  errors?: FieldError[];
  values?: Record<string, string>;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const org = organisation!;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  return (
    <Layout title={t('accessibility.title')}>
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro', { organisation: org.name[language] })}</p>
      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t(`accessibility.status.${org.accessibility_conformance}`)}</p>
      <h2>{t('accessibility.knownGapsHeading')}</h2>
      {org.accessibility_known_gaps.length === 0 ? (
        <p>{t('accessibility.noKnownGaps')}</p>
      ) : (
        <ul>
          {org.accessibility_known_gaps.map((gap) => (
            <li key={gap.en}>{gap[language]}</li>
          ))}
        </ul>
      )}
      <p>{t('accessibility.statementDate', { date: i18n.date(org.accessibility_statement_date) })}</p>

      <h2 id="feedback">{t('accessibility.feedbackHeading')}</h2>
      <p>{t('accessibility.feedbackIntro', { days: FEEDBACK_REPLY_DAYS })}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${org.slug}/accessibility/feedback`} noValidate>
        <CsrfField />
        <TextArea
          name="message"
          label={t('accessibility.form.message')}
          hint={t('accessibility.form.messageHint')}
          value={values.message}
          errors={errors}
          required
          maxLength={FEEDBACK_MAX_LENGTH}
        />
        <TextField
          name="page"
          label={t('accessibility.form.page')}
          value={values.page}
          errors={errors}
          maxLength={500}
        />
        <TextField
          name="replyTo"
          type="email"
          label={t('accessibility.form.replyTo')}
          hint={t('accessibility.form.replyToHint')}
          value={values.replyTo}
          errors={errors}
          maxLength={254}
          autocomplete="email"
        />
        <button type="submit">{t('accessibility.form.submit')}</button>
      </form>

      <h2>{t('accessibility.supervisionHeading')}</h2>
      <p>{t('accessibility.supervisionBody')}</p>
      <p>
        <a
          href={
            language === 'sv'
              ? 'https://www.tillganglighetskrav.fi/'
              : 'https://www.saavutettavuusvaatimukset.fi/'
          }
        >
          {t('accessibility.supervisionLink')}
        </a>
      </p>
    </Layout>
  );
}

export function AccessibilityThanksPage(props: { replyDueOn: string }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <Layout title={t('accessibility.thanks.title')}>
      <div class="notice" role="status">
        <h1>{t('accessibility.thanks.title')}</h1>
        <p>{t('accessibility.thanks.body', { date: i18n.date(props.replyDueOn) })}</p>
      </div>
      <p>
        <a href={`/${organisation!.slug}`}>{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
