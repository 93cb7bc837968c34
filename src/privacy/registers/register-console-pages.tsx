import type { LanguageCode, LocalisedText } from '../../platform/db/schema.ts';
import { FieldShell } from '../../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../../platform/html/layout.tsx';
import { usePage } from '../../platform/html/page-context.ts';
import type { FieldError } from '../../platform/http/form.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { ConsoleLayout } from '../../staff/console-pages.tsx';
import { NoticeDocument } from './notice-document.tsx';
import type { Register } from './register.ts';
import {
  type FieldSpec,
  fieldName,
  type Item,
  itemPrefix,
  type SectionSpec,
  sections,
} from './register-editor.ts';
import type { RegisterProblem } from './register-publishing.ts';
import type { RegisterDraft, RegisterVersionSummary } from './register-repository.ts';

/** The register owner's console pages: the list, one register (draft preview, publish, versions), a section. */
const languages: LanguageCode[] = ['fi', 'sv', 'en'];

export interface RegisterRow {
  slug: string;
  title: LocalisedText;
  inForce: RegisterVersionSummary | undefined;
  hasDraft: boolean;
}

export function RegisterListPage(props: {
  registers: RegisterRow[];
  errors?: FieldError[];
  values?: { slug: string; title: LocalisedText };
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/console/registers`;
  const errors = props.errors ?? [];
  return (
    <ConsoleLayout title={t('registers.title')}>
      <h1>{t('registers.title')}</h1>
      <p>{t('registers.intro')}</p>
      <table>
        <caption class="visually-hidden">{t('registers.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registers.column.register')}</th>
            <th scope="col">{t('registers.column.version')}</th>
            <th scope="col">{t('registers.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.registers.map((register) => (
            <tr key={register.slug}>
              <td>
                <a href={`${base}/${register.slug}`}>{register.title[language] || register.slug}</a>
              </td>
              <td>
                {register.inForce
                  ? t('registers.versionOn', {
                      version: register.inForce.version,
                      date: i18n.date(register.inForce.publishedOn),
                    })
                  : t('registers.unpublished')}
              </td>
              <td>{register.hasDraft ? t('registers.hasDraft') : t('registers.noDraft')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="new-register">{t('registers.new.title')}</h2>
      <ErrorSummary errors={errors.map((e) => ({ field: e.field, message: t(e.message as MessageKey) }))} />
      <form method="post" action={base} aria-labelledby="new-register">
        <CsrfField />
        <SimpleInput
          name="slug"
          label={t('registers.new.slug')}
          hint={t('registers.new.slugHint', { organisation: organisation!.slug })}
          value={props.values?.slug ?? ''}
          errors={errors}
        />
        <LocalisedInput
          name="title"
          label={t('registers.new.titleLegend')}
          value={props.values?.title}
          errors={errors}
        />
        <button type="submit">{t('registers.new.submit')}</button>
      </form>
    </ConsoleLayout>
  );
}

export function RegisterPage(props: {
  slug: string;
  inForce: Register | undefined;
  versions: RegisterVersionSummary[];
  draft: RegisterDraft | undefined;
  notice?: string | undefined;
  problems?: RegisterProblem[];
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const base = `/${organisation!.slug}/console/registers/${props.slug}`;
  const title = props.draft?.content.title ?? props.inForce?.title;
  const preview: Register | undefined = props.draft
    ? { ...props.draft.content, slug: props.slug, publishedOn: new Date().toISOString().slice(0, 10) }
    : props.inForce;
  const current = props.versions[0];
  return (
    <ConsoleLayout title={t('registers.register', { title: title?.[language] || props.slug })}>
      <p>
        <a href={`/${organisation!.slug}/console/registers`}>{t('registers.title')}</a>
      </p>
      <h1>{t('registers.register', { title: title?.[language] || props.slug })}</h1>
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      {props.problems && props.problems.length > 0 && (
        <div
          class="error-summary"
          role="alert"
          aria-labelledby="problems-title"
          tabIndex={-1}
          data-error-summary
        >
          <h2 id="problems-title">{t('registers.problems')}</h2>
          <ul>
            {props.problems.map((problem) => (
              <li key={`${problem.key}${JSON.stringify(problem.values)}`}>
                {t(problem.key, problem.values)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {current
          ? t('registers.inForce', { version: current.version, date: i18n.date(current.publishedOn) })
          : t('registers.unpublished')}{' '}
        {props.draft
          ? t('registers.draftSaved', { date: i18n.dateTime(props.draft.updatedAt) })
          : t('registers.noDraftYet')}
      </p>
      <h2>{t('registers.sections')}</h2>
      <ul>
        {sections.map((section) => (
          <li key={section.key}>
            <a href={`${base}/edit/${section.key}`}>{t(section.title)}</a>
          </li>
        ))}
      </ul>
      {props.draft && (
        <>
          <form method="post" action={`${base}/publish`}>
            <CsrfField />
            <p class="hint" id="publish-hint">
              {t('registers.publishHint')}
            </p>
            <button type="submit" aria-describedby="publish-hint">
              {t('registers.publish')}
            </button>
          </form>
          <form method="post" action={`${base}/discard`}>
            <CsrfField />
            <button type="submit" class="secondary">
              {t('registers.discard')}
            </button>
          </form>
        </>
      )}
      <h2>{t('registers.versions')}</h2>
      {props.versions.length === 0 ? (
        <p>{t('registers.unpublished')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('registers.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.version')}</th>
              <th scope="col">{t('registers.publishedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {props.versions.map((version) => (
              <tr key={version.version}>
                <td>
                  <a href={`/${organisation!.slug}/privacy/${props.slug}?version=${version.version}`}>
                    {t('registers.viewVersion', { version: version.version })}
                  </a>
                </td>
                <td>{i18n.date(version.publishedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && (
        <section aria-labelledby="preview-title" class="register-preview">
          <h2 id="preview-title">{props.draft ? t('registers.preview') : t('registers.versions')}</h2>
          <p class="hint">
            {t('registers.previewIntro', { language: t(`registers.language.${language}` as MessageKey) })}
          </p>
          <NoticeDocument register={preview} i18n={i18n} headingLevel={3} />
        </section>
      )}
    </ConsoleLayout>
  );
}

export function SectionEditPage(props: {
  slug: string;
  title: LocalisedText;
  section: SectionSpec;
  items: Item[];
  errors: FieldError[];
  notice?: string | undefined;
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const { section } = props;
  const base = `/${organisation!.slug}/console/registers/${props.slug}`;
  const heading = t('registers.editSection', { section: t(section.title) });
  return (
    <ConsoleLayout title={heading}>
      <p>
        <a href={base}>{t('registers.back')}</a>
      </p>
      <h1>{heading}</h1>
      <p>{props.title[language]}</p>
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      <ErrorSummary
        errors={props.errors.map((e) => ({ field: e.field, message: t(e.message as MessageKey) }))}
      />
      <form method="post" action={`${base}/edit/${section.key}`} class="register-editor">
        <CsrfField />
        {/* The first submit button is the one Enter presses: saving, never removing. */}
        <button type="submit" name="action" value="save">
          {t('registers.save')}
        </button>
        {section.item ? (
          <ItemList
            items={props.items}
            fields={section.fields}
            item={section.item}
            prefix="s."
            errors={props.errors}
            actionPath=""
          />
        ) : (
          <ItemFields
            fields={section.fields}
            item={props.items[0] ?? {}}
            prefix={itemPrefix(0)}
            errors={props.errors}
            index={0}
          />
        )}
        <button type="submit" name="action" value="save">
          {t('registers.save')}
        </button>
      </form>
    </ConsoleLayout>
  );
}

/** A list of items, each a fieldset with its own remove and move-up buttons, and an add button after. */
function ItemList(props: {
  items: Item[];
  fields: FieldSpec[];
  item: MessageKey;
  /** Form name prefix of the list: 's.' or 's.2.fields.' */
  prefix: string;
  errors: FieldError[];
  /** For a nested list: 'i:name' so buttons say `remove:i:name:j`. */
  actionPath: string;
}) {
  const { t } = usePage().i18n;
  const itemName = t(props.item);
  const action = (verb: string, index?: number) =>
    props.actionPath
      ? `${verb}:${props.actionPath}${index === undefined ? '' : `:${index}`}`
      : `${verb}${index === undefined ? '' : `:${index}`}`;
  return (
    <div class="item-list">
      <input type="hidden" name={`${props.prefix}count`} value={String(props.items.length)} />
      {props.items.length === 0 && <p>{t('registers.noItems')}</p>}
      {props.items.map((item, index) => {
        const number = index + 1;
        return (
          <fieldset class="item" key={index}>
            <legend>{t('registers.itemNumber', { item: itemName, number })}</legend>
            <ItemFields
              fields={props.fields}
              item={item}
              prefix={`${props.prefix}${index}.`}
              errors={props.errors}
              index={index}
            />
            <div class="item-actions">
              {index > 0 && (
                <button type="submit" class="secondary" name="action" value={action('up', index)}>
                  {t('registers.moveUp', { item: itemName, number })}
                </button>
              )}
              <button type="submit" class="secondary" name="action" value={action('remove', index)}>
                {t('registers.remove', { item: itemName, number })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="submit" class="secondary" name="action" value={action('add')}>
        {t('registers.add', { item: itemName })}
      </button>
    </div>
  );
}

function ItemFields(props: {
  fields: FieldSpec[];
  item: Item;
  prefix: string;
  errors: FieldError[];
  index: number;
}) {
  const { t } = usePage().i18n;
  return (
    <>
      {props.fields.map((field) => {
        const name = fieldName(props.prefix, field.name);
        const value = props.item[field.name];
        switch (field.kind) {
          case 'localised':
            return (
              <LocalisedInput
                key={name}
                name={name}
                label={t(field.label)}
                value={value as LocalisedText | undefined}
                multiline={field.multiline}
                errors={props.errors}
              />
            );
          case 'key':
            return (
              <SimpleInput
                key={name}
                name={name}
                label={t(field.label)}
                value={String(value ?? '')}
                errors={props.errors}
              />
            );
          case 'number':
            return (
              <SimpleInput
                key={name}
                name={name}
                label={t(field.label)}
                hint={t(field.hint)}
                value={value === undefined ? '' : String(value)}
                errors={props.errors}
                inputMode="numeric"
              />
            );
          case 'checkbox':
            return (
              <div class="checkbox" key={name}>
                <input type="checkbox" id={name} name={name} value="yes" checked={value === true} />
                <label for={name}>{t(field.label)}</label>
              </div>
            );
          case 'select':
            return (
              <SelectInput
                key={name}
                name={name}
                label={t(field.label)}
                field={field}
                value={value as string | undefined}
                errors={props.errors}
              />
            );
          case 'list':
            return (
              <fieldset key={name} class="nested">
                <legend>{t(field.label)}</legend>
                <ItemList
                  items={(value as Item[] | undefined) ?? []}
                  fields={field.fields}
                  item={field.item}
                  prefix={`${name}.`}
                  errors={props.errors}
                  actionPath={`${props.index}:${field.name}`}
                />
              </fieldset>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

const optionLabelKey = (field: Extract<FieldSpec, { kind: 'select' }>, option: string): MessageKey => {
  if (field.name === 'basis') return `legalBasis.${option}` as MessageKey;
  if (field.name === 'covers') return `registers.covers.${option}` as MessageKey;
  return `registers.rule.${option}` as MessageKey;
};

function SelectInput(props: {
  name: string;
  label: string;
  field: Extract<FieldSpec, { kind: 'select' }>;
  value: string | undefined;
  errors: FieldError[];
}) {
  const { t } = usePage().i18n;
  const error = props.errors.find((e) => e.field === props.name);
  return (
    <FieldShell
      name={props.name}
      label={props.label}
      error={error ? t(error.message as MessageKey) : undefined}
    >
      <select
        id={props.name}
        name={props.name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${props.name}-error` : undefined}
      >
        {props.field.optional && (
          <option value="" selected={!props.value}>
            {t('registers.covers.none')}
          </option>
        )}
        {props.field.options.map((option) => (
          <option key={option} value={option} selected={option === props.value}>
            {t(optionLabelKey(props.field, option))}
            {props.field.name === 'key' ? ` (${option})` : ''}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

function SimpleInput(props: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  errors: FieldError[];
  inputMode?: 'numeric';
}) {
  const { t } = usePage().i18n;
  const error = props.errors.find((e) => e.field === props.name);
  const describedBy = [props.hint ? `${props.name}-hint` : '', error ? `${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FieldShell
      name={props.name}
      label={props.label}
      hint={props.hint}
      error={error ? t(error.message as MessageKey) : undefined}
    >
      <input
        type="text"
        id={props.name}
        name={props.name}
        value={props.value}
        inputMode={props.inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </FieldShell>
  );
}

/** One text in three languages: a group with a legend, an input per language marked with its language. */
function LocalisedInput(props: {
  name: string;
  label: string;
  value: LocalisedText | undefined;
  multiline?: boolean | undefined;
  errors: FieldError[];
}) {
  const { t } = usePage().i18n;
  return (
    <fieldset class="localised">
      <legend>{props.label}</legend>
      {languages.map((language) => {
        const name = `${props.name}.${language}`;
        const error = props.errors.find((e) => e.field === name || e.field === props.name);
        const value = props.value?.[language] ?? '';
        const common = {
          id: name,
          name,
          lang: language,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': error ? `${name}-error` : undefined,
        };
        return (
          <FieldShell
            key={language}
            name={name}
            label={t(`registers.language.${language}`)}
            error={error ? t(error.message as MessageKey) : undefined}
          >
            {props.multiline ? (
              <textarea {...common} rows={3}>
                {value}
              </textarea>
            ) : (
              <input type="text" {...common} value={value} />
            )}
          </FieldShell>
        );
      })}
    </fieldset>
  );
}
