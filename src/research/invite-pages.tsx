import type { ComponentChildren } from 'preact';
import type { ShownCount } from '../analytics/suppression.ts';
import type { BackgroundQuestion } from '../members/background-profile.ts';
import type { LocalisedText, TaskAudience, TaskEmailFrequency } from '../platform/db/schema.ts';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';
import type { AudienceFormState } from './invite-audience-form.ts';

/**
 * The pages of audiences and invitations (issue 6). Staff see sizes and counts only, never a list of
 * members, pseudonyms or identities (H3), and no size below the anonymity threshold (H5).
 */
export interface TaskRef {
  title: LocalisedText;
  /** `/<org>/console/research/<project>/tasks/<task>` */
  base: string;
}

function Notice(props: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      <p>{props.children}</p>
    </div>
  );
}

function useT() {
  const { i18n } = usePage();
  return i18n;
}

/** A count of members as staff may see it: the number, or "fewer than k". */
function Count(props: { count: ShownCount }) {
  const i18n = useT();
  return (
    <>
      {props.count.shown
        ? i18n.number(props.count.count)
        : i18n.t('invite.count.fewerThan', { k: props.count.k })}
    </>
  );
}

function SizeLine(props: { size: ShownCount }) {
  const { t } = useT();
  return (
    <p data-audience-size>
      {props.size.shown
        ? t('invite.audience.size', { count: props.size.count })
        : t('invite.audience.sizeBelowK', { k: props.size.k })}
    </p>
  );
}

export function AudiencePage(props: {
  task: TaskRef;
  questions: BackgroundQuestion[];
  otherTasks: { id: string; title: LocalisedText }[];
  state: AudienceFormState;
  size: ShownCount;
  preview: boolean;
  saved: boolean;
  errors: FieldError[];
}) {
  const i18n = useT();
  const { t, language } = i18n;
  const title = t('invite.audience.title', { task: props.task.title[language] });
  const state = props.state;
  const errorOf = (field: string) => props.errors.find((e) => e.field === field);
  const FieldError = (p: { field: string }) => {
    const error = errorOf(p.field);
    return error ? (
      <span class="field-error" id={`${p.field}-error`}>
        {t(error.message as MessageKey)}
      </span>
    ) : null;
  };
  return (
    <ConsoleLayout title={title}>
      <p>
        <a href={props.task.base}>{t('invite.audience.backToTask')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('invite.audience.intro')}</p>
      {props.saved && <Notice>{t('invite.audience.saved')}</Notice>}
      <ErrorSummary
        errors={props.errors.map((e) => ({ field: e.field, message: t(e.message as MessageKey) }))}
      />
      {props.preview && <p>{t('invite.audience.previewNote')}</p>}
      <SizeLine size={props.size} />
      <p>
        <a href={`${props.task.base}/invite`}>{t('invite.audience.toInvitations')}</a>
      </p>
      <form method="post" action={`${props.task.base}/audience`}>
        <CsrfField />
        <fieldset class={errorOf('kind') ? 'field choices field--error' : 'field choices'} id="kind">
          <legend>{t('invite.audience.kind')}</legend>
          <FieldError field="kind" />
          {(['all', 'background'] as const).map((kind) => (
            <div class="checkbox" key={kind}>
              <input
                type="radio"
                id={`kind_${kind}`}
                name="kind"
                value={kind}
                checked={state.kind === kind}
              />
              <label for={`kind_${kind}`}>{t(`invite.audience.kind.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        <h2 id="background" tabIndex={-1}>
          {t('invite.audience.backgroundHeading')}
        </h2>
        <FieldError field="background" />
        <p class="hint">{t('invite.audience.backgroundHint')}</p>
        {props.questions.map((question) => {
          const name = `q_${question.key}`;
          const chosen = state.answers[question.key] ?? [];
          return (
            <fieldset
              class={errorOf(name) ? 'field choices field--error' : 'field choices'}
              id={name}
              key={question.id}
            >
              <legend>{question.text[language]}</legend>
              <FieldError field={name} />
              {question.options.map((option) => (
                <div class="checkbox" key={option.value}>
                  <input
                    type="checkbox"
                    id={`${name}_${option.value}`}
                    name={name}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                  />
                  <label for={`${name}_${option.value}`}>{option.label[language]}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <h2>{t('invite.audience.participation')}</h2>
        <div class={errorOf('participationTask') ? 'field field--error' : 'field'}>
          <label for="participationTask">{t('invite.audience.participation.task')}</label>
          <FieldError field="participationTask" />
          <select id="participationTask" name="participationTask">
            <option value="" selected={state.participationTask === ''}>
              {t('invite.audience.participation.none')}
            </option>
            {props.otherTasks.map((task) => (
              <option key={task.id} value={task.id} selected={state.participationTask === task.id}>
                {task.title[language]}
              </option>
            ))}
          </select>
        </div>
        <fieldset
          class={errorOf('participation') ? 'field choices field--error' : 'field choices'}
          id="participation"
        >
          <legend>{t('invite.audience.participation.choice')}</legend>
          <FieldError field="participation" />
          {(
            [
              ['took', 'invite.audience.participation.took'],
              ['not_took', 'invite.audience.participation.notTook'],
            ] as const
          ).map(([value, label]) => (
            <div class="checkbox" key={value}>
              <input
                type="radio"
                id={`participation_${value}`}
                name="participation"
                value={value}
                checked={state.participation === value}
              />
              <label for={`participation_${value}`}>{t(label)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" name="action" value="save">
          {t('invite.audience.save')}
        </button>{' '}
        <button type="submit" name="action" value="preview" class="secondary">
          {t('invite.audience.preview')}
        </button>
      </form>
    </ConsoleLayout>
  );
}

/** The saved audience in words: all members, or each criterion with its chosen options. */
function AudienceSummary(props: {
  audience: TaskAudience;
  questions: BackgroundQuestion[];
  otherTasks: { id: string; title: LocalisedText }[];
}) {
  const { t, language } = useT();
  const audience = props.audience;
  if (audience.kind === 'all') return <p>{t('invite.audience.kind.all')}</p>;
  const participationTask = audience.participation
    ? props.otherTasks.find((task) => task.id === audience.participation!.taskId)
    : undefined;
  return (
    <dl class="summary">
      {Object.entries(audience.answers).map(([key, values]) => {
        const question = props.questions.find((q) => q.key === key);
        const labels = values.map(
          (value) => question?.options.find((o) => o.value === value)?.label[language] ?? value,
        );
        return (
          <div key={key}>
            <dt>{question?.text[language] ?? key}</dt>
            <dd>{labels.join(', ')}</dd>
          </div>
        );
      })}
      {audience.participation && (
        <div>
          <dt>{t('invite.audience.participation')}</dt>
          <dd>
            {participationTask?.title[language] ?? '–'}:{' '}
            {t(
              audience.participation.took
                ? 'invite.audience.participation.took'
                : 'invite.audience.participation.notTook',
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

export function InvitePage(props: {
  task: TaskRef;
  audience: TaskAudience;
  questions: BackgroundQuestion[];
  otherTasks: { id: string; title: LocalisedText }[];
  size: ShownCount;
  counts: { invited: ShownCount; emailed: ShownCount; reminded: ShownCount };
  invitable: boolean;
  notice?: string | undefined;
  problem?: string | undefined;
}) {
  const { t, language } = useT();
  const title = t('invite.page.title', { task: props.task.title[language] });
  return (
    <ConsoleLayout title={title}>
      <p>
        <a href={props.task.base}>{t('invite.audience.backToTask')}</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.problem && (
        <div class="error-summary" role="alert" tabIndex={-1} data-error-summary>
          <p>{props.problem}</p>
        </div>
      )}
      <p>{t('invite.page.intro')}</p>
      <h2>{t('invite.page.audience')}</h2>
      <AudienceSummary audience={props.audience} questions={props.questions} otherTasks={props.otherTasks} />
      <SizeLine size={props.size} />
      <p>
        <a href={`${props.task.base}/audience`}>{t('invite.page.editAudience')}</a>
      </p>
      <h2>{t('invite.page.counts')}</h2>
      <dl class="summary">
        {(['invited', 'emailed', 'reminded'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`invite.count.${key}`)}</dt>
            <dd data-count={key}>
              <Count count={props.counts[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {!props.invitable && <p>{t('invite.page.notOpen')}</p>}
      {props.invitable && (
        <>
          <form method="post" action={`${props.task.base}/invite`}>
            <CsrfField />
            <button type="submit">{t('invite.page.send')}</button>
          </form>
          <form method="post" action={`${props.task.base}/remind`}>
            <CsrfField />
            <p class="hint" id="remind-hint">
              {t('invite.page.remindHint')}
            </p>
            <button type="submit" class="secondary" aria-describedby="remind-hint">
              {t('invite.page.remind')}
            </button>
          </form>
        </>
      )}
    </ConsoleLayout>
  );
}

const frequencies: TaskEmailFrequency[] = ['each_task', 'weekly', 'never'];

export function EmailPreferencesPage(props: {
  frequency: TaskEmailFrequency | '';
  saved: boolean;
  errors: FieldError[];
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const base = `/${organisation!.slug}`;
  const error = props.errors[0];
  return (
    <Layout title={t('emailPrefs.title')}>
      <h1>{t('emailPrefs.title')}</h1>
      {props.saved && <Notice>{t('emailPrefs.saved')}</Notice>}
      <ErrorSummary
        errors={props.errors.map((e) => ({ field: e.field, message: t(e.message as MessageKey) }))}
      />
      <p>{t('emailPrefs.intro')}</p>
      <form method="post" action={`${base}/me/email-preferences`}>
        <CsrfField />
        <fieldset class={error ? 'field choices field--error' : 'field choices'} id="frequency">
          <legend>{t('emailPrefs.legend')}</legend>
          {error && (
            <span class="field-error" id="frequency-error">
              {t(error.message as MessageKey)}
            </span>
          )}
          {frequencies.map((frequency) => (
            <div class="checkbox" key={frequency}>
              <input
                type="radio"
                id={`frequency_${frequency}`}
                name="frequency"
                value={frequency}
                checked={props.frequency === frequency}
              />
              <label for={`frequency_${frequency}`}>{t(`emailPrefs.${frequency}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('emailPrefs.save')}</button>{' '}
        <a class="button secondary-link" href={`${base}/me`}>
          {t('me.title')}
        </a>
      </form>
    </Layout>
  );
}

export function UnsubscribePage(props: { action: string }) {
  const { t } = useT();
  return (
    <Layout title={t('unsubscribe.title')}>
      <h1>{t('unsubscribe.title')}</h1>
      <p>{t('unsubscribe.body')}</p>
      <form method="post" action={props.action}>
        <button type="submit">{t('unsubscribe.submit')}</button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage() {
  const { t } = useT();
  return (
    <Layout title={t('unsubscribe.done.title')}>
      <div role="status">
        <h1>{t('unsubscribe.done.title')}</h1>
        <p>{t('unsubscribe.done.body')}</p>
      </div>
    </Layout>
  );
}

export function UnsubscribeInvalidPage() {
  const { t } = useT();
  return (
    <Layout title={t('unsubscribe.invalid.title')}>
      <h1>{t('unsubscribe.invalid.title')}</h1>
      <p>{t('unsubscribe.invalid.body')}</p>
    </Layout>
  );
}
