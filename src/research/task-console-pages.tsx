import type { ComponentChildren } from 'preact';
import { shownCount } from '../analytics/suppression.ts';
import type { LanguageCode, LocalisedText } from '../platform/db/schema.ts';
import { SelectField, TextArea, TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import { languages } from '../platform/i18n/languages.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';
import { hasPermission, type Permission } from '../staff/permissions.ts';
import type { ResearchProject, ResearchTask } from './research-repository.ts';
import { DEFAULT_ANALYSIS_DAYS, type FormBody, formValue, inLanguage } from './task-console-forms.ts';

/**
 * The researcher's console (research.manage): projects, their tasks, and the summary members see. Staff
 * see pseudonymous counts only, never who answered (H3).
 */
const values = (body: FormBody | undefined, name: string) => (body ? formValue(body, name) : '');

function Notice(props: { text: string | undefined }) {
  return props.text ? (
    <div class="notice" role="status">
      <p>{props.text}</p>
    </div>
  ) : null;
}

function LocalisedFields(props: {
  name: string;
  legend: string;
  body: FormBody | undefined;
  errors: FieldError[];
  multiline?: boolean;
  current?: LocalisedText | undefined;
}) {
  const { t } = usePage().i18n;
  return (
    <fieldset class="localised">
      <legend>{props.legend}</legend>
      {languages.map((language) => {
        const name = `${props.name}.${language}`;
        const field = {
          name,
          label: t(`research.language.${language}`),
          value: props.body ? values(props.body, name) : (props.current?.[language] ?? ''),
          errors: props.errors,
        };
        return props.multiline ? <TextArea key={name} {...field} /> : <TextField key={name} {...field} />;
      })}
    </fieldset>
  );
}

function Choices(props: {
  legend: string;
  field: string;
  errors: FieldError[];
  hint?: string;
  children: ComponentChildren;
}) {
  const error = props.errors.find((e) => e.field === props.field);
  const describedBy = [props.hint && `${props.field}-hint`, error && `${props.field}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <span class="hint" id={`${props.field}-hint`}>
          {props.hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${props.field}-error`}>
          {error.message}
        </span>
      )}
      {props.children}
    </fieldset>
  );
}

function Choice(props: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: string;
}) {
  return (
    <div class={props.type}>
      <input
        {...({ type: props.type } as { type: 'radio' })}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

export interface RegisterChoice {
  slug: string;
  title: LocalisedText;
}

export function ResearchListPage(props: {
  projects: ResearchProject[];
  registers: RegisterChoice[];
  errors?: FieldError[];
  values?: FormBody;
  notice?: string;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/console/research`;
  const errors = props.errors ?? [];
  return (
    <ConsoleLayout
      title={errors.length ? `${t('research.errorPrefix')}: ${t('research.title')}` : t('research.title')}
    >
      <h1>{t('research.title')}</h1>
      <p>{t('research.intro')}</p>
      <Notice text={props.notice} />
      {props.projects.length === 0 ? (
        <p>{t('research.noProjects')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('research.projects')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('research.column.project')}</th>
              <th scope="col">{t('research.column.register')}</th>
              <th scope="col">{t('research.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <a href={`${base}/${project.slug}`}>{inLanguage(project.title, language)}</a>
                </td>
                <td>{project.register_slug}</td>
                <td>
                  {project.status === 'closed'
                    ? t('research.projectClosedOn', { date: i18n.date(project.closed_on ?? '') })
                    : t('research.projectOpen')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new-project">{t('research.newProject')}</h2>
      {props.registers.length === 0 ? (
        <p>{t('research.noRegister')}</p>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          <form method="post" action={base} aria-labelledby="new-project" noValidate>
            <CsrfField />
            <TextField
              name="slug"
              label={t('research.field.slug')}
              hint={t('research.field.slugHint')}
              value={values(props.values, 'slug')}
              errors={errors}
            />
            <LocalisedFields
              name="title"
              legend={t('research.field.title')}
              body={props.values}
              errors={errors}
            />
            <LocalisedFields
              name="purpose"
              legend={t('research.field.purpose')}
              body={props.values}
              errors={errors}
              multiline
            />
            <SelectField
              name="register"
              label={t('research.field.register')}
              hint={t('research.field.registerHint')}
              value={values(props.values, 'register')}
              errors={errors}
              options={props.registers.map((r) => ({ value: r.slug, label: inLanguage(r.title, language) }))}
            />
            <TextField
              type="number"
              min="0"
              name="analysisPeriodDays"
              label={t('research.field.analysisPeriodDays')}
              hint={t('research.field.analysisPeriodDaysHint')}
              value={values(props.values, 'analysisPeriodDays') || String(DEFAULT_ANALYSIS_DAYS)}
              errors={errors}
            />
            <button type="submit">{t('research.createProject')}</button>
          </form>
        </>
      )}
    </ConsoleLayout>
  );
}

export interface TaskRow {
  task: ResearchTask;
  survey: { slug: string; status: 'draft' | 'published' | 'closed' } | null;
  submitted: number;
  inProgress: number;
}

/** Which form on the project page a refusal concerns, so its errors show there. */
export type ProjectForm = 'task' | 'summary' | 'publish';

export function ProjectPage(props: {
  project: ResearchProject;
  tasks: TaskRow[];
  questions: { key: string; text: LocalisedText }[];
  defaults: { opensAt: string; closesAt: string };
  notice?: string | undefined;
  refused?: { form: ProjectForm; errors: FieldError[]; values?: FormBody };
}) {
  const { i18n, organisation, staff } = usePage();
  const { t, language } = i18n;
  const may = (permission: Permission) => hasPermission(staff?.roles ?? [], permission);
  // H5: a count is shown from k up; below it, only that it is fewer.
  const shown = (count: number) => {
    const cell = shownCount(count, organisation!.anonymity_threshold);
    return cell.shown ? String(cell.count) : t('research.fewerThan', { k: cell.k });
  };
  const { project } = props;
  const base = `/${organisation!.slug}/console/research/${project.slug}`;
  const title = inLanguage(project.title, language);
  const errorsOf = (form: ProjectForm) => (props.refused?.form === form ? props.refused.errors : []);
  const valuesOf = (form: ProjectForm) => (props.refused?.form === form ? props.refused.values : undefined);
  const taskErrors = errorsOf('task');
  const taskValues = valuesOf('task');
  const chosenLanguages: readonly string[] = taskValues
    ? [taskValues.languages ?? []].flat()
    : (languages as readonly string[]);
  const kind = values(taskValues, 'kind') || 'survey';
  const open = project.status === 'open';
  return (
    <ConsoleLayout
      title={props.refused ? `${t('research.errorPrefix')}: ${title}` : t('research.projectTitle', { title })}
    >
      <p>
        <a href={`/${organisation!.slug}/console/research`}>{t('research.title')}</a>
      </p>
      <h1>{t('research.projectTitle', { title })}</h1>
      <Notice text={props.notice} />
      {props.refused?.form === 'publish' && <ErrorSummary errors={props.refused.errors} />}
      <dl class="summary">
        <dt>{t('research.field.purpose')}</dt>
        <dd>{inLanguage(project.purpose, language)}</dd>
        <dt>{t('research.field.register')}</dt>
        <dd>
          <a href={`/${organisation!.slug}/privacy/${project.register_slug}`}>{project.register_slug}</a>
        </dd>
        <dt>{t('research.field.analysisPeriodDays')}</dt>
        <dd>{t('research.days', { days: project.analysis_period_days })}</dd>
        <dt>{t('research.column.status')}</dt>
        <dd>
          {open
            ? t('research.projectOpen')
            : t('research.projectClosedOn', { date: i18n.date(project.closed_on ?? '') })}
        </dd>
      </dl>

      {may('results.export') && (
        <p>
          <a href={`${base}/export`}>{t('research.exportLink')}</a>
        </p>
      )}

      <h2>{t('research.tasks')}</h2>
      {props.tasks.length === 0 ? (
        <p>{t('research.noTasks')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('research.tasks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('research.column.task')}</th>
              <th scope="col">{t('research.column.kind')}</th>
              <th scope="col">{t('research.column.time')}</th>
              <th scope="col">{t('research.column.status')}</th>
              <th scope="col">{t('research.column.answers')}</th>
              <th scope="col">{t('research.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.tasks.map(({ task, survey, submitted, inProgress }) => (
              <tr key={task.id}>
                <td>
                  {inLanguage(task.title, language)}
                  <br />
                  <span class="hint">
                    {task.languages.map((l) => t(`research.language.${l as LanguageCode}`)).join(', ')}
                    {task.target_participants !== null &&
                      ` · ${t('research.target', { count: task.target_participants })}`}
                    {task.quota_question_key &&
                      ` · ${t('research.quota', { key: task.quota_question_key, count: task.quota_per_group ?? 0 })}`}
                  </span>
                </td>
                <td>
                  {t(`research.kind.${task.kind}`)}
                  {survey && (
                    <>
                      <br />
                      <a href={`/${organisation!.slug}/console/surveys/${survey.slug}`}>
                        {t('research.editSurvey', { status: t(`research.surveyStatus.${survey.status}`) })}
                      </a>
                    </>
                  )}
                </td>
                <td>
                  {i18n.dateTime(task.opens_at)} – {i18n.dateTime(task.closes_at)}
                </td>
                <td>{t(`research.taskStatus.${task.status}`)}</td>
                <td>
                  {task.kind === 'survey'
                    ? t('research.answerCounts', {
                        submitted: shown(submitted),
                        inProgress: shown(inProgress),
                      })
                    : '–'}
                </td>
                <td>
                  {open && task.status !== 'published' && (
                    <form method="post" action={`${base}/tasks/${task.slug}/publish`}>
                      <CsrfField />
                      <button type="submit" id={`publish-${task.slug}`}>
                        {t('research.publishTask', { task: inLanguage(task.title, language) })}
                      </button>
                    </form>
                  )}
                  <ul class="plain">
                    <li>
                      <a href={`${base}/tasks/${task.slug}/audience`}>
                        {t('research.audienceLink', { task: inLanguage(task.title, language) })}
                      </a>
                    </li>
                    {task.kind === 'survey' && may('results.read') && (
                      <li>
                        <a href={`${base}/tasks/${task.slug}/results`}>
                          {t('research.resultsLink', { task: inLanguage(task.title, language) })}
                        </a>
                      </li>
                    )}
                    {task.kind === 'discussion' && may('discussions.moderate') && (
                      <li>
                        <a href={`/${organisation!.slug}/console/discussions/${task.slug}`}>
                          {t('research.moderateLink', { task: inLanguage(task.title, language) })}
                        </a>
                      </li>
                    )}
                  </ul>
                  {task.status === 'published' && (
                    <form method="post" action={`${base}/tasks/${task.slug}/close`}>
                      <CsrfField />
                      <button type="submit" class="secondary">
                        {t('research.closeTask', { task: inLanguage(task.title, language) })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {open && (
        <>
          <h2 id="new-task">{t('research.newTask')}</h2>
          <p>{t('research.newTaskIntro')}</p>
          <ErrorSummary errors={taskErrors} />
          <form method="post" action={`${base}/tasks`} aria-labelledby="new-task" noValidate>
            <CsrfField />
            <TextField
              name="slug"
              label={t('research.field.slug')}
              hint={t('research.field.taskSlugHint')}
              value={values(taskValues, 'slug')}
              errors={taskErrors}
            />
            <Choices legend={t('research.field.kind')} field="kind-survey" errors={taskErrors}>
              {(['survey', 'discussion'] as const).map((k) => (
                <Choice
                  key={k}
                  type="radio"
                  id={`kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                  label={t(`research.kind.${k}`)}
                />
              ))}
            </Choices>
            <Choices
              legend={t('research.field.languages')}
              field="languages-fi"
              hint={t('research.field.languagesHint')}
              errors={taskErrors}
            >
              {languages.map((l) => (
                <Choice
                  key={l}
                  type="checkbox"
                  id={`languages-${l}`}
                  name="languages"
                  value={l}
                  checked={chosenLanguages.includes(l)}
                  label={t(`research.language.${l}`)}
                />
              ))}
            </Choices>
            <LocalisedFields
              name="title"
              legend={t('research.field.taskTitle')}
              body={taskValues}
              errors={taskErrors}
            />
            <LocalisedFields
              name="description"
              legend={t('research.field.description')}
              body={taskValues}
              errors={taskErrors}
              multiline
            />
            <TextField
              type="datetime-local"
              name="opensAt"
              label={t('research.field.opensAt')}
              hint={t('research.field.timeHint')}
              value={taskValues ? values(taskValues, 'opensAt') : props.defaults.opensAt}
              errors={taskErrors}
            />
            <TextField
              type="datetime-local"
              name="closesAt"
              label={t('research.field.closesAt')}
              hint={t('research.field.timeHint')}
              value={taskValues ? values(taskValues, 'closesAt') : props.defaults.closesAt}
              errors={taskErrors}
            />
            <TextField
              type="number"
              min="0"
              name="targetParticipants"
              label={t('research.field.targetParticipants')}
              hint={t('research.field.optional')}
              value={values(taskValues, 'targetParticipants')}
              errors={taskErrors}
            />
            <SelectField
              name="quotaQuestionKey"
              label={t('research.field.quotaQuestion')}
              hint={t('research.field.quotaQuestionHint')}
              value={values(taskValues, 'quotaQuestionKey')}
              errors={taskErrors}
              options={[
                { value: '', label: t('research.field.noQuota') },
                ...props.questions.map((q) => ({ value: q.key, label: inLanguage(q.text, language) })),
              ]}
            />
            <TextField
              type="number"
              min="0"
              name="quotaPerGroup"
              label={t('research.field.quotaPerGroup')}
              hint={t('research.field.optional')}
              value={values(taskValues, 'quotaPerGroup')}
              errors={taskErrors}
            />
            <button type="submit">{t('research.createTask')}</button>
          </form>
        </>
      )}

      <h2 id="summary">{t('research.summary')}</h2>
      <p>{t('research.summaryIntro')}</p>
      {project.summary_published_at && (
        <p>
          {t('research.summaryPublishedAt', { date: i18n.dateTime(new Date(project.summary_published_at)) })}
        </p>
      )}
      <ErrorSummary errors={errorsOf('summary')} />
      <form method="post" action={`${base}/summary`} aria-labelledby="summary" noValidate>
        <CsrfField />
        <LocalisedFields
          name="heard"
          legend={t('research.field.heard')}
          body={valuesOf('summary')}
          current={project.summary?.heard}
          errors={errorsOf('summary')}
          multiline
        />
        <LocalisedFields
          name="changed"
          legend={t('research.field.changed')}
          body={valuesOf('summary')}
          current={project.summary?.changed}
          errors={errorsOf('summary')}
          multiline
        />
        <button type="submit">{t('research.publishSummary')}</button>
      </form>

      {open && (
        <>
          <h2 id="close-project">{t('research.closeProject')}</h2>
          <p>{t('research.closeProjectIntro', { days: project.analysis_period_days })}</p>
          <form method="post" action={`${base}/close`} aria-labelledby="close-project">
            <CsrfField />
            <button type="submit" class="secondary">
              {t('research.closeProject')}
            </button>
          </form>
        </>
      )}
    </ConsoleLayout>
  );
}
