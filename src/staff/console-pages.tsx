import type { ComponentChildren } from 'preact';
import { FEEDBACK_REPLY_DAYS } from '../accessibility/accessibility-feedback.ts';
import { helsinkiDay } from '../platform/calendar.ts';
import { TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { hasPermission } from './permissions.ts';

export function ConsoleLayout(props: { title: string; children: ComponentChildren }) {
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

export function SignInPage(props: {
  failed?: boolean;
  email?: string | undefined;
  oidc?: boolean;
  oidcFailed?: boolean;
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const errors = props.failed
    ? [{ field: 'email', message: t('console.signIn.failedOrLocked') }]
    : props.oidcFailed
      ? [{ field: 'oidc', message: t('console.signIn.oidcFailed') }]
      : [];
  return (
    <Layout title={t('console.signIn.title')}>
      <h1>{t('console.signIn.title')}</h1>
      <ErrorSummary errors={errors} />
      {props.oidc && (
        <>
          <p>
            <a class="button" id="oidc" href={`/${organisation!.slug}/console/sign-in/oidc`}>
              {t('console.signIn.oidc')}
            </a>
          </p>
          <p>{t('console.signIn.or')}</p>
        </>
      )}
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
        {hasPermission(staff!.roles, 'surveys.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/surveys`}>{t('builder.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'research.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/research`}>{t('research.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'results.read') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/results`}>{t('results.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'draws.run') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/draws`}>{t('draw.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'retention.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/retention`}>{t('retention.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'registers.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/registers`}>{t('registers.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'members.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/requests`}>{t('requests.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'staff.manage') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/staff`}>{t('console.staff.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'contact_details.read') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/contact-details`}>{t('console.contacts.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'audit_log.read') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/audit-log`}>{t('console.audit.title')}</a>
          </li>
        )}
        {hasPermission(staff!.roles, 'abuse.investigate') && (
          <li class="card">
            <a href={`/${organisation!.slug}/console/abuse-log`}>{t('console.abuse.title')}</a>
          </li>
        )}
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

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_type: string;
  actor_name: string | null;
  actor_id: string | null;
  permission: string | null;
  action: string;
  subject_member_id: string | null;
  outcome: string;
}

export function AuditLogPage(props: { rows: AuditRow[]; search: Record<string, string | undefined> }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('console.audit.title')}>
      <h1>{t('console.audit.title')}</h1>
      <p>{t('console.audit.intro')}</p>
      <form method="get" action={`/${organisation!.slug}/console/audit-log`} class="search-form">
        <TextField name="action" label={t('console.audit.action')} value={props.search.action} errors={[]} />
        <TextField name="member" label={t('console.audit.member')} value={props.search.member} errors={[]} />
        <TextField name="from" label={t('console.audit.from')} value={props.search.from} errors={[]} />
        <TextField name="to" label={t('console.audit.to')} value={props.search.to} errors={[]} />
        <button type="submit">{t('console.audit.search')}</button>
      </form>
      {props.rows.length === 0 ? (
        <p>{t('console.audit.none')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('console.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.audit.when')}</th>
              <th scope="col">{t('console.audit.who')}</th>
              <th scope="col">{t('console.audit.right')}</th>
              <th scope="col">{t('console.audit.action')}</th>
              <th scope="col">{t('console.audit.member')}</th>
              <th scope="col">{t('console.audit.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id}>
                <td>{i18n.dateTime(new Date(row.occurred_at))}</td>
                <td>
                  {row.actor_name ?? `${row.actor_type}${row.actor_id ? ` ${row.actor_id.slice(0, 8)}` : ''}`}
                </td>
                <td>{row.permission ?? '–'}</td>
                <td>{row.action}</td>
                <td>{row.subject_member_id ?? '–'}</td>
                <td>{row.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ConsoleLayout>
  );
}

export function AbuseLogPage(props: {
  rows: { id: string; occurred_at: Date; event: string; client_address: string }[];
  retentionDays: number;
}) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('console.abuse.title')}>
      <h1>{t('console.abuse.title')}</h1>
      <p>{t('console.abuse.intro', { days: props.retentionDays })}</p>
      <table>
        <caption class="visually-hidden">{t('console.abuse.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.audit.when')}</th>
            <th scope="col">{t('console.abuse.event')}</th>
            <th scope="col">{t('console.abuse.address')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <td>{i18n.dateTime(new Date(row.occurred_at))}</td>
              <td>{row.event}</td>
              <td>{row.client_address}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

export function SecondFactorPage(props: {
  enrolment?: { qrDataUrl: string; secret: string } | undefined;
  failed?: boolean;
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const errors = props.failed ? [{ field: 'code', message: t('console.secondFactor.failed') }] : [];
  return (
    <Layout title={t('console.secondFactor.title')}>
      <h1>{t('console.secondFactor.title')}</h1>
      <ErrorSummary errors={errors} />
      {props.enrolment ? (
        <>
          <p>{t('console.secondFactor.enrolIntro')}</p>
          <img
            class="qr"
            src={props.enrolment.qrDataUrl}
            alt={t('console.secondFactor.qrAlt')}
            width={200}
            height={200}
          />
          <p>
            {t('console.secondFactor.key')}: <code data-totp-secret>{props.enrolment.secret}</code>
          </p>
        </>
      ) : (
        <p>{t('console.secondFactor.intro')}</p>
      )}
      <form method="post" action={`/${organisation!.slug}/console/second-factor`}>
        <CsrfField />
        <TextField
          name="code"
          label={t('console.secondFactor.code')}
          errors={errors}
          required
          maxLength={6}
          autocomplete="one-time-code"
        />
        <button type="submit">{t('console.secondFactor.submit')}</button>
      </form>
    </Layout>
  );
}

export function ContactDetailsListPage(props: {
  rows: {
    memberId: string;
    pseudonym: string | null;
    purpose: string;
    name: string;
    phone: string | null;
    postalAddress: string | null;
  }[];
}) {
  const { t } = usePage().i18n;
  return (
    <ConsoleLayout title={t('console.contacts.title')}>
      <h1>{t('console.contacts.title')}</h1>
      <p>{t('console.contacts.intro')}</p>
      <table>
        <caption class="visually-hidden">{t('console.contacts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.contacts.pseudonym')}</th>
            <th scope="col">{t('console.contacts.purpose')}</th>
            <th scope="col">{t('console.contacts.details')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={`${row.memberId}-${row.purpose}`}>
              <td>{row.pseudonym ?? '–'}</td>
              <td>{t(`consent.purpose.${row.purpose}` as MessageKey)}</td>
              <td>{[row.name, row.phone, row.postalAddress].filter(Boolean).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}
