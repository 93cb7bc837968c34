import type { ComponentChildren } from 'preact';
import type { ServicePoint } from '../../feedback/service-points.ts';
import { assetUrl } from '../../platform/html/assets.ts';
import { TextArea, TextField } from '../../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../../platform/html/layout.tsx';
import { usePage } from '../../platform/html/page-context.ts';
import type { FieldError } from '../../platform/http/form.ts';
import { type Language, languages } from '../../platform/i18n/languages.ts';
import { ConsoleLayout } from '../../staff/console-pages.tsx';
import type { Question, SurveyDraft, SurveyText } from '../survey-definition.ts';
import { SurveyQuestions } from '../survey-form.tsx';
import type { Survey } from '../survey-repository.ts';
import { textIn } from '../survey-text.ts';
import {
  answerValues,
  type CatalogueEntry,
  canMove,
  conditionCandidates,
  type FormBody,
  formList,
  formValue,
  questionTypes,
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

function FieldErrorText(props: { errors: FieldError[]; field: string }) {
  const error = props.errors.find((e) => e.field === props.field);
  return error ? (
    <span class="field-error" id={`${props.field}-error`}>
      {error.message}
    </span>
  ) : null;
}

function LanguageChoices(props: { chosen: readonly string[]; errors: FieldError[]; hint?: string }) {
  const { t } = useBuilder();
  const error = props.errors.some((e) => e.field === 'languages-fi');
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      aria-describedby={error ? 'languages-fi-error' : undefined}
    >
      <legend>{t('builder.languages')}</legend>
      {props.hint && <span class="hint">{props.hint}</span>}
      <FieldErrorText errors={props.errors} field="languages-fi" />
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
    </fieldset>
  );
}

/** A text in each language, as three fields in a fieldset. */
function TextInLanguages(props: {
  prefix: string;
  legend: string;
  values: FormBody | undefined;
  errors: FieldError[];
  multiline?: boolean;
  maxLength: number;
  required?: readonly Language[];
}) {
  const { t } = useBuilder();
  return (
    <fieldset class="field choices">
      <legend>{props.legend}</legend>
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
    </fieldset>
  );
}

function SelectField(props: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
}) {
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      )}
      <select
        id={props.name}
        name={props.name}
        aria-describedby={props.hint ? `${props.name}-hint` : undefined}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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
  const surveyErrors = props.errors?.form === 'survey' ? props.errors.errors : [];
  const pointErrors = props.errors?.form === 'point' ? props.errors.errors : [];
  const surveyValues = props.errors?.form === 'survey' ? props.values : undefined;
  const pointValues = props.errors?.form === 'point' ? props.values : undefined;
  return (
    <ConsoleLayout title={t('builder.title')}>
      <h1>{t('builder.title')}</h1>
      <p>{t('builder.intro')}</p>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary errors={[...surveyErrors, ...pointErrors]} />
      {props.surveys.length === 0 ? (
        <p>{t('builder.list.none')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('builder.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('builder.list.survey')}</th>
              <th scope="col">{t('builder.list.kind')}</th>
              <th scope="col">{t('builder.list.status')}</th>
              <th scope="col">{t('builder.list.version')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      )}

      <h2>{t('builder.create.title')}</h2>
      <p>{t('builder.create.intro')}</p>
      <form method="post" action={base}>
        <CsrfField />
        <TextField
          name="slug"
          label={t('builder.slug')}
          hint={t('builder.slugHint', { example: `/${org}/f/library-feedback` })}
          value={value(surveyValues, 'slug')}
          errors={surveyErrors}
          required
          maxLength={60}
        />
        <LanguageChoices
          chosen={surveyValues ? formList(surveyValues, 'languages') : languages}
          errors={surveyErrors}
          hint={t('builder.languagesHint')}
        />
        <TextInLanguages
          prefix="title"
          legend={t('builder.surveyTitle')}
          values={surveyValues}
          errors={surveyErrors}
          maxLength={200}
        />
        <button type="submit">{t('builder.create.submit')}</button>
      </form>

      <h2>{t('builder.points.title')}</h2>
      <p>{t('builder.points.intro')}</p>
      {props.points.length === 0 ? (
        <p>{t('builder.points.none')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('builder.points.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('builder.points.name')}</th>
              <th scope="col">{t('builder.slug')}</th>
            </tr>
          </thead>
          <tbody>
            {props.points.map((point) => (
              <tr key={point.id}>
                <td>{point.name[language]}</td>
                <td>{point.slug}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('builder.points.create')}</h3>
      <form method="post" action={`/${org}/console/service-points`}>
        <CsrfField />
        <TextField
          name="pointSlug"
          label={t('builder.points.slug')}
          hint={t('builder.points.slugHint')}
          value={value(pointValues, 'pointSlug')}
          errors={pointErrors}
          required
          maxLength={60}
        />
        <TextInLanguages
          prefix="pointName"
          legend={t('builder.points.name')}
          values={pointValues}
          errors={pointErrors}
          maxLength={120}
          required={languages}
        />
        <button type="submit">{t('builder.points.submit')}</button>
      </form>
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

function ConditionSummary(props: { draft: SurveyDraft; question: Question }) {
  const { t, language } = useBuilder();
  const condition = props.question.showWhen;
  if (!condition) return null;
  const source = props.draft.pages.flatMap((p) => p.questions).find((q) => q.id === condition.question);
  const labels = condition.equals.map((v) => {
    const option = source && answerValues(source)?.find((o) => o.value === v);
    return option ? textIn(option.label, language) || v : v;
  });
  return (
    <div class="hint">
      {t('builder.editor.shownWhen', {
        question: source ? questionSummary(source, language) : condition.question,
        answers: labels.join(', '),
      })}
    </div>
  );
}

function SmallPost(props: {
  action: string;
  label: string;
  hidden: string;
  fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={props.action} class="inline-form" data-builder-inline>
      <CsrfField />
      {Object.entries(props.fields ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <button type="submit" class="secondary">
        {props.label}
        <span class="visually-hidden">{`: ${props.hidden}`}</span>
      </button>
    </form>
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
  const attachedIds = props.attached.map((p) => p.id);
  const absolute = (path: string) => new URL(path, props.publicUrl).href;
  return (
    <ConsoleLayout title={title}>
      <p>
        <a href={base}>{t('builder.backToList')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="summary">
        <div>
          <dt>{t('builder.list.status')}</dt>
          <dd>{t(`builder.status.${survey.status}`)}</dd>
        </div>
        <div>
          <dt>{t('builder.list.version')}</dt>
          <dd>{props.currentVersion ?? t('builder.editor.notPublished')}</dd>
        </div>
        <div>
          <dt>{t('builder.list.kind')}</dt>
          <dd>{t(`builder.kind.${survey.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('builder.languages')}</dt>
          <dd>{draft.languages.map((l) => t(`builder.language.${l}`)).join(', ')}</dd>
        </div>
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
          <h3 id={`page-${pageIndex + 1}-title`}>
            {t('builder.editor.page', { page: pageIndex + 1, pages: draft.pages.length })}
          </h3>
          {page.questions.length === 0 ? (
            <>
              <p>{t('builder.editor.emptyPage')}</p>
              {draft.pages.length > 1 && (
                <SmallPost
                  action={`${surveyBase}/pages/${pageIndex + 1}/delete`}
                  label={t('builder.editor.removePage')}
                  hidden={t('builder.editor.page', { page: pageIndex + 1, pages: draft.pages.length })}
                />
              )}
            </>
          ) : (
            <ol class="cards">
              {page.questions.map((question) => {
                const name = questionSummary(question, language);
                return (
                  <li class="card" key={question.id} id={questionAnchor(question.id)}>
                    <p>
                      <strong>{name}</strong>
                    </p>
                    <div class="hint">
                      {t(`builder.type.${question.type}`)} · {question.id} ·{' '}
                      {question.required ? t('builder.question.required') : t('builder.question.optional')}
                    </div>
                    <ConditionSummary draft={draft} question={question} />
                    <p>
                      <a href={`${surveyBase}/questions/${question.id}`}>
                        {t('builder.editor.edit')}
                        <span class="visually-hidden">{`: ${name}`}</span>
                      </a>
                    </p>
                    {canMove(draft, question.id, 'up') && (
                      <SmallPost
                        action={`${surveyBase}/questions/${question.id}/move`}
                        fields={{ direction: 'up' }}
                        label={t('builder.editor.moveUp')}
                        hidden={name}
                      />
                    )}
                    {canMove(draft, question.id, 'down') && (
                      <SmallPost
                        action={`${surveyBase}/questions/${question.id}/move`}
                        fields={{ direction: 'down' }}
                        label={t('builder.editor.moveDown')}
                        hidden={name}
                      />
                    )}
                    <SmallPost
                      action={`${surveyBase}/questions/${question.id}/delete`}
                      label={t('builder.editor.delete')}
                      hidden={name}
                    />
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}

      <h3>{t('builder.editor.addQuestion')}</h3>
      <form method="post" action={`${surveyBase}/questions`}>
        <CsrfField />
        <SelectField
          name="type"
          label={t('builder.editor.questionType')}
          options={questionTypes
            .filter((type) => type !== 'background' || props.catalogue.length > 0)
            .map((type) => ({ value: type, label: t(`builder.type.${type}`) }))}
          value={value(values, 'type')}
        />
        {props.catalogue.length > 0 && (
          <SelectField
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
          name="page"
          label={t('builder.editor.onPage')}
          options={draft.pages.map((_, i) => ({
            value: String(i + 1),
            label: t('builder.editor.page', { page: i + 1, pages: draft.pages.length }),
          }))}
          value={value(values, 'page') ?? String(draft.pages.length)}
        />
        <button type="submit">{t('builder.editor.addQuestionSubmit')}</button>
      </form>
      <form method="post" action={`${surveyBase}/pages`} class="inline-form">
        <CsrfField />
        <button type="submit" class="secondary">
          {t('builder.editor.addPage')}
        </button>
      </form>

      <h2>{t('builder.settings.title')}</h2>
      <form method="post" action={`${surveyBase}/settings`}>
        <CsrfField />
        <TextInLanguages
          prefix="title"
          legend={t('builder.surveyTitle')}
          values={
            values ?? {
              title_fi: draft.title.fi ?? '',
              title_sv: draft.title.sv ?? '',
              title_en: draft.title.en ?? '',
            }
          }
          errors={errors}
          maxLength={200}
        />
        <TextInLanguages
          prefix="intro"
          legend={t('builder.settings.intro')}
          values={
            values ?? {
              intro_fi: draft.intro?.fi ?? '',
              intro_sv: draft.intro?.sv ?? '',
              intro_en: draft.intro?.en ?? '',
            }
          }
          errors={errors}
          maxLength={2000}
          multiline
        />
        <LanguageChoices
          chosen={values ? formList(values, 'languages') : draft.languages}
          errors={errors}
          hint={t('builder.languagesHint')}
        />
        {survey.kind === 'feedback' && (
          <>
            <fieldset class="field choices">
              <legend>{t('builder.settings.draw')}</legend>
              <Checkbox
                id="drawEnabled"
                name="drawEnabled"
                value="yes"
                checked={values ? formList(values, 'drawEnabled').length > 0 : survey.draw_enabled}
                label={t('builder.settings.drawEnabled')}
              />
            </fieldset>
            <fieldset
              class="field choices"
              id="servicePoints"
              aria-describedby={
                errors.some((e) => e.field === 'servicePoints') ? 'servicePoints-error' : undefined
              }
            >
              <legend>{t('builder.settings.points')}</legend>
              <FieldErrorText errors={errors} field="servicePoints" />
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
            </fieldset>
          </>
        )}
        <button type="submit">{t('builder.settings.submit')}</button>
      </form>

      <h2 id="publish">{t('builder.publish.title')}</h2>
      <p>{t('builder.publish.intro')}</p>
      <form method="post" action={`${surveyBase}/publish`} class="inline-form">
        <CsrfField />
        <button type="submit">
          {props.currentVersion === null ? t('builder.publish.submit') : t('builder.publish.again')}
        </button>
      </form>
      {survey.status === 'published' && (
        <form method="post" action={`${surveyBase}/close`} class="inline-form">
          <CsrfField />
          <button type="submit" class="secondary">
            {t('builder.close.submit')}
          </button>
        </form>
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
          <table>
            <caption class="visually-hidden">{t('builder.addresses.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('builder.addresses.point')}</th>
                <th scope="col">{t('builder.addresses.address')}</th>
                <th scope="col">{t('builder.addresses.downloads')}</th>
              </tr>
            </thead>
            <tbody>
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
                      <a href={`${qr}.svg`} download>
                        {t('builder.addresses.svg')}
                        <span class="visually-hidden">{`: ${name}`}</span>
                      </a>{' '}
                      ·{' '}
                      <a href={`${qr}.png`} download>
                        {t('builder.addresses.png')}
                        <span class="visually-hidden">{`: ${name}`}</span>
                      </a>{' '}
                      ·{' '}
                      <a href={poster}>
                        {t('builder.addresses.poster')}
                        <span class="visually-hidden">{`: ${name}`}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
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
      <form method="post" action={`${surveyBase}/copy`}>
        <CsrfField />
        <TextField
          name="copySlug"
          label={t('builder.copy.slug')}
          hint={t('builder.slugHint', { example: `/${org}/f/${survey.slug}-2` })}
          value={value(values, 'copySlug')}
          errors={errors}
          required
          maxLength={60}
        />
        <button type="submit">{t('builder.copy.submit')}</button>
      </form>
    </ConsoleLayout>
  );
}

/* ---------- One question's form ---------- */

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
  const error = props.errors.some((e) => e.field === prefix);
  const itemName = t(`builder.question.item.${prefix}`);
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      id={prefix}
      aria-describedby={`${prefix}-hint${error ? ` ${prefix}-error` : ''}`}
    >
      <legend>{props.legend}</legend>
      <span class="hint" id={`${prefix}-hint`}>
        {t('builder.question.optionsHint')}
      </span>
      <FieldErrorText errors={props.errors} field={prefix} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('builder.question.value')}</th>
            {languages.map((l) => (
              <th scope="col" key={l}>
                {t(`builder.language.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: count }, (_, i) => (
            <tr key={i}>
              <td>
                <label class="visually-hidden" for={`${prefix}-${i + 1}-value`}>
                  {`${itemName} ${i + 1}: ${t('builder.question.value')}`}
                </label>
                <input
                  type="text"
                  id={`${prefix}-${i + 1}-value`}
                  name={`${prefix}_value`}
                  value={given[i] ?? ''}
                  maxLength={40}
                />
              </td>
              {languages.map((l) => (
                <td key={l}>
                  <label class="visually-hidden" for={`${prefix}-${i + 1}-${l}`}>
                    {`${itemName} ${i + 1}: ${t(`builder.language.${l}`)}`}
                  </label>
                  <input
                    type="text"
                    id={`${prefix}-${i + 1}-${l}`}
                    name={`${prefix}_${l}`}
                    lang={l}
                    value={labels[l]![i] ?? ''}
                    maxLength={200}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

function StepLabels(props: { values: FormBody; errors: FieldError[]; min: number; max: number }) {
  const { t } = useBuilder();
  const steps: number[] = [];
  for (let v = props.min; v <= props.max && steps.length < 11; v++) steps.push(v);
  const error = props.errors.some((e) => e.field === 'step');
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      id="step"
      aria-describedby={`step-hint${error ? ' step-error' : ''}`}
    >
      <legend>{t('builder.question.stepLabels')}</legend>
      <span class="hint" id="step-hint">
        {t('builder.question.stepLabelsHint')}
      </span>
      <FieldErrorText errors={props.errors} field="step" />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('builder.question.step')}</th>
            {languages.map((l) => (
              <th scope="col" key={l}>
                {t(`builder.language.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr key={step}>
              <th scope="row">{step}</th>
              {languages.map((l) => (
                <td key={l}>
                  <label class="visually-hidden" for={`step-${i + 1}-${l}`}>
                    {`${t('builder.question.step')} ${step}: ${t(`builder.language.${l}`)}`}
                  </label>
                  <input
                    type="text"
                    id={`step-${i + 1}-${l}`}
                    name={`step_${l}`}
                    lang={l}
                    value={formList(props.values, `step_${l}`)[i] ?? ''}
                    maxLength={200}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
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
  const error = props.errors.some((e) => e.field === 'showWhen');
  return (
    <fieldset
      class={error ? 'field choices field--error' : 'field choices'}
      id="showWhen"
      aria-describedby={`showWhen-hint${error ? ' showWhen-error' : ''}`}
    >
      <legend>{t('builder.question.condition')}</legend>
      <span class="hint" id="showWhen-hint">
        {t('builder.question.conditionHint')}
      </span>
      <FieldErrorText errors={props.errors} field="showWhen" />
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
    </fieldset>
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
  const surveyBase = `${base}/${survey.slug}`;
  const name = questionSummary(question, language);
  const checked = (field: string) => formList(values, field).length > 0;
  const intOr = (field: string, fallback: number) => {
    const n = Number(formValue(values, field));
    return Number.isInteger(n) && formValue(values, field) !== '' ? n : fallback;
  };
  return (
    <ConsoleLayout title={`${t('builder.question.title')}: ${name}`}>
      <p>
        <a href={`${surveyBase}#${questionAnchor(question.id)}`}>{t('builder.question.back')}</a>
      </p>
      <h1>
        {t('builder.question.title')}: {name}
      </h1>
      <p>{t(`builder.type.${question.type}`)}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${surveyBase}/questions/${question.id}`}>
        <CsrfField />
        <TextField
          name="id"
          label={t('builder.question.id')}
          hint={t('builder.question.idHint')}
          value={formValue(values, 'id')}
          errors={errors}
          required
          maxLength={40}
        />
        <TextInLanguages
          prefix="text"
          legend={t('builder.question.text')}
          values={values}
          errors={errors}
          maxLength={500}
        />
        <fieldset class="field choices">
          <legend>{t('builder.question.answering')}</legend>
          <Checkbox
            id="required"
            name="required"
            value="yes"
            checked={checked('required')}
            label={t('builder.question.requiredLabel')}
          />
          {(question.type === 'single_choice' || question.type === 'multiple_choice') && (
            <Checkbox
              id="randomise"
              name="randomise"
              value="yes"
              checked={checked('randomise')}
              label={t('builder.question.randomise')}
            />
          )}
          {question.type === 'rating' && (
            <Checkbox
              id="smiley"
              name="smiley"
              value="yes"
              checked={checked('smiley')}
              label={t('builder.question.smiley')}
            />
          )}
        </fieldset>
        {(question.type === 'single_choice' ||
          question.type === 'multiple_choice' ||
          question.type === 'background') && (
          <>
            {question.type === 'background' && (
              <p>{t('builder.question.catalogueKey', { key: question.catalogueKey })}</p>
            )}
            <OptionRows
              prefix="option"
              legend={t('builder.question.options')}
              values={values}
              errors={errors}
            />
          </>
        )}
        {question.type === 'multiple_choice' && (
          <>
            <NumberField
              name="min"
              label={t('builder.question.minChoices')}
              values={values}
              errors={errors}
            />
            <NumberField
              name="max"
              label={t('builder.question.maxChoices')}
              hint={t('builder.question.maxChoicesHint')}
              values={values}
              errors={errors}
            />
          </>
        )}
        {question.type === 'rating' && (
          <>
            <NumberField name="min" label={t('builder.question.scaleMin')} values={values} errors={errors} />
            <NumberField name="max" label={t('builder.question.scaleMax')} values={values} errors={errors} />
            <TextInLanguages
              prefix="minLabel"
              legend={t('builder.question.minLabel')}
              values={values}
              errors={errors}
              maxLength={200}
            />
            <TextInLanguages
              prefix="maxLabel"
              legend={t('builder.question.maxLabel')}
              values={values}
              errors={errors}
              maxLength={200}
            />
            <StepLabels
              values={values}
              errors={errors}
              min={intOr('min', question.min)}
              max={intOr('max', question.max)}
            />
          </>
        )}
        {(question.type === 'short_text' || question.type === 'long_text') && (
          <NumberField
            name="maxLength"
            label={t('builder.question.maxLength')}
            hint={t('builder.question.maxLengthHint', { max: question.type === 'short_text' ? 200 : 5000 })}
            values={values}
            errors={errors}
          />
        )}
        {question.type === 'number' && (
          <>
            <NumberField name="min" label={t('builder.question.numberMin')} values={values} errors={errors} />
            <NumberField name="max" label={t('builder.question.numberMax')} values={values} errors={errors} />
          </>
        )}
        {question.type === 'matrix' && (
          <>
            <OptionRows prefix="row" legend={t('builder.question.rows')} values={values} errors={errors} />
            <OptionRows prefix="scale" legend={t('builder.question.scale')} values={values} errors={errors} />
          </>
        )}
        <ConditionChoices draft={survey.draft} question={question} values={values} errors={errors} />
        <button type="submit">{t('builder.question.submit')}</button>
      </form>
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
  const all = draft.pages.flatMap((p) => p.questions);
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
            const source = question.showWhen && all.find((q) => q.id === question.showWhen!.question);
            return (
              <div key={question.id}>
                {question.showWhen && (
                  <p class="hint">
                    {t('builder.editor.shownWhen', {
                      question: source ? textIn(source.text, language) : question.showWhen.question,
                      answers: question.showWhen.equals
                        .map((v) => {
                          const option = source && answerValues(source)?.find((o) => o.value === v);
                          return option ? textIn(option.label, language) : v;
                        })
                        .join(', '),
                    })}
                  </p>
                )}
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
