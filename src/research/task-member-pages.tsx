import type { FormValues } from '../feedback/feedback-form.ts';
import { isVisible } from '../feedback/feedback-form.ts';
import type { LocalisedText } from '../platform/db/schema.ts';
import { CsrfField, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { SurveyQuestions } from '../surveys/survey-form.tsx';
import { textIn } from '../surveys/survey-text.ts';
import type { TaskRefusal } from './task-answering.ts';
import { inLanguage } from './task-console-forms.ts';

/** The member's research tasks: "My tasks", a survey task page by page, and why a task cannot be answered. */

export interface OpenTaskCard {
  slug: string;
  kind: 'survey' | 'discussion';
  title: LocalisedText;
  description: LocalisedText;
  closesAt: Date;
  paused: boolean;
}

export interface DoneTask {
  slug: string;
  title: LocalisedText;
  answeredOn: string | null;
}

export interface ProjectSummary {
  slug: string;
  title: LocalisedText;
  summary: { heard: LocalisedText; changed: LocalisedText };
}

export const taskPath = (org: string, task: { slug: string; kind: 'survey' | 'discussion' }) =>
  `/${org}/me/${task.kind === 'discussion' ? 'discussions' : 'tasks'}/${task.slug}`;

function TaskCards(props: { tasks: OpenTaskCard[] }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  return (
    <ul class="cards">
      {props.tasks.map((task) => (
        <li class="card" key={task.slug}>
          <h3>{inLanguage(task.title, language)}</h3>
          <p>{inLanguage(task.description, language)}</p>
          <p>{t('tasks.closesAt', { time: i18n.dateTime(task.closesAt) })}</p>
          <p>
            <a href={taskPath(organisation!.slug, task)}>
              {task.paused
                ? t('tasks.continue', { task: inLanguage(task.title, language) })
                : task.kind === 'discussion'
                  ? t('tasks.takePart', { task: inLanguage(task.title, language) })
                  : t('tasks.answer', { task: inLanguage(task.title, language) })}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function MyTasksPage(props: {
  closingSoon: OpenTaskCard[];
  open: OpenTaskCard[];
  done: DoneTask[];
  summaries: ProjectSummary[];
  restricted: boolean;
  notice?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}`;
  return (
    <Layout title={t('tasks.title')}>
      <p>
        <a href={`${base}/me`}>{t('tasks.backToMe')}</a>
      </p>
      <h1>{t('tasks.title')}</h1>
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      <p>{t('tasks.intro')}</p>
      {props.restricted && (
        <p>
          {t('tasks.restrictedNote')} <a href={`${base}/me/data`}>{t('myData.link')}</a>
        </p>
      )}
      {props.closingSoon.length > 0 && (
        <section aria-labelledby="closing-soon">
          <h2 id="closing-soon">{t('tasks.closingSoon')}</h2>
          <TaskCards tasks={props.closingSoon} />
        </section>
      )}
      <section aria-labelledby="open-tasks">
        <h2 id="open-tasks">{t('tasks.open')}</h2>
        {props.open.length === 0 ? <p>{t('tasks.noneOpen')}</p> : <TaskCards tasks={props.open} />}
      </section>
      <section aria-labelledby="done-tasks">
        <h2 id="done-tasks">{t('tasks.done')}</h2>
        {props.done.length === 0 ? (
          <p>{t('tasks.noneDone')}</p>
        ) : (
          <ul>
            {props.done.map((task) => (
              <li key={task.slug}>
                {t('tasks.doneOn', {
                  task: inLanguage(task.title, language),
                  date: task.answeredOn ? i18n.date(task.answeredOn) : '–',
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="results">
        <h2 id="results">{t('tasks.results')}</h2>
        {props.summaries.length === 0 ? (
          <p>{t('tasks.noResults')}</p>
        ) : (
          props.summaries.map((project) => (
            <article key={project.slug}>
              <h3>{inLanguage(project.title, language)}</h3>
              <h4>{t('tasks.heard')}</h4>
              <p>{inLanguage(project.summary.heard, language)}</p>
              <h4>{t('tasks.changed')}</h4>
              <p>{inLanguage(project.summary.changed, language)}</p>
            </article>
          ))
        )}
      </section>
    </Layout>
  );
}

export function TaskFormPage(props: {
  taskSlug: string;
  taskTitle: LocalisedText;
  description: LocalisedText;
  noticePath: string;
  survey: SurveyVersion;
  page: number;
  values: FormValues;
  errors: FieldError[];
  shuffleSeed: string;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const { survey, page } = props;
  const title = inLanguage(props.taskTitle, language) || textIn(survey.title, language);
  const onThisPage = survey.pages[page]!.questions.filter((q) => isVisible(q, props.values));
  const last = page === survey.pages.length - 1;
  return (
    <Layout title={props.errors.length ? `${t('feedback.errorPrefix')}: ${title}` : title}>
      <p>
        <a href={`/${organisation!.slug}/me/tasks`}>{t('tasks.title')}</a>
      </p>
      <h1>{title}</h1>
      {page === 0 && <p>{inLanguage(props.description, language)}</p>}
      {page === 0 && survey.intro && <p>{textIn(survey.intro, language)}</p>}
      {page === 0 && (
        <p class="hint">
          {t('tasks.pseudonymous')} <a href={props.noticePath}>{t('survey.privacyLink')}</a>
        </p>
      )}
      {survey.pages.length > 1 && (
        <p class="progress">{t('survey.progress', { page: page + 1, pages: survey.pages.length })}</p>
      )}
      <ErrorSummary errors={props.errors} />
      <form
        method="post"
        action={`/${organisation!.slug}/me/tasks/${props.taskSlug}`}
        autoComplete="off"
        noValidate
      >
        <CsrfField />
        <input type="hidden" name="page" value={String(page)} />
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
          <button type="submit" name="action" value="pause" class="secondary">
            {t('tasks.pause')}
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function TaskRefusedPage(props: { reason: TaskRefusal; taskTitle: LocalisedText }) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const heading = t(`tasks.refused.${props.reason}.title`);
  return (
    <Layout title={heading}>
      <h1>{heading}</h1>
      <p>{t(`tasks.refused.${props.reason}.body`, { task: inLanguage(props.taskTitle, language) })}</p>
      <p>
        <a href={`/${organisation!.slug}/me/tasks`}>{t('tasks.backToTasks')}</a>
      </p>
    </Layout>
  );
}
