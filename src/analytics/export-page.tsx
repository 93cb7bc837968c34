import type { LocalisedText } from '../platform/db/schema.ts';
import { ErrorSummary } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { type DisclosureRecipient, INTERNAL_USE } from '../privacy/registers/export-recipients.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';

/**
 * The export form (H9, E8): data leaves Kuule only for a recipient a register in force declares, so the
 * staff member says who the file is for before it is made; the choice is audited with the export. Used
 * by survey results and by research projects.
 */
export function ExportPage(props: {
  title: string;
  intro: string;
  /** The file's address without its extension: `.csv` and `.xlsx` are added. */
  fileBase: string;
  /** Query fields the file needs besides the recipient (e.g. the period). */
  hidden: Record<string, string>;
  recipients: DisclosureRecipient[];
  /** What to say when no register discloses this data to anyone. */
  onlyInternal: string;
  back: string;
  errors: { field: string; message: string }[];
}) {
  const { i18n, organisation } = usePage();
  const { t, language } = i18n;
  const text = (value: LocalisedText) => value[language];
  const error = props.errors.find((e) => e.field === 'for');
  return (
    <ConsoleLayout title={props.title}>
      <ErrorSummary errors={props.errors} />
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <form method="get" action={`${props.fileBase}.csv`}>
        {Object.entries(props.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset
          class={error ? 'field choices field--error' : 'field choices'}
          aria-describedby={error ? 'for-error' : 'for-hint'}
        >
          <legend>{t('results.export.forLegend')}</legend>
          <p class="hint" id="for-hint">
            {props.recipients.length === 0 ? props.onlyInternal : t('results.export.forHint')}
          </p>
          {error && (
            <span class="field-error" id="for-error">
              {error.message}
            </span>
          )}
          <div class="radio">
            <input type="radio" id="for" name="for" value={INTERNAL_USE} />
            <label for="for">
              {t('results.export.internal', { organisation: organisation!.name[language] })}
            </label>
          </div>
          {props.recipients.map((r, i) => (
            <div class="radio" key={r.id}>
              <input type="radio" id={`for-${i + 1}`} name="for" value={r.id} />
              <label for={`for-${i + 1}`}>
                {t('results.export.disclosure', {
                  recipient: text(r.recipient),
                  what: text(r.what),
                  register: text(r.register.title),
                })}
                {r.condition && ` ${t('results.export.condition', { condition: text(r.condition) })}`}
              </label>
            </div>
          ))}
        </fieldset>
        <p>{t('results.export.audited')}</p>
        <div class="actions">
          <button type="submit">{t('results.exportCsv')}</button>{' '}
          <button type="submit" formaction={`${props.fileBase}.xlsx`}>
            {t('results.exportXlsx')}
          </button>
        </div>
      </form>
      <p>
        <a href={props.back}>{t('results.back')}</a>
      </p>
    </ConsoleLayout>
  );
}
