import type { ComponentChildren } from 'preact';
import { TextArea, TextField } from '../../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../../platform/html/layout.tsx';
import { usePage } from '../../platform/html/page-context.ts';
import type { FieldError } from '../../platform/http/form.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { ConsoleLayout } from '../../staff/console-pages.tsx';
import { holdReasonKinds, type MemberHold } from './member-holds.ts';
import { deadlineOf, deadlineState, extendedDueOn } from './request-deadlines.ts';
import { type DataSubjectRequest, requestChannels, requestKinds } from './request-repository.ts';

/**
 * The register owner's console for data subject requests that arrived by other channels (E10) and for
 * legal holds (H13, H12): the list with deadlines, the form to log a request, and one request's page.
 */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The deadline as words: overdue, due soon and on time are said in text, not only shown in colour. */
function DeadlineText(props: { request: DataSubjectRequest; today: string }) {
  const { t, date } = usePage().i18n;
  const deadline = deadlineOf(props.request);
  const state = deadlineState(props.request, props.today);
  if (state === 'closed') return <>{date(deadline)}</>;
  const days = daysBetween(props.today, deadline);
  return (
    <>
      {date(deadline)}{' '}
      {state === 'overdue' ? (
        <span class="tag">{t('requests.overdue', { days: -days })}</span>
      ) : state === 'due_soon' ? (
        <strong>{t('requests.dueSoon', { days })}</strong>
      ) : (
        t('requests.dueIn', { days })
      )}
    </>
  );
}

function RadioGroup(props: {
  name: string;
  legend: string;
  options: readonly string[];
  label: (option: string) => string;
  value: string | undefined;
  errors: FieldError[];
}) {
  const error = props.errors.find((e) => e.field === props.name);
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      id={props.name}
      aria-describedby={error ? `${props.name}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {error && (
        <span class="field-error" id={`${props.name}-error`}>
          {error.message}
        </span>
      )}
      {props.options.map((option) => (
        <div class="checkbox" key={option}>
          <input
            type="radio"
            id={`${props.name}-${option}`}
            name={props.name}
            value={option}
            checked={props.value === option}
          />
          <label for={`${props.name}-${option}`}>{props.label(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Notice(props: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      <p>{props.children}</p>
    </div>
  );
}

export function HoldsTable(props: {
  holds: MemberHold[];
  caption: string;
  today: string;
  showMember: boolean;
}) {
  const { i18n, organisation } = usePage();
  const { t, date } = i18n;
  const base = `/${organisation!.slug}/console`;
  return (
    <table>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.showMember && <th scope="col">{t('requests.member')}</th>}
          <th scope="col">{t('holds.reason')}</th>
          <th scope="col">{t('holds.placedOn')}</th>
          <th scope="col">{t('holds.until')}</th>
          <th scope="col">{t('holds.state')}</th>
        </tr>
      </thead>
      <tbody>
        {props.holds.map((hold) => {
          const active =
            hold.lifted_on === null &&
            hold.placed_on <= props.today &&
            (hold.until === null || hold.until >= props.today);
          return (
            <tr key={hold.id}>
              {props.showMember && (
                <td>
                  {/* The member key is never shown beside a case: it is what research data is stored under (H4). */}
                  {hold.request_id ? (
                    <a href={`${base}/requests/${hold.request_id}`}>{t('holds.toRequest')}</a>
                  ) : (
                    t('holds.noRequest')
                  )}
                </td>
              )}
              <td>
                {t(`holds.kind.${hold.reason_kind}` as MessageKey)}: {hold.reason}
              </td>
              <td>{date(hold.placed_on)}</td>
              <td>{hold.until ? date(hold.until) : t('holds.untilLifted')}</td>
              <td>
                {hold.lifted_on ? (
                  t('holds.liftedOn', { date: date(hold.lifted_on) })
                ) : active ? (
                  <form method="post" action={`${base}/holds/${hold.id}/lift`} class="inline-form">
                    <CsrfField />
                    {t('holds.active')}{' '}
                    <button type="submit" class="secondary">
                      {t('holds.lift')}
                    </button>
                  </form>
                ) : (
                  t('holds.ended')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function RequestListPage(props: {
  requests: DataSubjectRequest[];
  holds: MemberHold[];
  today: string;
  notice?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, date } = i18n;
  const base = `/${organisation!.slug}/console/requests`;
  const open = props.requests.filter((r) => r.status === 'open');
  const closed = props.requests.filter((r) => r.status !== 'open');
  const overdue = open.filter((r) => deadlineState(r, props.today) === 'overdue').length;
  return (
    <ConsoleLayout title={t('requests.title')}>
      <h1>{t('requests.title')}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>{t('requests.intro')}</p>
      <p>
        <a class="button" href={`${base}/new`}>
          {t('requests.new.link')}
        </a>
      </p>
      <h2>{t('requests.open')}</h2>
      {open.length === 0 ? (
        <p>{t('requests.noneOpen')}</p>
      ) : (
        <>
          <p>{t('requests.openSummary', { count: open.length, overdue })}</p>
          <table>
            <caption class="visually-hidden">{t('requests.open')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.caseReference')}</th>
                <th scope="col">{t('requests.kind')}</th>
                <th scope="col">{t('requests.receivedOn')}</th>
                <th scope="col">{t('requests.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((request) => (
                <tr key={request.id} data-state={deadlineState(request, props.today)}>
                  <td>
                    <a href={`${base}/${request.id}`}>{request.case_reference}</a>
                  </td>
                  <td>{t(`requests.kind.${request.kind}` as MessageKey)}</td>
                  <td>{date(request.received_on)}</td>
                  <td>
                    <DeadlineText request={request} today={props.today} />
                    {request.extended_due_on && ` (${t('requests.extended')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('requests.closed')}</h2>
      {closed.length === 0 ? (
        <p>{t('requests.noneClosed')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('requests.closed')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('requests.caseReference')}</th>
              <th scope="col">{t('requests.kind')}</th>
              <th scope="col">{t('requests.receivedOn')}</th>
              <th scope="col">{t('requests.closedOn')}</th>
              <th scope="col">{t('requests.resolution')}</th>
            </tr>
          </thead>
          <tbody>
            {closed.map((request) => (
              <tr key={request.id}>
                <td>
                  <a href={`${base}/${request.id}`}>{request.case_reference}</a>
                </td>
                <td>{t(`requests.kind.${request.kind}` as MessageKey)}</td>
                <td>{date(request.received_on)}</td>
                <td>{request.closed_on ? date(request.closed_on) : '–'}</td>
                <td>{t(`requests.resolution.${request.resolution ?? 'refused'}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('holds.activeTitle')}</h2>
      <p>{t('holds.intro')}</p>
      {props.holds.length === 0 ? (
        <p>{t('holds.none')}</p>
      ) : (
        <HoldsTable holds={props.holds} caption={t('holds.activeTitle')} today={props.today} showMember />
      )}
    </ConsoleLayout>
  );
}

export interface NewRequestValues {
  kind?: string;
  channel?: string;
  receivedOn?: string;
  caseReference?: string;
  identityCheck?: string;
  email?: string;
}

export function NewRequestPage(props: { errors: FieldError[]; values: NewRequestValues; today: string }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const base = `/${organisation!.slug}/console/requests`;
  const { errors, values } = props;
  return (
    <ConsoleLayout title={t('requests.new.title')}>
      <p>
        <a href={base}>{t('requests.title')}</a>
      </p>
      <h1>{t('requests.new.title')}</h1>
      <ErrorSummary errors={errors} />
      <p>{t('requests.new.intro')}</p>
      <p>{t('requests.new.noNames')}</p>
      <form method="post" action={base}>
        <CsrfField />
        <RadioGroup
          name="kind"
          legend={t('requests.kind')}
          options={requestKinds}
          label={(kind) => t(`requests.kind.${kind}` as MessageKey)}
          value={values.kind}
          errors={errors}
        />
        <RadioGroup
          name="channel"
          legend={t('requests.channel')}
          options={requestChannels}
          label={(channel) => t(`requests.channel.${channel}` as MessageKey)}
          value={values.channel}
          errors={errors}
        />
        <TextField
          type="date"
          name="receivedOn"
          label={t('requests.receivedOn')}
          hint={t('requests.new.receivedOnHint')}
          value={values.receivedOn ?? props.today}
          errors={errors}
          required
        />
        <TextField
          name="caseReference"
          label={t('requests.caseReference')}
          hint={t('requests.new.caseReferenceHint')}
          value={values.caseReference}
          errors={errors}
          required
          maxLength={100}
        />
        <TextArea
          name="identityCheck"
          label={t('requests.identityCheck')}
          hint={t('requests.new.identityCheckHint')}
          value={values.identityCheck}
          errors={errors}
          required
          maxLength={1000}
        />
        <TextField
          name="email"
          type="email"
          label={t('requests.new.email')}
          hint={t('requests.new.emailHint')}
          value={values.email}
          errors={errors}
          maxLength={254}
          autocomplete="off"
        />
        <button type="submit">{t('requests.new.submit')}</button>
      </form>
    </ConsoleLayout>
  );
}

export interface RequestMember {
  id: string;
  erased: boolean;
  restricted: boolean;
}

export interface RequestPageValues {
  extensionReasons?: string;
  notifiedOn?: string;
  outcome?: string;
  refusalReason?: string;
  holdReasonKind?: string;
  holdReason?: string;
  holdUntil?: string;
}

export function RequestPage(props: {
  request: DataSubjectRequest;
  member: RequestMember | null;
  hold: MemberHold | undefined;
  holds: MemberHold[];
  today: string;
  errors?: FieldError[];
  values?: RequestPageValues;
  notice?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, date } = i18n;
  const { request, member, hold, today } = props;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const base = `/${organisation!.slug}/console/requests/${request.id}`;
  const isOpen = request.status === 'open';
  const holdsData = member !== null && !member.erased;
  const fulfilHint: MessageKey = !holdsData
    ? 'requests.fulfil.noData'
    : (`requests.fulfil.${request.kind}` as MessageKey);
  const erasureHeld = request.kind === 'erasure' && hold !== undefined && holdsData;
  const canExtend = isOpen && request.extended_due_on === null && today <= request.due_on;
  return (
    <ConsoleLayout title={t('requests.request', { reference: request.case_reference })}>
      <p>
        <a href={`/${organisation!.slug}/console/requests`}>{t('requests.title')}</a>
      </p>
      <h1>{t('requests.request', { reference: request.case_reference })}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary errors={errors} />
      <dl class="summary">
        <div>
          <dt>{t('requests.kind')}</dt>
          <dd>{t(`requests.kind.${request.kind}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('requests.channel')}</dt>
          <dd>{t(`requests.channel.${request.channel}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('requests.receivedOn')}</dt>
          <dd>{date(request.received_on)}</dd>
        </div>
        <div>
          <dt>{t('requests.identityCheck')}</dt>
          <dd>{request.identity_check}</dd>
        </div>
        <div>
          <dt>{t('requests.member')}</dt>
          <dd>
            {member === null
              ? t('requests.memberNone')
              : member.erased
                ? t('requests.memberErasedNow')
                : t('requests.memberFound')}
            {member?.restricted && ` · ${t('requests.memberRestricted')}`}
          </dd>
        </div>
        <div>
          <dt>{t('requests.deadline')}</dt>
          <dd>
            <DeadlineText request={request} today={today} />
          </dd>
        </div>
        {request.extended_due_on && (
          <div>
            <dt>{t('requests.extension')}</dt>
            <dd>
              {t('requests.extensionSummary', {
                first: date(request.due_on),
                extended: date(request.extended_due_on),
                notified: date(request.extension_notified_on ?? request.due_on),
              })}{' '}
              {request.extension_reasons}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('requests.status')}</dt>
          <dd>
            {isOpen
              ? t('requests.status.open')
              : t('requests.closedSummary', {
                  resolution: t(`requests.resolution.${request.resolution ?? 'refused'}` as MessageKey),
                  date: date(request.closed_on ?? today),
                })}
            {request.outcome && ` ${request.outcome}`}
          </dd>
        </div>
      </dl>

      {isOpen && (
        <>
          <h2 id="fulfil-heading">{t('requests.fulfil.heading')}</h2>
          <p>{t(fulfilHint)}</p>
          {request.kind === 'access' && holdsData && (
            <p>
              <a href={`${base}/export.json`} download>
                {t('requests.export')}
              </a>
            </p>
          )}
          {erasureHeld ? (
            <p>
              <strong>
                {t('requests.fulfil.held', { until: hold.until ? date(hold.until) : t('holds.untilLifted') })}
              </strong>
            </p>
          ) : (
            <form method="post" action={`${base}/fulfil`} aria-labelledby="fulfil-heading">
              <CsrfField />
              <TextArea
                name="outcome"
                label={
                  request.kind === 'rectification' && holdsData
                    ? t('requests.fulfil.rectifiedWhat')
                    : t('requests.fulfil.note')
                }
                value={values.outcome}
                errors={errors}
                required={request.kind === 'rectification' && holdsData}
                maxLength={2000}
              />
              <button type="submit">
                {holdsData ? t('requests.fulfil.submit') : t('requests.fulfil.submitNoData')}
              </button>
            </form>
          )}

          {canExtend && (
            <>
              <h2 id="extend-heading">{t('requests.extend.heading')}</h2>
              <p>
                {t('requests.extend.explain', {
                  due: date(request.due_on),
                  extended: date(extendedDueOn(request.received_on)),
                })}
              </p>
              <form method="post" action={`${base}/extend`} aria-labelledby="extend-heading">
                <CsrfField />
                <TextArea
                  name="extensionReasons"
                  label={t('requests.extend.reasons')}
                  hint={t('requests.extend.reasonsHint')}
                  value={values.extensionReasons}
                  errors={errors}
                  required
                  maxLength={2000}
                />
                <TextField
                  type="date"
                  name="notifiedOn"
                  label={t('requests.extend.notifiedOn')}
                  value={values.notifiedOn ?? today}
                  errors={errors}
                  required
                />
                <button type="submit">{t('requests.extend.submit')}</button>
              </form>
            </>
          )}
          {isOpen && request.extended_due_on === null && !canExtend && (
            <p>{t('requests.extend.tooLate', { due: date(request.due_on) })}</p>
          )}

          <h2 id="refuse-heading">{t('requests.refuse.heading')}</h2>
          <form method="post" action={`${base}/refuse`} aria-labelledby="refuse-heading">
            <CsrfField />
            <TextArea
              name="refusalReason"
              label={t('requests.refuse.reason')}
              hint={t('requests.refuse.reasonHint')}
              value={values.refusalReason}
              errors={errors}
              required
              maxLength={2000}
            />
            <button type="submit" class="secondary">
              {t('requests.refuse.submit')}
            </button>
          </form>
        </>
      )}

      {member !== null && !member.erased && (
        <>
          <h2 id="holds-heading">{t('holds.title')}</h2>
          <p>{t('holds.intro')}</p>
          {props.holds.length === 0 ? (
            <p>{t('holds.noneForMember')}</p>
          ) : (
            <HoldsTable holds={props.holds} caption={t('holds.title')} today={today} showMember={false} />
          )}
          <h3 id="place-hold-heading">{t('holds.place.heading')}</h3>
          <form method="post" action={`${base}/hold`} aria-labelledby="place-hold-heading">
            <CsrfField />
            <RadioGroup
              name="holdReasonKind"
              legend={t('holds.reasonKind')}
              options={holdReasonKinds}
              label={(kind) => t(`holds.kind.${kind}` as MessageKey)}
              value={values.holdReasonKind}
              errors={errors}
            />
            <TextField
              name="holdReason"
              label={t('holds.reason')}
              hint={t('holds.reasonHint')}
              value={values.holdReason}
              errors={errors}
              required
              maxLength={500}
            />
            <TextField
              type="date"
              name="holdUntil"
              label={t('holds.untilOptional')}
              hint={t('holds.untilHint')}
              value={values.holdUntil}
              errors={errors}
            />
            <button type="submit">{t('holds.place.submit')}</button>
          </form>
        </>
      )}
    </ConsoleLayout>
  );
}
