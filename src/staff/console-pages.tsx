import type { ComponentChildren } from 'preact';
import { FEEDBACK_REPLY_DAYS, helsinkiDay } from '../accessibility/accessibility-feedback.ts';
import { TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { hasPermission } from './permissions.ts';

function ConsoleLayout(props: { title: string; children: ComponentChildren }) {
  const { i18n, organisation, staff } = usePage();
  const { t } = i18n;
  return (
    <Layout title={props.title} wide>
      <div class="console-bar">
        <p>
          <a href={`/${organisation!.slug}/console`}>{t('console.title')}</a> ·{' '}
          {t('console.signedInAs', { name: staff!.displayName })}
        </p>
        <form method="post" action={`/${organisation!.slug}/console/sign-out`}>
          <CsrfField />
          <button type="submit" class="secondary">
            {t('console.signOut')}
          </button>
        </form>
      </div>
      {props.children}
    </Layout>
  );
}

export function SignInPage(props: { failed?: boolean; email?: string | undefined }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const errors = props.failed ? [{ field: 'email', message: t('console.signIn.failed') }] : [];
  return (
    <Layout title={t('console.signIn.title')}>
      <h1>{t('console.signIn.title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${organisation!.slug}/console/sign-in`}>
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('console.signIn.email')}
          value={props.email}
          errors={[]}
          required
          autocomplete="username"
        />
        <TextField
          name="password"
          type="password"
          label={t('console.signIn.password')}
          errors={[]}
          required
          autocomplete="current-password"
        />
        <button type="submit">{t('console.signIn.submit')}</button>
      </form>
    </Layout>
  );
}

export function ConsoleHomePage() {
  const { i18n, organisation, staff } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('console.title')}>
      <h1>{t('console.title')}</h1>
      <p>{t('console.home.intro')}</p>
      <ul class="cards">
        {hasPermission(staff!.roles, 'accessibility_feedback.read') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/accessibility-feedback`}>
              {t('console.feedback.title')}
            </a>
          </li>
        )}
      </ul>
    </ConsoleLayout>
  );
}

interface FeedbackRow {
  id: string;
  message: string;
  page: string | null;
  reply_to: string | null;
  received_on: string;
  reply_due_on: string;
  replied_on: string | null;
}

export function AccessibilityFeedbackPage(props: { feedback: FeedbackRow[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const today = helsinkiDay(new Date());
  return (
    <ConsoleLayout title={t('console.feedback.title')}>
      <h1>{t('console.feedback.title')}</h1>
      <p>
        {t('console.feedback.count', { count: props.feedback.length })} ·{' '}
        {t('accessibility.feedbackIntro', { days: FEEDBACK_REPLY_DAYS })}
      </p>
      {props.feedback.length > 0 && (
        <table>
          <caption class="visually-hidden">{t('console.feedback.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.feedback.received')}</th>
              <th scope="col">{t('console.feedback.due')}</th>
              <th scope="col">{t('console.feedback.message')}</th>
              <th scope="col">{t('console.feedback.replyTo')}</th>
            </tr>
          </thead>
          <tbody>
            {props.feedback.map((row) => (
              <tr key={row.id}>
                <td>{i18n.date(row.received_on)}</td>
                <td>
                  {i18n.date(row.reply_due_on)}{' '}
                  {!row.replied_on && row.reply_due_on < today && (
                    <span class="tag">{t('console.feedback.overdue')}</span>
                  )}
                </td>
                <td>
                  {row.message}
                  {row.page && <div class="hint">{row.page}</div>}
                </td>
                <td>{row.reply_to ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ConsoleLayout>
  );
}

export function CommitmentPage(props: { version: number; text: { fi: string; sv: string; en: string } }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  return (
    <Layout title={t('console.commitment.title')}>
      <h1>{t('console.commitment.title')}</h1>
      <p>{t('console.commitment.intro', { version: props.version })}</p>
      <blockquote class="card">
        <p>{props.text[language]}</p>
      </blockquote>
      <form method="post" action={`/${organisation!.slug}/console/commitment`}>
        <CsrfField />
        <button type="submit">{t('console.commitment.accept')}</button>
      </form>
    </Layout>
  );
}

export function TrainingRequiredPage(props: { months: number }) {
  const { t } = usePage().i18n;
  return (
    <Layout title={t('console.training.title')}>
      <h1>{t('console.training.title')}</h1>
      <p>{t('console.training.body', { months: props.months })}</p>
    </Layout>
  );
}
