import type { ComponentChildren } from 'preact';
import type { ServicePoint } from '../../feedback/service-points.ts';
import { assetUrl } from '../../platform/html/assets.ts';
import { SelectField, TextArea, TextField } from '../../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../../platform/html/layout.tsx';
import { usePage } from '../../platform/html/page-context.ts';
import type { FieldError } from '../../platform/http/form.ts';
import type { Translator } from '../../platform/i18n/i18n.ts';
import { type Language, languages } from '../../platform/i18n/languages.ts';
import { ConsoleLayout } from '../../staff/console-pages.tsx';
import type { Question, SurveyDraft, SurveyText } from '../survey-definition.ts';
import { SurveyQuestions } from '../survey-form.tsx';
import type { Survey } from '../survey-repository.ts';
import { textIn } from '../survey-text.ts';
import {
  allQuestions,
  answerValues,
  type CatalogueEntry,
  canMove,
  conditionCandidates,
  type FormBody,
  formChecked,
  formList,
  formValue,
  LABEL_MAX,
  OPTION_VALUE_MAX,
  questionTypes,
  TEXT_MAX,
} from './draft-editing.ts';
import { questionAnchor } from './publish-problems.ts';

/** The survey builder's pages in the console (rendered by builder-routes.tsx). */

export interface SurveyListItem {
  id: string;
  slug: string;
  kind: 'feedback' | 'research';
  status: 'draft' | 'published' | 'closed';
  draft: SurveyDraft;
  number: number | null;
}

function useBuilder() {
  const page = usePage();
  const org = page.organisation!.slug;
  return { ...page, t: page.i18n.t, language: page.i18n.language, org, base: `/${org}/console/surveys` };
}

const value = (values: FormBody | undefined, name: string) => (values ? formValue(values, name) : undefined);

/** What a form is shown with: the values posted (none for a fresh form) and why they were refused. */
interface FormState {
  values: FormBody | undefined;
  errors: FieldError[];
}

/** A SurveyText as the values of its fields `<prefix>_fi`, `<prefix>_sv`, `<prefix>_en`. */
function textValues(prefix: string, text: SurveyText | undefined): FormBody {
  return Object.fromEntries(languages.map((l) => [`${prefix}_${l}`, text?.[l] ?? '']));
}

function Notice(props: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      <p>{props.children}</p>
    </div>
  );
}

function Checkbox(props: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: ComponentChildren;
}) {
  return (
    <div class="checkbox">
      <input type="checkbox" id={props.id} name={props.name} value={props.value} checked={props.checked} />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/** A checkbox posting `<name>=yes`, its id the field's name. */
function YesCheckbox(props: { name: string; checked: boolean; label: string }) {
  return (
    <Checkbox id={props.name} name={props.name} value="yes" checked={props.checked} label={props.label} />
  );
}

function FieldErrorText(props: { errors: FieldError[]; field: string }) {
  const error = props.errors.find((e) => e.field === props.field);
  return error ? (
    <span class="field-error" id={`${props.field}-error`}>
      {error.message}
    </span>
  ) : null;
}

/**
 * A fieldset of choices or inputs. With a `field`, its hint and its error are tied to it (the error
 * summary links to `id`, if the fieldset is the target, or to the field's first input otherwise).
 */
function ChoiceFieldset(props: {
  legend: string;
  field?: string;
  id?: string;
  hint?: string | undefined;
  errors?: FieldError[];
  children: ComponentChildren;
}) {
  const { field } = props;
  const error = field !== undefined && (props.errors ?? []).some((e) => e.field === field);
  const describedBy = [props.hint && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      id={props.id}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <span class="hint" id={field && `${field}-hint`}>
          {props.hint}
        </span>
      )}
      {field !== undefined && <FieldErrorText errors={props.errors ?? []} field={field} />}
      {props.children}
    </fieldset>
  );
}

function LanguageChoices(props: { chosen: readonly string[]; errors: FieldError[]; hint?: string }) {
  const { t } = useBuilder();
  return (
    <ChoiceFieldset
      legend={t('builder.languages')}
      field="languages-fi"
      hint={props.hint}
      errors={props.errors}
    >
      {languages.map((l) => (
        <Checkbox
          key={l}
          id={`languages-${l}`}
          name="languages"
          value={l}
          checked={props.chosen.includes(l)}
          label={t(`builder.language.${l}`)}
        />
      ))}
    </ChoiceFieldset>
  );
}

/** A text in each language, as three fields in a fieldset. */
function TextInLanguages(
  props: FormState & {
    prefix: string;
    legend: string;
    multiline?: boolean;
    maxLength: number;
    required?: readonly Language[];
  },
) {
  const { t } = useBuilder();
  return (
    <ChoiceFieldset legend={props.legend}>
      {languages.map((l) => {
        const field = {
          name: `${props.prefix}_${l}`,
          label: t(`builder.in.${l}`),
          value: value(props.values, `${props.prefix}_${l}`),
          errors: props.errors,
          maxLength: props.maxLength,
          required: props.required?.includes(l),
        };
        return props.multiline ? <TextArea key={l} {...field} /> : <TextField key={l} {...field} />;
      })}
    </ChoiceFieldset>
  );
}

/** A required short key (an address key or a question id), shown again as it was posted. */
function KeyField(props: FormState & { name: string; label: string; hint: string; maxLength: number }) {
  return (
    <TextField
      name={props.name}
      label={props.label}
      hint={props.hint}
      value={value(props.values, props.name)}
      errors={props.errors}
      required
      maxLength={props.maxLength}
    />
  );
}

/** A table with a header row; the caption, if any, is for screen readers (the heading above says it). */
function DataTable(props: { caption?: string; columns: string[]; children: ComponentChildren }) {
  return (
    <table>
      {props.caption && <caption class="visually-hidden">{props.caption}</caption>}
      <thead>
        <tr>
          {props.columns.map((column, i) => (
            <th scope="col" key={i}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** A table cell with one text input, labelled for screen readers (the column header says it to the eye). */
function CellInput(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  maxLength: number;
  lang?: Language;
}) {
  return (
    <td>
      <label class="visually-hidden" for={props.id}>
        {props.label}
      </label>
      <input
        type="text"
        id={props.id}
        name={props.name}
        lang={props.lang}
        value={props.value}
        maxLength={props.maxLength}
      />
    </td>
  );
}

/** A form posted to the builder, with its CSRF token. */
function PostForm(props: { action: string; children: ComponentChildren }) {
  return (
    <form method="post" action={props.action}>
      <CsrfField />
      {props.children}
    </form>
  );
}

/** A form that is only a button. `inPlace`: the builder's script posts it and updates the page in place. */
function PostButton(props: {
  action: string;
  label: string;
  /** Said after the label to screen readers, e.g. the question the button is for. */
  hidden?: string;
  fields?: Record<string, string>;
  secondary?: boolean;
  inPlace?: boolean;
}) {
  return (
    <form
      method="post"
      action={props.action}
      class="inline-form"
      data-builder-inline={props.inPlace || undefined}
    >
      <CsrfField />
      {Object.entries(props.fields ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.label}
        {props.hidden && <span class="visually-hidden">{`: ${props.hidden}`}</span>}
      </button>
    </form>
  );
}

/** A link whose label is said with what it is for to screen readers ("Edit: Question text"). */
function NamedLink(props: { href: string; label: string; name: string; download?: boolean }) {
  return (
    <a href={props.href} download={props.download}>
      {props.label}
      <span class="visually-hidden">{`: ${props.name}`}</span>
    </a>
  );
}

/* ---------- The list of surveys and service points ---------- */

export function SurveyListPage(props: {
  surveys: SurveyListItem[];
  points: ServicePoint[];
  errors?: { form: 'survey' | 'point'; errors: FieldError[] };
  values?: FormBody;
  notice?: string;
}) {
  const { t, language, base, org } = useBuilder();
  const formOf = (form: 'survey' | 'point'): FormState =>
    props.errors?.form === form
      ? { values: props.values, errors: props.errors.errors }
      : { values: undefined, errors: [] };
  const surveyForm = formOf('survey');
  const pointForm = formOf('point');
  return (
    <ConsoleLayout title={t('builder.title')}>
      <h1>{t('builder.title')}</h1>
      <p>{t('builder.intro')}</p>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary errors={[...surveyForm.errors, ...pointForm.errors]} />
      {props.surveys.length === 0 ? (
        <p>{t('builder.list.none')}</p>
      ) : (
        <DataTable
          caption={t('builder.title')}
          columns={[
            t('builder.list.survey'),
            t('builder.list.kind'),
            t('builder.list.status'),
            t('builder.list.version'),
          ]}
        >
          {props.surveys.map((survey) => (
            <tr key={survey.id}>
              <td>
                <a href={`${base}/${survey.slug}`}>{textIn(survey.draft.title, language) || survey.slug}</a>
                <div class="hint">{survey.slug}</div>
              </td>
              <td>{t(`builder.kind.${survey.kind}`)}</td>
              <td>{t(`builder.status.${survey.status}`)}</td>
              <td>{survey.number ?? '–'}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>{t('builder.create.title')}</h2>
      <p>{t('builder.create.intro')}</p>
      <PostForm action={base}>
        <KeyField
          name="slug"
          label={t('builder.slug')}
          hint={t('builder.slugHint', { example: `/${org}/f/library-feedback` })}
          maxLength={60}
          {...surveyForm}
        />
        <LanguageChoices
          chosen={surveyForm.values ? formList(surveyForm.values, 'languages') : languages}
          errors={surveyForm.errors}
          hint={t('builder.languagesHint')}
        />
        <TextInLanguages prefix="title" legend={t('builder.surveyTitle')} maxLength={200} {...surveyForm} />
        <button type="submit">{t('builder.create.submit')}</button>
      </PostForm>

      <h2>{t('builder.points.title')}</h2>
      <p>{t('builder.points.intro')}</p>
      {props.points.length === 0 ? (
        <p>{t('builder.points.none')}</p>
      ) : (
        <DataTable
          caption={t('builder.points.title')}
          columns={[t('builder.points.name'), t('builder.slug')]}
        >
          {props.points.map((point) => (
            <tr key={point.id}>
              <td>{point.name[language]}</td>
              <td>{point.slug}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3>{t('builder.points.create')}</h3>
      <PostForm action={`/${org}/console/service-points`}>
        <KeyField
          name="pointSlug"
          label={t('builder.points.slug')}
          hint={t('builder.points.slugHint')}
          maxLength={60}
          {...pointForm}
        />
        <TextInLanguages
          prefix="pointName"
          legend={t('builder.points.name')}
          maxLength={120}
          required={languages}
          {...pointForm}
        />
        <button type="submit">{t('builder.points.submit')}</button>
      </PostForm>
    </ConsoleLayout>
  );
}

/* ---------- The survey's editor ---------- */

export interface EditorData {
  survey: Survey;
  versions: { number: number; published_at: Date }[];
  /** The published version's definition, to tell whether the draft has changed since. */
  unpublishedChanges: boolean;
  currentVersion: number | null;
  points: ServicePoint[];
  attached: ServicePoint[];
  catalogue: CatalogueEntry[];
  publicUrl: URL;
}

export function publicPath(org: string, slug: string, point?: string) {
  return point ? `/${org}/f/${slug}/${point}` : `/${org}/f/${slug}`;
}

function questionSummary(question: Question, language: Language) {
  return textIn(question.text, language) || question.id;
}

/** "Shown when …": the question a condition looks at and the answers it waits for, in a language. */
function conditionText(draft: SurveyDraft, question: Question, language: Language, t: Translator['t']) {
  const condition = question.showWhen;
  if (!condition) return undefined;
  const source = allQuestions(draft).find((q) => q.id === condition.question);
  const labels = condition.equals.map((v) => {
    const option = source && answerValues(source)?.find((o) => o.value === v);
    return option ? textIn(option.label, language) || v : v;
  });
  return t('builder.editor.shownWhen', {
    question: source ? questionSummary(source, language) : condition.question,
    answers: labels.join(', '),
  });
}

function SummaryItem(props: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** One question in the editor's list: what it is, and the buttons to edit, move and delete it. */
function QuestionCard(props: { draft: SurveyDraft; question: Question; surveyBase: string }) {
  const { t, language } = useBuilder();
  const { draft, question } = props;
  const name = questionSummary(question, language);
  const questionBase = `${props.surveyBase}/questions/${question.id}`;
  const shownWhen = conditionText(draft, question, language, t);
  return (
    <li class="card" id={questionAnchor(question.id)}>
      <p>
        <strong>{name}</strong>
      </p>
      <div class="hint">
        {t(`builder.type.${question.type}`)} · {question.id} ·{' '}
        {question.required ? t('builder.question.required') : t('builder.question.optional')}
      </div>
      {shownWhen && <div class="hint">{shownWhen}</div>}
      <p>
        <NamedLink href={questionBase} label={t('builder.editor.edit')} name={name} />
      </p>
      {(['up', 'down'] as const)
        .filter((direction) => canMove(draft, question.id, direction))
        .map((direction) => (
          <PostButton
            key={direction}
            action={`${questionBase}/move`}
            fields={{ direction }}
            label={t(direction === 'up' ? 'builder.editor.moveUp' : 'builder.editor.moveDown')}
            hidden={name}
            secondary
            inPlace
          />
        ))}
      <PostButton
        action={`${questionBase}/delete`}
        label={t('builder.editor.delete')}
        hidden={name}
        secondary
        inPlace
      />
    </li>
  );
}

export function SurveyEditorPage(
  props: EditorData & {
    notice?: string;
    errors?: FieldError[];
    values?: FormBody;
  },
) {
  const { t, i18n, language, base, org } = useBuilder();
  const { survey } = props;
  const draft = survey.draft;
  const surveyBase = `${base}/${survey.slug}`;
  const title = textIn(draft.title, language) || survey.slug;
  const errors = props.errors ?? [];
  const values = props.values;
  const form: FormState = { values, errors };
  // The settings form shows the draft's values unless it is shown again after a refused post.
  const settings: FormState = {
    values: values ?? { ...textValues('title', draft.title), ...textValues('intro', draft.intro) },
    errors,
  };
  const attachedIds = props.attached.map((p) => p.id);
  const absolute = (path: string) => new URL(path, props.publicUrl).href;
  const pageName = (index: number) =>
    t('builder.editor.page', { page: index + 1, pages: draft.pages.length });
  return (
    <ConsoleLayout title={title}>
      <p>
        <a href={base}>{t('builder.backToList')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="summary">
        <SummaryItem term={t('builder.list.status')}>{t(`builder.status.${survey.status}`)}</SummaryItem>
        <SummaryItem term={t('builder.list.version')}>
          {props.currentVersion ?? t('builder.editor.notPublished')}
        </SummaryItem>
        <SummaryItem term={t('builder.list.kind')}>{t(`builder.kind.${survey.kind}`)}</SummaryItem>
        <SummaryItem term={t('builder.languages')}>
          {draft.languages.map((l) => t(`builder.language.${l}`)).join(', ')}
        </SummaryItem>
      </dl>
      {props.currentVersion !== null && props.unpublishedChanges && (
        <p>
          <span class="tag">{t('builder.editor.unpublishedChanges')}</span>
        </p>
      )}
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary errors={errors} />
      <script src={assetUrl('builder.js')} defer />

      <nav aria-label={t('builder.preview.title')}>
        <p>
          {t('builder.preview.title')}:{' '}
          {draft.languages.map((l, i) => (
            <span key={l}>
              {i > 0 && ' · '}
              <a href={`${surveyBase}/preview/${l}`} hrefLang={l}>
                {t(`builder.preview.in.${l}`)}
              </a>
            </span>
          ))}
        </p>
      </nav>

      <h2>{t('builder.editor.questions')}</h2>
      {draft.pages.map((page, pageIndex) => (
        <section key={pageIndex} id={`page-${pageIndex + 1}`} aria-labelledby={`page-${pageIndex + 1}-title`}>
          <h3 id={`page-${pageIndex + 1}-title`}>{pageName(pageIndex)}</h3>
          {page.questions.length === 0 ? (
            <>
              <p>{t('builder.editor.emptyPage')}</p>
              {draft.pages.length > 1 && (
                <PostButton
                  action={`${surveyBase}/pages/${pageIndex + 1}/delete`}
                  label={t('builder.editor.removePage')}
                  hidden={pageName(pageIndex)}
                  secondary
                  inPlace
                />
              )}
            </>
          ) : (
            <ol class="cards">
              {page.questions.map((question) => (
                <QuestionCard key={question.id} draft={draft} question={question} surveyBase={surveyBase} />
              ))}
            </ol>
          )}
        </section>
      ))}

      <h3>{t('builder.editor.addQuestion')}</h3>
      <PostForm action={`${surveyBase}/questions`}>
        <SelectField
          errors={[]}
          name="type"
          label={t('builder.editor.questionType')}
          options={questionTypes
            .filter((type) => type !== 'background' || props.catalogue.length > 0)
            .map((type) => ({ value: type, label: t(`builder.type.${type}`) }))}
          value={value(values, 'type')}
        />
        {props.catalogue.length > 0 && (
          <SelectField
            errors={[]}
            name="catalogue"
            label={t('builder.editor.catalogue')}
            hint={t('builder.editor.catalogueHint')}
            options={props.catalogue.map((entry) => ({
              value: entry.key,
              label: textIn(entry.text, language) || entry.key,
            }))}
            value={value(values, 'catalogue')}
          />
        )}
        <SelectField
          errors={[]}
          name="page"
          label={t('builder.editor.onPage')}
          options={draft.pages.map((_, i) => ({ value: String(i + 1), label: pageName(i) }))}
          value={value(values, 'page') ?? String(draft.pages.length)}
        />
        <button type="submit">{t('builder.editor.addQuestionSubmit')}</button>
      </PostForm>
      <PostButton action={`${surveyBase}/pages`} label={t('builder.editor.addPage')} secondary />

      <h2>{t('builder.settings.title')}</h2>
      <PostForm action={`${surveyBase}/settings`}>
        <TextInLanguages prefix="title" legend={t('builder.surveyTitle')} maxLength={200} {...settings} />
        <TextInLanguages
          prefix="intro"
          legend={t('builder.settings.intro')}
          maxLength={2000}
          multiline
          {...settings}
        />
        <LanguageChoices
          chosen={values ? formList(values, 'languages') : draft.languages}
          errors={errors}
          hint={t('builder.languagesHint')}
        />
        {survey.kind === 'feedback' && (
          <>
            <ChoiceFieldset legend={t('builder.settings.draw')}>
              <YesCheckbox
                name="drawEnabled"
                checked={values ? formChecked(values, 'drawEnabled') : survey.draw_enabled}
                label={t('builder.settings.drawEnabled')}
              />
            </ChoiceFieldset>
            <ChoiceFieldset
              legend={t('builder.settings.points')}
              field="servicePoints"
              id="servicePoints"
              errors={errors}
            >
              {props.points.length === 0 ? (
                <p>
                  {t('builder.points.none')} <a href={base}>{t('builder.points.createLink')}</a>
                </p>
              ) : (
                props.points.map((point) => (
                  <Checkbox
                    key={point.id}
                    id={`point-${point.slug}`}
                    name="servicePoints"
                    value={point.id}
                    checked={
                      values
                        ? formList(values, 'servicePoints').includes(point.id)
                        : attachedIds.includes(point.id)
                    }
                    label={point.name[language]}
                  />
                ))
              )}
            </ChoiceFieldset>
          </>
        )}
        <button type="submit">{t('builder.settings.submit')}</button>
      </PostForm>

      <h2 id="publish">{t('builder.publish.title')}</h2>
      <p>{t('builder.publish.intro')}</p>
      <PostButton
        action={`${surveyBase}/publish`}
        label={props.currentVersion === null ? t('builder.publish.submit') : t('builder.publish.again')}
      />
      {survey.status === 'published' && (
        <PostButton action={`${surveyBase}/close`} label={t('builder.close.submit')} secondary />
      )}
      {survey.status === 'closed' && <p>{t('builder.close.closed')}</p>}

      {survey.kind === 'feedback' && (
        <>
          <h2>{t('builder.addresses.title')}</h2>
          {survey.status === 'published' ? (
            <p>{t('builder.addresses.intro')}</p>
          ) : (
            <p>{t('builder.addresses.notOpen')}</p>
          )}
          <DataTable
            caption={t('builder.addresses.title')}
            columns={[
              t('builder.addresses.point'),
              t('builder.addresses.address'),
              t('builder.addresses.downloads'),
            ]}
          >
            {[undefined, ...props.attached].map((point) => {
              const path = publicPath(org, survey.slug, point?.slug);
              const name = point ? point.name[language] : t('builder.addresses.general');
              const qr = point ? `${surveyBase}/qr/${point.slug}` : `${surveyBase}/qr`;
              const poster = point ? `${surveyBase}/poster/${point.slug}` : `${surveyBase}/poster`;
              return (
                <tr key={point?.id ?? 'general'}>
                  <td>{name}</td>
                  <td>
                    <code data-public-address>{absolute(path)}</code>
                  </td>
                  <td>
                    <NamedLink href={`${qr}.svg`} label={t('builder.addresses.svg')} name={name} download /> ·{' '}
                    <NamedLink href={`${qr}.png`} label={t('builder.addresses.png')} name={name} download /> ·{' '}
                    <NamedLink href={poster} label={t('builder.addresses.poster')} name={name} />
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}

      <h2>{t('builder.versions.title')}</h2>
      {props.versions.length === 0 ? (
        <p>{t('builder.versions.none')}</p>
      ) : (
        <ul>
          {props.versions.map((version) => (
            <li key={version.number}>
              {t('builder.versions.item', {
                number: version.number,
                date: i18n.dateTime(new Date(version.published_at)),
              })}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('builder.copy.title')}</h2>
      <p>{t('builder.copy.intro')}</p>
      <PostForm action={`${surveyBase}/copy`}>
        <KeyField
          name="copySlug"
          label={t('builder.copy.slug')}
          hint={t('builder.slugHint', { example: `/${org}/f/${survey.slug}-2` })}
          maxLength={60}
          {...form}
        />
        <button type="submit">{t('builder.copy.submit')}</button>
      </PostForm>
    </ConsoleLayout>
  );
}

/* ---------- One question's form ---------- */

/** The columns of a table with a cell for each language, after the first column. */
function useLanguageColumns(first: string): string[] {
  const { t } = useBuilder();
  return [first, ...languages.map((l) => t(`builder.language.${l}`))];
}

function OptionRows(props: {
  prefix: 'option' | 'row' | 'scale';
  legend: string;
  values: FormBody;
  errors: FieldError[];
}) {
  const { t } = useBuilder();
  const { prefix } = props;
  const given = formList(props.values, `${prefix}_value`);
  const labels = Object.fromEntries(languages.map((l) => [l, formList(props.values, `${prefix}_${l}`)]));
  const count = Math.max(given.length, ...languages.map((l) => labels[l]!.length)) + 2;
  const itemName = t(`builder.question.item.${prefix}`);
  const columns = useLanguageColumns(t('builder.question.value'));
  return (
    <ChoiceFieldset
      legend={props.legend}
      field={prefix}
      id={prefix}
      hint={t('builder.question.optionsHint')}
      errors={props.errors}
    >
      <DataTable columns={columns}>
        {Array.from({ length: count }, (_, i) => (
          <tr key={i}>
            <CellInput
              id={`${prefix}-${i + 1}-value`}
              name={`${prefix}_value`}
              label={`${itemName} ${i + 1}: ${t('builder.question.value')}`}
              value={given[i] ?? ''}
              maxLength={OPTION_VALUE_MAX}
            />
            {languages.map((l) => (
              <CellInput
                key={l}
                id={`${prefix}-${i + 1}-${l}`}
                name={`${prefix}_${l}`}
                lang={l}
                label={`${itemName} ${i + 1}: ${t(`builder.language.${l}`)}`}
                value={labels[l]![i] ?? ''}
                maxLength={LABEL_MAX}
              />
            ))}
          </tr>
        ))}
      </DataTable>
    </ChoiceFieldset>
  );
}

function StepLabels(props: { values: FormBody; errors: FieldError[]; min: number; max: number }) {
  const { t } = useBuilder();
  const steps: number[] = [];
  for (let v = props.min; v <= props.max && steps.length < 11; v++) steps.push(v);
  const columns = useLanguageColumns(t('builder.question.step'));
  return (
    <ChoiceFieldset
      legend={t('builder.question.stepLabels')}
      field="step"
      id="step"
      hint={t('builder.question.stepLabelsHint')}
      errors={props.errors}
    >
      <DataTable columns={columns}>
        {steps.map((step, i) => (
          <tr key={step}>
            <th scope="row">{step}</th>
            {languages.map((l) => (
              <CellInput
                key={l}
                id={`step-${i + 1}-${l}`}
                name={`step_${l}`}
                lang={l}
                label={`${t('builder.question.step')} ${step}: ${t(`builder.language.${l}`)}`}
                value={formList(props.values, `step_${l}`)[i] ?? ''}
                maxLength={LABEL_MAX}
              />
            ))}
          </tr>
        ))}
      </DataTable>
    </ChoiceFieldset>
  );
}

function NumberField(props: {
  name: string;
  label: string;
  hint?: string;
  values: FormBody;
  errors: FieldError[];
}) {
  return (
    <TextField
      name={props.name}
      label={props.label}
      {...(props.hint ? { hint: props.hint } : {})}
      value={formValue(props.values, props.name)}
      errors={props.errors}
      maxLength={12}
    />
  );
}

function ConditionChoices(props: {
  draft: SurveyDraft;
  question: Question;
  values: FormBody;
  errors: FieldError[];
}) {
  const { t, language } = useBuilder();
  const candidates = conditionCandidates(props.draft, props.question.id);
  const chosen = formList(props.values, 'showWhen');
  return (
    <ChoiceFieldset
      legend={t('builder.question.condition')}
      field="showWhen"
      id="showWhen"
      hint={t('builder.question.conditionHint')}
      errors={props.errors}
    >
      {candidates.length === 0 ? (
        <p>{t('builder.question.noConditionSources')}</p>
      ) : (
        candidates.map((source) => (
          <fieldset key={source.id} class="field">
            <legend>{questionSummary(source, language)}</legend>
            {answerValues(source)!.map((option, i) => {
              const v = `${source.id}=${option.value}`;
              return (
                <Checkbox
                  key={option.value}
                  id={`showWhen-${source.id}-${i + 1}`}
                  name="showWhen"
                  value={v}
                  checked={chosen.includes(v)}
                  label={textIn(option.label, language) || option.value}
                />
              );
            })}
          </fieldset>
        ))
      )}
    </ChoiceFieldset>
  );
}

export function QuestionEditPage(props: {
  survey: Survey;
  question: Question;
  values: FormBody;
  errors: FieldError[];
}) {
  const { t, language, base } = useBuilder();
  const { survey, question, values, errors } = props;
  const form = { values, errors };
  const surveyBase = `${base}/${survey.slug}`;
  const name = questionSummary(question, language);
  const intOr = (field: string, fallback: number) => {
    const n = Number(formValue(values, field));
    return Number.isInteger(n) && formValue(values, field) !== '' ? n : fallback;
  };
  const { type } = question;
  const answering = [
    { name: 'required', label: t('builder.question.requiredLabel'), shown: true },
    {
      name: 'randomise',
      label: t('builder.question.randomise'),
      shown: type === 'single_choice' || type === 'multiple_choice',
    },
    { name: 'smiley', label: t('builder.question.smiley'), shown: type === 'rating' },
  ];
  return (
    <ConsoleLayout title={`${t('builder.question.title')}: ${name}`}>
      <p>
        <a href={`${surveyBase}#${questionAnchor(question.id)}`}>{t('builder.question.back')}</a>
      </p>
      <h1>
        {t('builder.question.title')}: {name}
      </h1>
      <p>{t(`builder.type.${type}`)}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`${surveyBase}/questions/${question.id}`}>
        <KeyField
          name="id"
          label={t('builder.question.id')}
          hint={t('builder.question.idHint')}
          maxLength={40}
          {...form}
        />
        <TextInLanguages prefix="text" legend={t('builder.question.text')} maxLength={TEXT_MAX} {...form} />
        <ChoiceFieldset legend={t('builder.question.answering')}>
          {answering
            .filter((box) => box.shown)
            .map((box) => (
              <YesCheckbox
                key={box.name}
                name={box.name}
                checked={formChecked(values, box.name)}
                label={box.label}
              />
            ))}
        </ChoiceFieldset>
        {(type === 'single_choice' || type === 'multiple_choice' || type === 'background') && (
          <>
            {question.type === 'background' && (
              <p>{t('builder.question.catalogueKey', { key: question.catalogueKey })}</p>
            )}
            <OptionRows prefix="option" legend={t('builder.question.options')} {...form} />
          </>
        )}
        {type === 'multiple_choice' && (
          <>
            <NumberField name="min" label={t('builder.question.minChoices')} {...form} />
            <NumberField
              name="max"
              label={t('builder.question.maxChoices')}
              hint={t('builder.question.maxChoicesHint')}
              {...form}
            />
          </>
        )}
        {question.type === 'rating' && (
          <>
            <NumberField name="min" label={t('builder.question.scaleMin')} {...form} />
            <NumberField name="max" label={t('builder.question.scaleMax')} {...form} />
            {(['minLabel', 'maxLabel'] as const).map((prefix) => (
              <TextInLanguages
                key={prefix}
                prefix={prefix}
                legend={t(`builder.question.${prefix}`)}
                maxLength={LABEL_MAX}
                {...form}
              />
            ))}
            <StepLabels min={intOr('min', question.min)} max={intOr('max', question.max)} {...form} />
          </>
        )}
        {(type === 'short_text' || type === 'long_text') && (
          <NumberField
            name="maxLength"
            label={t('builder.question.maxLength')}
            hint={t('builder.question.maxLengthHint', { max: type === 'short_text' ? 200 : 5000 })}
            {...form}
          />
        )}
        {type === 'number' && (
          <>
            <NumberField name="min" label={t('builder.question.numberMin')} {...form} />
            <NumberField name="max" label={t('builder.question.numberMax')} {...form} />
          </>
        )}
        {type === 'matrix' && (
          <>
            <OptionRows prefix="row" legend={t('builder.question.rows')} {...form} />
            <OptionRows prefix="scale" legend={t('builder.question.scale')} {...form} />
          </>
        )}
        <ConditionChoices draft={survey.draft} question={question} {...form} />
        <button type="submit">{t('builder.question.submit')}</button>
      </PostForm>
    </ConsoleLayout>
  );
}

/* ---------- Preview ---------- */

export function PreviewPage(props: { survey: Survey; language: Language }) {
  const { t, base } = useBuilder();
  const { survey, language } = props;
  const draft = survey.draft;
  const surveyBase = `${base}/${survey.slug}`;
  const title = textIn(draft.title, language) || survey.slug;
  return (
    <ConsoleLayout title={`${t('builder.preview.title')}: ${title}`}>
      <p>
        <a href={surveyBase}>{t('builder.preview.back')}</a>
      </p>
      <p class="hint">{t('builder.preview.intro')}</p>
      <nav aria-label={t('builder.preview.languages')}>
        <ul class="inline-list">
          {draft.languages.map((l) => (
            <li key={l}>
              <a
                href={`${surveyBase}/preview/${l}`}
                hrefLang={l}
                aria-current={l === language ? 'page' : undefined}
              >
                {t(`builder.preview.in.${l}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!draft.languages.includes(language) && <p>{t('builder.preview.notPublishedIn')}</p>}
      <h1>{title}</h1>
      {draft.intro && <p>{textIn(draft.intro, language)}</p>}
      {draft.pages.map((page, pageIndex) => (
        <section key={pageIndex} aria-labelledby={`preview-page-${pageIndex + 1}`} class="card">
          <h2 id={`preview-page-${pageIndex + 1}`}>
            {t('survey.progress', { page: pageIndex + 1, pages: draft.pages.length })}
          </h2>
          {page.questions.length === 0 && <p>{t('builder.editor.emptyPage')}</p>}
          {page.questions.map((question) => {
            const shownWhen = conditionText(draft, question, language, t);
            return (
              <div key={question.id}>
                {shownWhen && <p class="hint">{shownWhen}</p>}
                {'randomise' in question && question.randomise && (
                  <p class="hint">{t('builder.preview.randomised')}</p>
                )}
                <SurveyQuestions questions={[question]} language={language} values={{}} errors={[]} />
              </div>
            );
          })}
        </section>
      ))}
    </ConsoleLayout>
  );
}

/* ---------- The printable poster ---------- */

export function PosterPage(props: {
  title: SurveyText;
  surveyLanguages: Language[];
  point: ServicePoint | undefined;
  qrSvg: string;
  shortAddress: string;
  backHref: string;
  stylesheet: string;
  texts: Record<Language, { call: string; anonymous: string; qrAlt: string }>;
}) {
  const { t, language } = useBuilder();
  const [first, ...others] = props.surveyLanguages as [Language, ...Language[]];
  return (
    <html lang={first}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${textIn(props.title, first)} – ${t('builder.poster.title')}`}</title>
        <link rel="stylesheet" href={props.stylesheet} />
      </head>
      <body>
        <main class="poster">
          <div class="poster-tools" lang={language}>
            <p>
              <a href={props.backHref}>{t('builder.poster.back')}</a>
            </p>
            <p>{t('builder.poster.print')}</p>
          </div>
          <h1>{textIn(props.title, first)}</h1>
          {others.map((l) => (
            <p class="poster-title" lang={l} key={l}>
              {textIn(props.title, l)}
            </p>
          ))}
          {props.point && (
            <p class="poster-point">
              {props.surveyLanguages.map((l, i) => (
                <span lang={l} key={l}>
                  {i > 0 && ' · '}
                  {props.point!.name[l]}
                </span>
              ))}
            </p>
          )}
          <div
            class="poster-qr"
            role="img"
            aria-label={props.texts[first].qrAlt}
            dangerouslySetInnerHTML={{ __html: props.qrSvg }}
          />
          {props.surveyLanguages.map((l) => (
            <p class="poster-call" lang={l} key={l}>
              {props.texts[l].call}
            </p>
          ))}
          <p class="poster-address">{props.shortAddress}</p>
          {props.surveyLanguages.map((l) => (
            <p class="poster-anonymous" lang={l} key={l}>
              {props.texts[l].anonymous}
            </p>
          ))}
        </main>
      </body>
    </html>
  );
}
