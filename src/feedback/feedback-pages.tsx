import { consentPurposes, consentText } from '../consents/consent-texts.ts';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import { noticeCovering } from '../privacy/privacy-routes.tsx';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { SurveyQuestions } from '../surveys/survey-form.tsx';
import { textIn } from '../surveys/survey-text.ts';
import { type FormValues, isVisible } from './feedback-form.ts';

/** Where a feedback form lives: `/<org>/f/<survey>` or `/<org>/f/<survey>/<point>`, maybe in kiosk mode. */
export interface FormAddress {
  surveySlug: string;
  pointSlug?: string | undefined;
  pointName?: string | undefined;
  kiosk: boolean;
}

export function formPath(org: string, address: FormAddress): string {
  return `/${org}/f/${address.surveySlug}${address.pointSlug ? `/${address.pointSlug}` : ''}`;
}

function addressQuery(address: FormAddress): string {
  const query = new URLSearchParams();
  if (address.pointSlug) query.set('point', address.pointSlug);
  if (address.kiosk) query.set('kiosk', '1');
  return query.toString();
}

export function thanksPath(org: string, address: FormAddress, submissionId: string): string {
  const query = addressQuery(address);
  return `/${org}/f/${address.surveySlug}/thanks?s=${encodeURIComponent(submissionId)}${query ? `&${query}` : ''}`;
}

/** The privacy notice that covers feedback: the register declaring the feedback category. */
const noticePath = (org: string) => noticeCovering(org, 'feedback');

export function FeedbackFormPage(props: {
  survey: SurveyVersion;
  address: FormAddress;
  page: number;
  values: FormValues;
  errors: FieldError[];
  submissionId: string;
  shuffleSeed: string;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const { survey, page, address } = props;
  const title = textIn(survey.title, language);
  // Questions whose condition an earlier page did not meet are not asked (and not carried).
  const onThisPage = survey.pages[page]!.questions.filter((q) => isVisible(q, props.values));
  const carried = Object.entries(props.values).filter(
    ([field]) => !onThisPage.some((q) => field === `q_${q.id}` || field.startsWith(`q_${q.id}__`)),
  );
  const last = page === survey.pages.length - 1;
  return (
    <Layout title={props.errors.length ? `${t('feedback.errorPrefix')}: ${title}` : title}>
      <h1>{title}</h1>
      {address.pointName && <p class="lead">{address.pointName}</p>}
      {page === 0 && survey.intro && <p>{textIn(survey.intro, language)}</p>}
      {page === 0 && (
        <p class="hint">
          {t('survey.anonymous')} <a href={noticePath(organisation!.slug)}>{t('survey.privacyLink')}</a>
        </p>
      )}
      {survey.pages.length > 1 && (
        <p class="progress">{t('survey.progress', { page: page + 1, pages: survey.pages.length })}</p>
      )}
      <ErrorSummary errors={props.errors} />
      <form
        method="post"
        action={formPath(organisation!.slug, address)}
        autoComplete="off"
        noValidate
        data-kiosk={address.kiosk ? 'true' : undefined}
      >
        <CsrfField />
        <input type="hidden" name="submission" value={props.submissionId} />
        <input type="hidden" name="page" value={String(page)} />
        {address.kiosk && <input type="hidden" name="kiosk" value="1" />}
        {carried.flatMap(([field, list]) =>
          list.map((value) => <input key={`${field}=${value}`} type="hidden" name={field} value={value} />),
        )}
        <SurveyQuestions
          questions={onThisPage}
          language={language}
          values={props.values}
          errors={props.errors}
          shuffleSeed={props.shuffleSeed}
        />
        <div class="form-actions">
          <button type="submit" name="action" value={last ? 'send' : 'next'}>
            {last ? t('survey.send') : t('survey.next')}
          </button>
          {page > 0 && (
            <button type="submit" name="action" value="back" class="secondary">
              {t('survey.back')}
            </button>
          )}
        </div>
      </form>
    </Layout>
  );
}

export function SurveyClosedPage() {
  const { t } = usePage().i18n;
  return (
    <Layout title={t('feedback.closed.title')}>
      <h1>{t('feedback.closed.title')}</h1>
      <p>{t('feedback.closed.body')}</p>
    </Layout>
  );
}

export function FormExpiredPage(props: { formUrl: string; reason: 'expired' | 'already_sent' }) {
  const { t } = usePage().i18n;
  const title = props.reason === 'expired' ? t('feedback.expired.title') : t('feedback.alreadySent.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{props.reason === 'expired' ? t('feedback.expired.body') : t('feedback.alreadySent.body')}</p>
      <p>
        <a href={props.formUrl}>{t('feedback.startAgain')}</a>
      </p>
    </Layout>
  );
}

export const KIOSK_RESET_SECONDS = 15;

export function FeedbackThanksPage(props: {
  surveyTitle: string;
  address: FormAddress;
  submissionId: string;
  draw: boolean;
  errors: FieldError[];
  contact?: string;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const org = organisation!.slug;
  const consent = consentText('prize_draw', consentPurposes.prize_draw.current)[language].replace(
    '{organisation}',
    organisation!.name[language],
  );
  return (
    <Layout
      title={
        props.errors.length
          ? `${t('feedback.errorPrefix')}: ${t('feedback.thanks.title')}`
          : t('feedback.thanks.title')
      }
    >
      <h1>{t('feedback.thanks.title')}</h1>
      <p role="status">{t('feedback.thanks.body')}</p>
      {props.draw && (
        <section aria-labelledby="draw-heading">
          <h2 id="draw-heading">{t('feedback.draw.heading')}</h2>
          <p>{t('feedback.draw.intro')}</p>
          <ErrorSummary errors={props.errors} />
          <form
            method="post"
            action={`/${org}/f/${props.address.surveySlug}/draw`}
            autoComplete="off"
            noValidate
          >
            <CsrfField />
            <input type="hidden" name="submission" value={props.submissionId} />
            {props.address.pointSlug && <input type="hidden" name="point" value={props.address.pointSlug} />}
            {props.address.kiosk && <input type="hidden" name="kiosk" value="1" />}
            <div class={props.errors.some((e) => e.field === 'contact') ? 'field field--error' : 'field'}>
              <label for="contact">{t('feedback.draw.contact')}</label>
              <span class="hint" id="contact-hint">
                {t('feedback.draw.contactHint')}
              </span>
              {props.errors
                .filter((e) => e.field === 'contact')
                .map((e) => (
                  <span key="contact" class="field-error" id="contact-error">
                    {e.message}
                  </span>
                ))}
              <input
                type="text"
                id="contact"
                name="contact"
                value={props.contact ?? ''}
                maxLength={254}
                autoComplete="off"
                aria-describedby={
                  props.errors.some((e) => e.field === 'contact')
                    ? 'contact-hint contact-error'
                    : 'contact-hint'
                }
                aria-invalid={props.errors.some((e) => e.field === 'contact') ? 'true' : undefined}
              />
            </div>
            <div class={props.errors.some((e) => e.field === 'consent') ? 'field field--error' : 'field'}>
              {props.errors
                .filter((e) => e.field === 'consent')
                .map((e) => (
                  <span key="consent" class="field-error" id="consent-error">
                    {e.message}
                  </span>
                ))}
              <div class="checkbox">
                <input
                  type="checkbox"
                  id="consent"
                  name="consent"
                  value="yes"
                  aria-describedby={
                    props.errors.some((e) => e.field === 'consent') ? 'consent-error' : undefined
                  }
                />
                <label for="consent">{consent}</label>
              </div>
              <p class="hint">
                <a href={noticePath(org)}>{t('survey.privacyLink')}</a>
              </p>
            </div>
            <button type="submit">{t('feedback.draw.enter')}</button>
          </form>
        </section>
      )}
      <StartOverLink address={props.address} />
    </Layout>
  );
}

/** After the answer: a fresh form for the next answer; on a kiosk, enhance.js follows it by itself. */
function StartOverLink(props: { address: FormAddress }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const kiosk = props.address.kiosk;
  return (
    <p>
      <a
        href={`${formPath(organisation!.slug, props.address)}${kiosk ? '?kiosk=1' : ''}`}
        data-kiosk-reset={kiosk ? String(KIOSK_RESET_SECONDS) : undefined}
      >
        {kiosk ? t('feedback.kiosk.next', { seconds: KIOSK_RESET_SECONDS }) : t('feedback.thanks.again')}
      </a>
    </p>
  );
}

export function DrawEnteredPage(props: { address: FormAddress }) {
  const { t } = usePage().i18n;
  return (
    <Layout title={t('feedback.draw.enteredTitle')}>
      <h1>{t('feedback.draw.enteredTitle')}</h1>
      <p role="status">{t('feedback.draw.enteredBody')}</p>
      <StartOverLink address={props.address} />
    </Layout>
  );
}
