import type { LocalisedText } from '../platform/db/schema.ts';
import { TextArea } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { Translator } from '../platform/i18n/i18n.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';
import { hasPermission } from '../staff/permissions.ts';
import type { Refusal } from './discussion-participation.ts';
import type { PostRow, ReportRow } from './discussion-repository.ts';
import { type DiscussionState, HIDE_REASON_MAX_LENGTH, POST_MAX_LENGTH } from './discussion-rules.ts';

/**
 * The discussion pages (issue 6): the member's page (posts and one level of replies under pseudonyms,
 * H3; text only; works without JavaScript) and the moderator's console (pseudonyms only, never emails).
 */
export interface DiscussionTaskView {
  slug: string;
  title: LocalisedText;
  description: LocalisedText;
  opens_at: Date;
  closes_at: Date;
  discussion_closed_at: Date | null;
}

export interface Thread {
  post: PostRow;
  replies: PostRow[];
}

/** The post's text as paragraphs: blank lines separate paragraphs, single line breaks stay. */
function PostText(props: { body: string }) {
  return (
    <>
      {props.body.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph.split('\n').flatMap((line, j) => (j > 0 ? [<br key={j} />, line] : [line]))}</p>
      ))}
    </>
  );
}

function authorOf(post: PostRow, t: Translator['t'], memberId?: string): string {
  if (post.member_id === null || post.pseudonym === null) return t('discussion.formerMember');
  return post.member_id === memberId ? t('discussion.you', { pseudonym: post.pseudonym }) : post.pseudonym;
}

/** A post as members see it: a hidden post shows the moderator's reason instead of its text. */
function MemberPost(props: {
  post: PostRow;
  memberId: string;
  level: 'h3' | 'h4' | 'h2';
  links?: preact.ComponentChildren;
}) {
  const { i18n } = usePage();
  const { t } = i18n;
  const Heading = props.level;
  return (
    <article id={`post-${props.post.id}`} class="post">
      <Heading>{authorOf(props.post, t, props.memberId)}</Heading>
      <p class="hint">
        {t('discussion.postedAt', { time: i18n.dateTime(new Date(props.post.posted_at)) })}
        {props.post.pinned_at && props.post.parent_id === null && (
          <>
            {' · '}
            <strong>{t('discussion.pinned')}</strong>
          </>
        )}
      </p>
      {props.post.hidden_at ? (
        <p>
          <em>{t('discussion.hidden', { reason: props.post.hidden_reason ?? '' })}</em>
        </p>
      ) : (
        <PostText body={props.post.body} />
      )}
      {props.links}
    </article>
  );
}

function refusalText(refusal: Refusal, task: DiscussionTaskView, i18n: Translator): string {
  return refusal === 'not_open_yet'
    ? i18n.t('discussion.refused.not_open_yet', { time: i18n.dateTime(new Date(task.opens_at)) })
    : i18n.t(`discussion.refused.${refusal}`);
}

function RefusalNotice(props: { refusal: Refusal; task: DiscussionTaskView }) {
  const { i18n, organisation } = usePage();
  return (
    <div class="notice" role="status" data-refusal={props.refusal}>
      <p>{refusalText(props.refusal, props.task, i18n)}</p>
      {props.refusal === 'restricted' && (
        <p>
          <a href={`/${organisation!.slug}/me/data`}>{i18n.t('myData.title')}</a>
        </p>
      )}
    </div>
  );
}

export function DiscussionPage(props: {
  task: DiscussionTaskView;
  memberId: string;
  pseudonym: string;
  threads: Thread[];
  refusal: Refusal | null;
  showPosts: boolean;
  notice?: string | undefined;
  errors?: FieldError[];
  value?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/me/discussions/${props.task.slug}`;
  const errors = props.errors ?? [];
  return (
    <Layout title={props.task.title[language]}>
      <p>
        <a href={`/${organisation!.slug}/me/tasks`}>{t('discussion.myTasks')}</a>
      </p>
      <ErrorSummary errors={errors} />
      <h1>{props.task.title[language]}</h1>
      <PostText body={props.task.description[language]} />
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      {props.refusal ? (
        <RefusalNotice refusal={props.refusal} task={props.task} />
      ) : (
        <p>{t('discussion.openUntil', { time: i18n.dateTime(new Date(props.task.closes_at)) })}</p>
      )}
      {props.showPosts && (
        <>
          <h2>{t('discussion.postsHeading')}</h2>
          {props.threads.length === 0 && <p>{t('discussion.noPosts')}</p>}
          {props.threads.length > 0 && (
            <ol class="posts">
              {props.threads.map(({ post, replies }) => (
                <li key={post.id}>
                  <MemberPost
                    post={post}
                    memberId={props.memberId}
                    level="h3"
                    links={
                      <p>
                        <a href={`${base}/posts/${post.id}`}>
                          {t('discussion.reply')} / {t('discussion.report')}
                        </a>
                      </p>
                    }
                  />
                  {replies.length > 0 && (
                    <ul class="replies">
                      {replies.map((reply) => (
                        <li key={reply.id}>
                          <MemberPost
                            post={reply}
                            memberId={props.memberId}
                            level="h4"
                            links={
                              reply.member_id !== props.memberId && (
                                <p>
                                  <a href={`${base}/posts/${reply.id}#report`}>{t('discussion.report')}</a>
                                </p>
                              )
                            }
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {!props.refusal && (
        <form method="post" action={base}>
          <h2>{t('discussion.writeHeading')}</h2>
          <CsrfField />
          <TextArea
            name="body"
            label={t('discussion.bodyLabel')}
            hint={t('discussion.bodyHint', { pseudonym: props.pseudonym, max: POST_MAX_LENGTH })}
            value={props.value}
            errors={errors}
            required
            maxLength={POST_MAX_LENGTH}
          />
          <button type="submit">{t('discussion.submit')}</button>
        </form>
      )}
    </Layout>
  );
}

/** One post with its replies, a reply form (for a post, while the member can post) and a report form. */
export function PostPage(props: {
  task: DiscussionTaskView;
  memberId: string;
  pseudonym: string;
  thread: Thread;
  refusal: Refusal | null;
  canReport: boolean;
  errors?: FieldError[];
  replyValue?: string | undefined;
  reasonValue?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/me/discussions/${props.task.slug}`;
  const { post, replies } = props.thread;
  const errors = props.errors ?? [];
  return (
    <Layout title={t('discussion.postPage.title')}>
      <p>
        <a href={`${base}#post-${post.id}`}>{t('discussion.backToDiscussion')}</a>
      </p>
      <ErrorSummary errors={errors} />
      <h1>{t('discussion.postPage.title')}</h1>
      <p>{t('discussion.postPage.inDiscussion', { task: props.task.title[language] })}</p>
      <MemberPost post={post} memberId={props.memberId} level="h2" />
      {replies.length > 0 && (
        <ul class="replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <MemberPost post={reply} memberId={props.memberId} level="h3" />
            </li>
          ))}
        </ul>
      )}
      {props.refusal && <RefusalNotice refusal={props.refusal} task={props.task} />}
      {!props.refusal && post.parent_id === null && (
        <form method="post" action={base}>
          <h2>{t('discussion.reply')}</h2>
          <CsrfField />
          <input type="hidden" name="parent" value={post.id} />
          <TextArea
            name="body"
            label={t('discussion.replyLabel')}
            hint={t('discussion.bodyHint', { pseudonym: props.pseudonym, max: POST_MAX_LENGTH })}
            value={props.replyValue}
            errors={errors}
            required
            maxLength={POST_MAX_LENGTH}
          />
          <button type="submit">{t('discussion.replySubmit')}</button>
        </form>
      )}
      {props.canReport && (
        <form method="post" action={`${base}/posts/${post.id}/report`} id="report">
          <h2>{t('discussion.reportHeading')}</h2>
          <p>{t('discussion.reportIntro')}</p>
          <CsrfField />
          <TextArea
            name="reason"
            label={t('discussion.reportReason')}
            value={props.reasonValue}
            errors={errors}
            required
            maxLength={1000}
          />
          <button type="submit">{t('discussion.reportSubmit')}</button>
        </form>
      )}
    </Layout>
  );
}

export interface ConsoleReport extends ReportRow {
  author: string | null;
}

function ConsolePost(props: {
  post: PostRow;
  taskSlug: string;
  reports: number;
  level: 'h3' | 'h4';
  hideValue?: string | undefined;
  hideError?: FieldError | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const { post } = props;
  const Heading = props.level;
  const action = `/${organisation!.slug}/console/discussions/${props.taskSlug}/posts/${post.id}`;
  const reasonId = `hide-reason-${post.id}`;
  return (
    <article id={`post-${post.id}`} class="post">
      <Heading>{post.pseudonym ?? t('discussion.formerMember')}</Heading>
      <p class="hint">
        {t('discussion.postedAt', { time: i18n.dateTime(new Date(post.posted_at)) })}
        {post.pinned_at && (
          <>
            {' · '}
            <strong>{t('discussionConsole.pinned')}</strong>
          </>
        )}
        {props.reports > 0 && (
          <>
            {' · '}
            <span class="tag">{t('discussionConsole.reportCount', { count: props.reports })}</span>
          </>
        )}
      </p>
      {post.hidden_at && (
        <p>
          <strong>{t('discussionConsole.hiddenBecause', { reason: post.hidden_reason ?? '' })}</strong>
        </p>
      )}
      <PostText body={post.body} />
      {post.parent_id === null && (
        <form method="post" action={`${action}/${post.pinned_at ? 'unpin' : 'pin'}`}>
          <CsrfField />
          <button type="submit" class="secondary">
            {t(post.pinned_at ? 'discussionConsole.unpin' : 'discussionConsole.pin')}
          </button>
        </form>
      )}
      {post.hidden_at ? (
        <form method="post" action={`${action}/unhide`}>
          <CsrfField />
          <button type="submit" class="secondary">
            {t('discussionConsole.unhide')}
          </button>
        </form>
      ) : (
        <form method="post" action={`${action}/hide`}>
          <CsrfField />
          <div class={props.hideError ? 'field field--error' : 'field'}>
            <label for={reasonId}>{t('discussionConsole.hideReason')}</label>
            {props.hideError && (
              <span class="field-error" id={`${reasonId}-error`}>
                {props.hideError.message}
              </span>
            )}
            <input
              type="text"
              id={reasonId}
              name="reason"
              value={props.hideValue}
              maxLength={HIDE_REASON_MAX_LENGTH}
              required
              aria-invalid={props.hideError ? 'true' : undefined}
              aria-describedby={props.hideError ? `${reasonId}-error` : undefined}
            />
          </div>
          <button type="submit" class="secondary">
            {t('discussionConsole.hide')}
          </button>
        </form>
      )}
    </article>
  );
}

export function ModerationPage(props: {
  task: DiscussionTaskView;
  state: DiscussionState;
  threads: Thread[];
  reports: ConsoleReport[];
  notice?: string | undefined;
  errors?: FieldError[];
  hideValue?: { postId: string; reason: string } | undefined;
}) {
  const { i18n, organisation, staff } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/console/discussions/${props.task.slug}`;
  const errors = props.errors ?? [];
  const canInvestigate = hasPermission(staff!.roles, 'abuse.investigate');
  const reportsOf = (postId: string) => props.reports.filter((report) => report.post_id === postId).length;
  const hideField = (postId: string) => ({
    hideValue: props.hideValue?.postId === postId ? props.hideValue.reason : undefined,
    hideError: errors.find((error) => error.field === `hide-reason-${postId}`),
  });
  return (
    <ConsoleLayout title={`${t('discussionConsole.title')}: ${props.task.title[language]}`}>
      <ErrorSummary errors={errors} />
      <h1>
        {t('discussionConsole.title')}: {props.task.title[language]}
      </h1>
      <p>{t('discussionConsole.intro')}</p>
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      <p>
        {props.state === 'open'
          ? t('discussionConsole.status.open', { time: i18n.dateTime(new Date(props.task.closes_at)) })
          : props.state === 'not_open_yet'
            ? t('discussionConsole.status.notOpenYet', { time: i18n.dateTime(new Date(props.task.opens_at)) })
            : t('discussionConsole.status.closed')}
      </p>

      <h2>{t('discussionConsole.reportsHeading')}</h2>
      {props.reports.length === 0 ? (
        <p>{t('discussionConsole.noReports')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('discussionConsole.reportsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('discussionConsole.column.post')}</th>
              <th scope="col">{t('discussionConsole.column.reason')}</th>
              <th scope="col">{t('discussionConsole.column.reportedAt')}</th>
              <th scope="col">{t('discussionConsole.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.reports.map((report) => (
              <tr key={report.id} data-report={report.id}>
                <td>
                  <a href={`#post-${report.post_id}`}>
                    {report.author ?? t('discussion.formerMember')},{' '}
                    {i18n.dateTime(new Date(report.posted_at))}
                  </a>
                </td>
                <td>{report.reason}</td>
                <td>{i18n.dateTime(new Date(report.reported_at))}</td>
                <td>
                  <form method="post" action={`${base}/reports/${report.id}/resolve`}>
                    <CsrfField />
                    <button type="submit" class="secondary">
                      {t('discussionConsole.resolve')}
                    </button>
                  </form>
                  {canInvestigate && (
                    <p>
                      <a href={`${base}/reports/${report.id}/abuse-log`}>
                        {t('discussionConsole.abuseLookup')}
                      </a>
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('discussionConsole.postsHeading')}</h2>
      {props.threads.length === 0 && <p>{t('discussionConsole.noPosts')}</p>}
      {props.threads.length > 0 && (
        <ol class="posts">
          {props.threads.map(({ post, replies }) => (
            <li key={post.id}>
              <ConsolePost
                post={post}
                taskSlug={props.task.slug}
                reports={reportsOf(post.id)}
                level="h3"
                {...hideField(post.id)}
              />
              {replies.length > 0 && (
                <ul class="replies">
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <ConsolePost
                        post={reply}
                        taskSlug={props.task.slug}
                        reports={reportsOf(reply.id)}
                        level="h4"
                        {...hideField(reply.id)}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>{t('discussionConsole.closeHeading')}</h2>
      {props.task.discussion_closed_at ? (
        <p>
          {t('discussionConsole.closedOn', {
            time: i18n.dateTime(new Date(props.task.discussion_closed_at)),
          })}
        </p>
      ) : (
        <form method="post" action={`${base}/close`}>
          <p>{t('discussionConsole.closeIntro')}</p>
          <CsrfField />
          <button type="submit">{t('discussionConsole.close')}</button>
        </form>
      )}
    </ConsoleLayout>
  );
}
