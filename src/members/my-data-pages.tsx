import type { Consent } from '../consents/consent-repository.ts';
import { CsrfField, DonePage, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { languages } from '../platform/i18n/languages.ts';
import type { Register } from '../privacy/registers/register.ts';
import { describeMemberHold, type MemberHold } from '../privacy/requests/member-holds.ts';
import { isContactPurpose } from './contact-details.ts';
import {
  contactConsents,
  describeLegalHolds,
  groupByDataContent,
  itemHeadings,
  type KeptNote,
  keptAfterDeletion,
  legalHolds,
  type MyData,
  type MyDataItem,
  membershipConsents,
} from './my-data.ts';

function useMemberPage() {
  const { i18n, organisation } = usePage();
  return { i18n, t: i18n.t, base: `/${organisation!.slug}`, organisation: organisation! };
}

function KeptTable(props: { notes: KeptNote[]; caption: string }) {
  const { t } = useMemberPage();
  return (
    <table>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myData.kept.what')}</th>
          <th scope="col">{t('myData.kept.why')}</th>
          <th scope="col">{t('myData.kept.until')}</th>
        </tr>
      </thead>
      <tbody>
        {props.notes.map((note) => (
          <tr key={note.what}>
            <td>{note.what}</td>
            <td>{note.why}</td>
            <td>{note.until}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsentList(props: { consents: Consent[] }) {
  const { t, i18n, base } = useMemberPage();
  if (props.consents.length === 0) return <p>{t('myData.consentsNone')}</p>;
  return (
    <ul>
      {props.consents.map((consent) => (
        <li key={consent.id}>
          {t(`consent.purpose.${consent.purpose}` as MessageKey)}:{' '}
          {t('me.consentGiven', { date: i18n.dateTime(new Date(consent.given_at)) })}
          {consent.withdrawn_at &&
            ` · ${t('me.consentWithdrawn', { date: i18n.dateTime(new Date(consent.withdrawn_at)) })}`}{' '}
          · <a href={`${base}/me/consents/${consent.id}/receipt.json`}>{t('me.consentReceipt')}</a>
        </li>
      ))}
    </ul>
  );
}

function Membership(props: { data: MyData }) {
  const { t, i18n, base } = useMemberPage();
  const { data } = props;
  return (
    <>
      <dl class="summary">
        <div>
          <dt>{t('myData.email')}</dt>
          <dd>
            {data.email ?? '–'} · <a href={`${base}/me/email`}>{t('emailChange.link')}</a>
            {data.pendingEmail && (
              <>
                {' '}
                (
                {t('emailChange.pending', {
                  email: data.pendingEmail.email,
                  date: i18n.dateTime(data.pendingEmail.expiresAt),
                })}
                )
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('myData.pseudonym')}</dt>
          <dd>
            {data.pseudonym ?? t('myData.noPseudonym')} ·{' '}
            <a href={`${base}/me/pseudonym`}>{t('me.changePseudonym')}</a>
          </dd>
        </div>
        <div>
          <dt>{t('myData.language')}</dt>
          <dd>{t(`myData.languageName.${data.language}`)}</dd>
        </div>
        <div>
          <dt>{t('myData.joined')}</dt>
          <dd>{i18n.dateTime(data.joinedAt)}</dd>
        </div>
        <div>
          <dt>{t('myData.lastActive')}</dt>
          <dd>{i18n.dateTime(data.lastActiveAt)}</dd>
        </div>
        {data.processingRestrictedAt && (
          <div>
            <dt>{t('myData.restrictedSince')}</dt>
            <dd>{i18n.dateTime(data.processingRestrictedAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t('myData.memberKey')}</dt>
          <dd>
            <code>{data.memberKey}</code>
          </dd>
        </div>
      </dl>
      {/* The language is corrected as anywhere else: an explicit ?lang= choice is remembered with the member. */}
      <form method="get" action={`${base}/me/data`}>
        <fieldset class="field choices">
          <legend>{t('myData.languageLegend')}</legend>
          {languages.map((code) => (
            <div class="checkbox" key={code}>
              <input
                type="radio"
                id={`lang_${code}`}
                name="lang"
                value={code}
                checked={code === data.language}
              />
              <label for={`lang_${code}`}>{t(`myData.languageName.${code}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="secondary">
          {t('myData.languageSubmit')}
        </button>
      </form>
    </>
  );
}

function Item(props: { item: MyDataItem; data: MyData; register: Register | undefined }) {
  const { t, i18n, base } = useMemberPage();
  const { item, data, register } = props;
  const language = i18n.language;
  if (item === 'specialCategories') return <p>{t('myData.specialCategories')}</p>;
  if (item === 'ipAddresses') {
    const rule = register?.retention.find((r) => r.key === 'abuse_log_addresses');
    return (
      <p>
        {t('myData.ipAddresses')}
        {rule && ` ${rule.description[language]}`}
      </p>
    );
  }
  const body = () => {
    switch (item) {
      case 'membership':
        return <Membership data={data} />;
      case 'sessions':
        return (
          <>
            <ul>
              {data.sessions.map((session) => (
                <li key={session.id}>
                  {t('me.sessionStarted')}: {i18n.dateTime(session.startedAt)} · {t('me.sessionLastSeen')}:{' '}
                  {i18n.dateTime(session.lastSeenAt)}
                </li>
              ))}
            </ul>
            <p>
              <a href={`${base}/me`}>{t('myData.manageSessions')}</a>
            </p>
          </>
        );
      case 'membershipConsent':
        return <ConsentList consents={membershipConsents(data)} />;
      case 'contactConsents':
        return <ConsentList consents={contactConsents(data)} />;
      case 'profile':
        return (
          <>
            {data.profile.length === 0 ? (
              <p>{t('profile.none')}</p>
            ) : (
              <dl class="summary">
                {data.profile.map((entry) => (
                  <div key={entry.questionKey}>
                    <dt>{entry.question[language]}</dt>
                    <dd>{entry.labels.map((label) => label[language]).join(', ')}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p>
              <a href={`${base}/me/profile`}>{t('me.editProfile')}</a>
            </p>
          </>
        );
      case 'researchAnswers':
        return data.researchAnswers.length === 0 ? (
          <p>{t('myData.researchAnswersNone')}</p>
        ) : (
          <ul>
            {data.researchAnswers.map((answer) => (
              <li key={`${answer.task.en}-${answer.answeredOn}`}>
                {t('myData.researchAnswer', {
                  task: answer.task[language],
                  date: i18n.date(answer.answeredOn),
                })}
              </li>
            ))}
          </ul>
        );
      case 'contactDetails':
        return data.contactDetails.length === 0 ? (
          <p>{t('myData.contactNone')}</p>
        ) : (
          <dl class="summary">
            {data.contactDetails.map((detail) => {
              const purpose = t(`consent.purpose.${detail.purpose}` as MessageKey);
              return (
                <div key={detail.purpose}>
                  <dt>{purpose}</dt>
                  <dd>
                    {[detail.name, detail.phone, detail.postalAddress].filter(Boolean).join(', ')}
                    {isContactPurpose(detail.purpose) && (
                      <>
                        {' · '}
                        <a href={`${base}/me/contact/${detail.purpose}`}>
                          {t('myData.contactCorrect', { purpose })}
                        </a>
                      </>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        );
      case 'contactReadBy':
        return data.contactReadBy.length === 0 ? (
          <p>{t('me.contactNotRead')}</p>
        ) : (
          <ul>
            {data.contactReadBy.map((read) => (
              <li key={`${read.name}-${new Date(read.at).getTime()}`}>
                {read.name}, {i18n.dateTime(new Date(read.at))}
              </li>
            ))}
          </ul>
        );
      case 'events':
        return data.events.length === 0 ? (
          <p>{t('myData.eventsNone')}</p>
        ) : (
          <ul>
            {data.events.map((event) => (
              <li key={`${event.event.en}-${event.on}`}>
                {t('myData.event', { event: event.event[language], date: i18n.date(event.on) })}
              </li>
            ))}
          </ul>
        );
      case 'rewards': {
        if (data.rewards.length === 0) return <p>{t('myData.rewardsNone')}</p>;
        const kept = describeLegalHolds(legalHolds(data.rewards, register), i18n);
        return (
          <>
            <ul>
              {data.rewards.map((reward) => (
                <li key={reward.id}>
                  {t('myData.reward', {
                    description: reward.description[language],
                    date: i18n.date(reward.paidOn),
                  })}
                  {reward.reportedToIncomesRegisterOn &&
                    `, ${t('myData.rewardReported', { date: i18n.date(reward.reportedToIncomesRegisterOn) })}`}
                </li>
              ))}
            </ul>
            {kept.length > 0 && (
              <>
                <h4>{t('myData.kept.legalHeading')}</h4>
                <KeptTable notes={kept} caption={t('myData.kept.legalHeading')} />
              </>
            )}
          </>
        );
      }
    }
  };
  return (
    <>
      <h3>{t(itemHeadings[item])}</h3>
      {body()}
    </>
  );
}

/** H13, E10: everything held about the member, grouped as the register's data content, with every right. */
export function MyDataPage(props: { data: MyData; register: Register | undefined }) {
  const { t, i18n, base, organisation } = useMemberPage();
  const { data, register } = props;
  const language = i18n.language;
  const groups = groupByDataContent(register, data);
  return (
    <Layout title={t('myData.title')}>
      <h1>{t('myData.title')}</h1>
      <p>
        {t('myData.intro', {
          organisation: organisation.name[language],
          register: register?.title[language] ?? '–',
        })}
      </p>
      <p>{t('myData.copyNow')}</p>
      <p>
        <a href={`${base}/me/data.json`} download>
          {t('myData.download')}
        </a>
      </p>
      <p>{t('myData.printHint')}</p>
      <p>{t('myData.correctHint')}</p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`category-${group.key}`} data-category={group.key}>
          <h2 id={`category-${group.key}`}>
            {group.title ? group.title[language] : t('myData.otherCategory')}
          </h2>
          {!group.holdsData && <p>{t('myData.nothing')}</p>}
          {group.items.map((item) => (
            <Item key={item} item={item} data={data} register={register} />
          ))}
        </section>
      ))}
      <section aria-labelledby="restrict-heading">
        <h2 id="restrict-heading">{t('myData.restrict.heading')}</h2>
        <p>{t('myData.restrict.explain')}</p>
        {data.processingRestrictedAt ? (
          <form method="post" action={`${base}/me/data/lift-restriction`}>
            <CsrfField />
            <p role="status">
              {t('myData.restrict.active', { date: i18n.dateTime(data.processingRestrictedAt) })}
            </p>
            <button type="submit">{t('myData.restrict.lift')}</button>
          </form>
        ) : (
          <form method="post" action={`${base}/me/data/restrict`}>
            <CsrfField />
            <button type="submit" class="secondary">
              {t('myData.restrict.submit')}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('myData.delete.heading')}</h2>
        <p>{t('myData.delete.lead')}</p>
        <p>
          <a href={`${base}/me/data/delete`}>{t('myData.delete.link')}</a>
        </p>
      </section>
      {register && (
        <section aria-labelledby="complaint-heading">
          <h2 id="complaint-heading">{t('myData.complaint')}</h2>
          <p>{register.complaint[language]}</p>
        </section>
      )}
    </Layout>
  );
}

/** H13: while a legal hold is active, what is kept, why and until when (shown before and after trying). */
function HoldNotice(props: { hold: MemberHold }) {
  const { t, i18n } = useMemberPage();
  return (
    <section aria-labelledby="hold-heading" data-member-hold>
      <h2 id="hold-heading">{t('memberHold.heading')}</h2>
      <p>{t('memberHold.explain')}</p>
      <KeptTable notes={[describeMemberHold(props.hold, i18n)]} caption={t('memberHold.heading')} />
      <p>{t('memberHold.rights')}</p>
    </section>
  );
}

/** H13: the answer to "delete my data now" under an active legal hold: nothing was deleted, and why. */
export function DeletionHeldPage(props: { hold: MemberHold }) {
  const { t, base } = useMemberPage();
  return (
    <Layout title={t('memberHold.refusedTitle')}>
      <h1>{t('memberHold.refusedTitle')}</h1>
      <p>{t('memberHold.refusedIntro')}</p>
      <HoldNotice hold={props.hold} />
      <p>
        <a href={`${base}/me/data`}>{t('myData.delete.cancel')}</a>
      </p>
    </Layout>
  );
}

/** H13: what deleting removes at once and what is kept (why, until when), then one confirming button. */
export function DeleteMyDataPage(props: {
  data: MyData;
  register: Register | undefined;
  hold?: MemberHold | undefined;
}) {
  const { t, i18n, base } = useMemberPage();
  const research = props.register?.retention.find((r) => r.key === 'anonymised_research_answers');
  const kept = keptAfterDeletion(legalHolds(props.data.rewards, props.register), i18n);
  return (
    <Layout title={t('myData.delete.title')}>
      <h1>{t('myData.delete.title')}</h1>
      {props.hold && <HoldNotice hold={props.hold} />}
      <p>{t('myData.delete.intro')}</p>
      <h2>{t('myData.delete.deletedHeading')}</h2>
      <ul>
        <li>{t('myData.delete.deleted.email')}</li>
        <li>{t('myData.delete.deleted.pseudonym')}</li>
        <li>{t('myData.delete.deleted.profile')}</li>
        <li>{t('myData.delete.deleted.contact')}</li>
        <li>{t('myData.delete.deleted.sessions')}</li>
        <li>{t('myData.delete.deleted.consents')}</li>
        <li>
          {t('myData.delete.deleted.research')}
          {research && `. ${research.description[i18n.language]}`}
        </li>
      </ul>
      <h2>{t('myData.delete.keptHeading')}</h2>
      <KeptTable notes={kept} caption={t('myData.delete.keptHeading')} />
      <p>{t('myData.delete.emailNote')}</p>
      {props.hold ? (
        <p>
          <a class="button secondary-link" href={`${base}/me/data`}>
            {t('myData.delete.cancel')}
          </a>
        </p>
      ) : (
        <form method="post" action={`${base}/me/data/delete`}>
          <CsrfField />
          <button type="submit">{t('myData.delete.confirm')}</button>{' '}
          <a class="button secondary-link" href={`${base}/me/data`}>
            {t('myData.delete.cancel')}
          </a>
        </form>
      )}
    </Layout>
  );
}

export function MyDataDeletedPage() {
  const { t, base } = useMemberPage();
  return (
    <DonePage
      title={t('myData.deleted.title')}
      body={t('myData.deleted.body')}
      next={{ href: `${base}/join`, text: t('myData.deleted.joinAgain') }}
    />
  );
}
