import type { Consent } from '../consents/consent-repository.ts';
import { type ConsentPurpose, consentPurposes } from '../consents/consent-texts.ts';
import { TextArea, TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, DonePage, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import type { BackgroundQuestion } from './background-profile.ts';
import { type ContactField, type ContactPurpose, contactPurposes } from './contact-details.ts';
import type { ContactDetails } from './identity-vault.ts';
import { PSEUDONYM_MAX, PSEUDONYM_MIN } from './pseudonym.ts';

function useOrganisation() {
  const { i18n, organisation } = usePage();
  return {
    i18n,
    t: i18n.t,
    organisation: organisation!,
    base: `/${organisation!.slug}`,
    name: organisation!.name[i18n.language],
  };
}

/**
 * H16: a consent is asked in words of its own, with the exact text version posted back so the record says
 * what was shown, and a link to the notice that covers it.
 */
function ConsentFieldset(props: { purpose: ConsentPurpose; errors: FieldError[] }) {
  const { t, base, name, i18n } = useOrganisation();
  const consent = consentPurposes[props.purpose];
  const error = props.errors.find((e) => e.field === 'consent');
  return (
    <fieldset class={error ? 'field field--error' : 'field'} aria-describedby="consent-text">
      <legend>{t('member.join.consentLegend')}</legend>
      <p id="consent-text">
        {consent.versions[consent.current][i18n.language].replace('{organisation}', name)}
      </p>
      {error && (
        <span class="field-error" id="consent-error">
          {error.message}
        </span>
      )}
      <input type="hidden" name="consentVersion" value={consent.current} />
      <div class="checkbox">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          value="yes"
          required
          aria-invalid={error ? 'true' : undefined}
        />
        <label for="consent">{t('member.join.consentAgree')}</label>
      </div>
      <p>
        <a href={`${base}/privacy`}>{t('member.join.privacyLink')}</a>
      </p>
    </fieldset>
  );
}

/** H1: the join form asks for an email address and nothing else; H7: it says what is never asked. */
export function JoinPage(props: { errors?: FieldError[]; email?: string }) {
  const { t, base, name } = useOrganisation();
  const errors = props.errors ?? [];
  return (
    <Layout title={t('member.join.title')}>
      <h1>{t('member.join.title')}</h1>
      <p>{t('member.join.intro', { organisation: name })}</p>
      <p>{t('member.join.specialCategories')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/join`} noValidate>
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('member.join.email')}
          hint={t('member.join.emailHint')}
          value={props.email}
          errors={errors}
          required
          maxLength={254}
          autocomplete="email"
        />
        <ConsentFieldset purpose="community_membership" errors={errors} />
        <button type="submit">{t('member.join.submit')}</button>
      </form>
    </Layout>
  );
}

export function CheckEmailPage(props: { signIn?: boolean; hours: number; minutes: number }) {
  const { t } = useOrganisation();
  return (
    <Layout title={t('member.checkEmail.title')}>
      <div class="notice" role="status">
        <h1>{t('member.checkEmail.title')}</h1>
        <p>
          {props.signIn
            ? t('member.checkEmail.signInBody', { minutes: props.minutes })
            : t('member.checkEmail.body', { hours: props.hours })}
        </p>
      </div>
    </Layout>
  );
}

/** A link from an email lands here; the token is posted by a button, so it is used only on purpose. */
export function ConfirmLinkPage(props: {
  kind: 'join' | 'sign-in';
  token: string;
  next?: string | undefined;
}) {
  const { t, base } = useOrganisation();
  const keys =
    props.kind === 'join'
      ? (['member.confirm.title', 'member.confirm.body', 'member.confirm.submit'] as const)
      : ([
          'member.signIn.confirm.title',
          'member.signIn.confirm.body',
          'member.signIn.confirm.submit',
        ] as const);
  return (
    <Layout title={t(keys[0])}>
      <h1>{t(keys[0])}</h1>
      <p>{t(keys[1])}</p>
      <form method="post" action={props.kind === 'join' ? `${base}/join/confirm` : `${base}/sign-in/confirm`}>
        <CsrfField />
        <input type="hidden" name="token" value={props.token} />
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <button type="submit">{t(keys[2])}</button>
      </form>
    </Layout>
  );
}

export function LinkInvalidPage(props: { kind: 'join' | 'sign-in' }) {
  const { t, base } = useOrganisation();
  return (
    <Layout title={t('member.linkInvalid.title')}>
      <h1>{t('member.linkInvalid.title')}</h1>
      <p>{t('member.linkInvalid.body')}</p>
      <p>
        <a href={props.kind === 'join' ? `${base}/join` : `${base}/sign-in`}>
          {t('member.linkInvalid.again')}
        </a>
      </p>
    </Layout>
  );
}

export function MemberSignInPage(props: {
  errors?: FieldError[];
  email?: string | undefined;
  next?: string | undefined;
}) {
  const { t, base } = useOrganisation();
  const errors = props.errors ?? [];
  return (
    <Layout title={t('member.signIn.title')}>
      <h1>{t('member.signIn.title')}</h1>
      <p>{t('member.signIn.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/sign-in`} noValidate>
        <CsrfField />
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <TextField
          name="email"
          type="email"
          label={t('member.join.email')}
          value={props.email}
          errors={errors}
          required
          maxLength={254}
          autocomplete="email"
        />
        <button type="submit">{t('member.signIn.submit')}</button>
      </form>
      <p>
        {t('member.signIn.notMember')} <a href={`${base}/join`}>{t('member.join.title')}</a>
      </p>
    </Layout>
  );
}

export function PseudonymPage(props: { suggestion: string; value?: string; errors?: FieldError[] }) {
  const { t, base } = useOrganisation();
  const errors = props.errors ?? [];
  return (
    <Layout title={t('pseudonym.title')}>
      <h1>{t('pseudonym.title')}</h1>
      <p>{t('pseudonym.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/me/pseudonym`} noValidate>
        <CsrfField />
        <TextField
          name="pseudonym"
          label={t('pseudonym.label')}
          hint={`${t('pseudonym.hint', { min: PSEUDONYM_MIN, max: PSEUDONYM_MAX })} ${t('pseudonym.suggestion', { suggestion: props.suggestion })}`}
          value={props.value ?? props.suggestion}
          errors={errors}
          required
          maxLength={PSEUDONYM_MAX}
          autocomplete="off"
        />
        <button type="submit">{t('pseudonym.submit')}</button>
      </form>
    </Layout>
  );
}

interface SessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
}

export function MemberHomePage(props: {
  pseudonym: string | null;
  currentSessionId: string;
  sessions: SessionRow[];
  consents: Consent[];
  questions: BackgroundQuestion[];
  answers: Map<string, string[]>;
  contactDetails: ContactDetails[];
  contactReadBy: { name: string; at: Date }[];
}) {
  const { t, base, i18n } = useOrganisation();
  return (
    <Layout title={t('me.title')}>
      <h1>{t('me.title')}</h1>
      <p>
        {t('me.pseudonym', { pseudonym: props.pseudonym ?? '–' })} ·{' '}
        <a href={`${base}/me/pseudonym`}>{t('me.changePseudonym')}</a>
      </p>
      <p>
        <a href={`${base}/me/tasks`}>{t('tasks.link')}</a>
      </p>
      <p>
        <a href={`${base}/me/data`}>{t('myData.link')}</a>
      </p>
      <p>
        <a href={`${base}/me/email-preferences`}>{t('emailPrefs.link')}</a>
      </p>
      {props.questions.length > 0 && <ProfileSummary questions={props.questions} answers={props.answers} />}
      <ContactSummary details={props.contactDetails} readBy={props.contactReadBy} />
      <h2>{t('me.consentsHeading')}</h2>
      <ul class="cards">
        {props.consents.map((consent) => (
          <li class="card" key={consent.id}>
            <h3>{t(`consent.purpose.${consent.purpose}` as MessageKey)}</h3>
            <p>
              {t('me.consentGiven', { date: i18n.dateTime(new Date(consent.given_at)) })}
              {consent.withdrawn_at &&
                ` · ${t('me.consentWithdrawn', { date: i18n.dateTime(new Date(consent.withdrawn_at)) })}`}
            </p>
            <p>
              <a href={`${base}/me/consents/${consent.id}/receipt.json`} download>
                {t('me.consentReceipt')}
              </a>
            </p>
            {!consent.withdrawn_at && consent.purpose !== 'community_membership' && (
              <form method="post" action={`${base}/me/consents/${consent.id}/withdraw`}>
                <CsrfField />
                <button type="submit" class="secondary">
                  {t('contact.erase')}
                </button>
              </form>
            )}
            {!consent.withdrawn_at && consent.purpose === 'community_membership' && (
              <form method="post" action={`${base}/me/consents/${consent.id}/withdraw`}>
                <CsrfField />
                <p class="hint" id={`withdraw-hint-${consent.id}`}>
                  {t('me.withdraw.membershipHint')}
                </p>
                <button type="submit" class="secondary" aria-describedby={`withdraw-hint-${consent.id}`}>
                  {t('me.withdraw.membership')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <h2>{t('me.sessionsHeading')}</h2>
      <p>{t('me.sessionsIntro')}</p>
      <table>
        <caption class="visually-hidden">{t('me.sessionsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('me.sessionStarted')}</th>
            <th scope="col">{t('me.sessionLastSeen')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('me.endSession')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.sessions.map((session) => (
            <tr key={session.id}>
              <td>
                {i18n.dateTime(new Date(session.created_at))}
                {session.id === props.currentSessionId && ` (${t('me.thisSession')})`}
              </td>
              <td>{i18n.dateTime(new Date(session.last_seen_at))}</td>
              <td>
                <form method="post" action={`${base}/me/sessions/${session.id}/end`}>
                  <CsrfField />
                  <button type="submit" class="secondary">
                    {t('me.endSession')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action={`${base}/me/sign-out`} class="inline-form">
        <CsrfField />
        <button type="submit">{t('me.signOut')}</button>
      </form>{' '}
      <form method="post" action={`${base}/me/sign-out-everywhere`} class="inline-form">
        <CsrfField />
        <button type="submit" class="secondary">
          {t('me.signOutEverywhere')}
        </button>
      </form>
    </Layout>
  );
}

export function LeftCommunityPage() {
  const { t, base } = useOrganisation();
  return (
    <DonePage
      title={t('me.left.title')}
      body={t('me.left.body')}
      next={{ href: base, text: t('error.backHome') }}
    />
  );
}

/** H2: every background question optional; skipping is one link, as easy as saving. H7 is said again here. */
export function ProfilePage(props: {
  questions: BackgroundQuestion[];
  answers: Map<string, string[]>;
  error?: string;
}) {
  const { t, base, i18n } = useOrganisation();
  const language = i18n.language;
  return (
    <Layout title={t('profile.title')}>
      <h1>{t('profile.title')}</h1>
      <p>{t('profile.intro')}</p>
      <p>{t('member.join.specialCategories')}</p>
      {props.error && <ErrorSummary errors={[{ field: 'profile-form', message: props.error }]} />}
      <form method="post" action={`${base}/me/profile`} id="profile-form">
        <CsrfField />
        {props.questions.map((question) => {
          const answer = props.answers.get(question.id) ?? [];
          const type = question.kind === 'single_choice' ? 'radio' : 'checkbox';
          return (
            <fieldset class="field choices" key={question.id}>
              <legend>{question.text[language]}</legend>
              {question.kind === 'single_choice' && (
                <div class="checkbox">
                  <input
                    type="radio"
                    id={`q_${question.key}_none`}
                    name={`q_${question.key}`}
                    value=""
                    checked={answer.length === 0}
                  />
                  <label for={`q_${question.key}_none`}>{t('profile.noAnswer')}</label>
                </div>
              )}
              {question.options.map((option) => (
                <div class="checkbox" key={option.value}>
                  <input
                    type={type}
                    id={`q_${question.key}_${option.value}`}
                    name={`q_${question.key}`}
                    value={option.value}
                    checked={answer.includes(option.value)}
                  />
                  <label for={`q_${question.key}_${option.value}`}>{option.label[language]}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <button type="submit">{t('profile.save')}</button>{' '}
        <a class="button secondary-link" href={`${base}/me`}>
          {t('profile.skip')}
        </a>
      </form>
    </Layout>
  );
}

export function ProfileSummary(props: { questions: BackgroundQuestion[]; answers: Map<string, string[]> }) {
  const { t, base, i18n } = useOrganisation();
  const answered = props.questions.filter((q) => (props.answers.get(q.id) ?? []).length > 0);
  return (
    <>
      <h2>{t('me.profileHeading')}</h2>
      {answered.length === 0 ? (
        <p>{t('profile.none')}</p>
      ) : (
        <dl class="summary">
          {answered.map((question) => (
            <div key={question.id}>
              <dt>{question.text[i18n.language]}</dt>
              <dd>
                {(props.answers.get(question.id) ?? [])
                  .map(
                    (value) => question.options.find((o) => o.value === value)?.label[i18n.language] ?? value,
                  )
                  .join(', ')}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a href={`${base}/me/profile`}>{t('me.editProfile')}</a>
      </p>
    </>
  );
}

/** H6: contact details, asked for one purpose with their own consent; only that purpose's fields. */
export function ContactDetailsPage(props: {
  purpose: ContactPurpose;
  errors?: FieldError[];
  values?: Record<string, string>;
}) {
  const { t, base } = useOrganisation();
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const fields = contactPurposes[props.purpose].fields as readonly ContactField[];
  return (
    <Layout title={t(`contact.title.${props.purpose}`)}>
      <h1>{t(`contact.title.${props.purpose}`)}</h1>
      <p>{t('contact.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/me/contact/${props.purpose}`} noValidate>
        <CsrfField />
        <TextField
          name="name"
          label={t('contact.name')}
          value={values.name}
          errors={errors}
          required
          maxLength={120}
          autocomplete="name"
        />
        {fields.includes('phone') && (
          <TextField
            name="phone"
            type="text"
            label={t('contact.phone')}
            value={values.phone}
            errors={errors}
            required
            maxLength={40}
            autocomplete="tel"
          />
        )}
        {fields.includes('postalAddress') && (
          <TextArea
            name="postalAddress"
            label={t('contact.postalAddress')}
            value={values.postalAddress}
            errors={errors}
            required
            maxLength={300}
          />
        )}
        <ConsentFieldset purpose={props.purpose} errors={errors} />
        <button type="submit">{t('contact.submit')}</button>
      </form>
    </Layout>
  );
}

export function ContactSummary(props: { details: ContactDetails[]; readBy: { name: string; at: Date }[] }) {
  const { t, i18n } = useOrganisation();
  if (props.details.length === 0 && props.readBy.length === 0) return null;
  return (
    <>
      <h2>{t('me.contactHeading')}</h2>
      {props.details.map((detail) => (
        <dl class="summary" key={detail.purpose}>
          <div>
            <dt>{t(`consent.purpose.${detail.purpose}` as MessageKey)}</dt>
            <dd>{[detail.name, detail.phone, detail.postalAddress].filter(Boolean).join(', ')}</dd>
          </div>
        </dl>
      ))}
      <h3>{t('me.contactReadBy')}</h3>
      {props.readBy.length === 0 ? (
        <p>{t('me.contactNotRead')}</p>
      ) : (
        <ul>
          {props.readBy.map((read) => (
            <li key={`${read.name}-${new Date(read.at).getTime()}`}>
              {read.name}, {i18n.dateTime(new Date(read.at))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
