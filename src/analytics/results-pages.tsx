import { usePage } from '../platform/html/page-context.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';
import { BarChart } from './charts.tsx';
import type { CrossTable, Distribution, SurveyResults } from './results.ts';
import type { Cell } from './suppression.ts';

export interface ResultsFilter {
  from: string;
  to: string;
  point?: string | undefined;
  by?: string | undefined;
  compareFrom?: string | undefined;
  compareTo?: string | undefined;
}

function CellText(props: { cell: Cell; k: number }) {
  const { t } = usePage().i18n;
  if (props.cell.shown) return <>{props.cell.count}</>;
  return (
    <span class="suppressed">
      {props.cell.reason === 'small'
        ? t('results.hiddenSmall', { k: props.k })
        : t('results.hiddenSecondary')}
    </span>
  );
}

/** One question's distribution as an accessible chart beside its table, with suppressed cells saying why. */
export function DistributionResult(props: {
  d: Distribution;
  k: number;
  compare?: Distribution | undefined;
  index: number;
}) {
  const { t, number } = usePage().i18n;
  const { d, k } = props;
  const shownTotal = d.total;
  const description = d.categories
    .map(
      (c, i) =>
        `${c.label}: ${d.cells[i]!.shown ? (d.cells[i] as { count: number }).count : t('results.hiddenShort')}`,
    )
    .join('; ');
  return (
    <section class="result" aria-labelledby={`result-${props.index}`}>
      <h3 id={`result-${props.index}`}>{d.title}</h3>
      <BarChart
        id={`chart-${props.index}`}
        title={d.title}
        description={description}
        bars={d.categories.map((c, i) => ({ label: c.label, cell: d.cells[i]! }))}
        hiddenText={t('results.hiddenShort')}
      />
      <table>
        <caption>{t('results.tableCaption', { question: d.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.answer')}</th>
            <th scope="col">{t('results.count')}</th>
            {props.compare && <th scope="col">{t('results.comparisonCount')}</th>}
          </tr>
        </thead>
        <tbody>
          {d.categories.map((c, i) => (
            <tr key={c.value}>
              <th scope="row">{c.label}</th>
              <td>
                <CellText cell={d.cells[i]!} k={k} />
              </td>
              {props.compare && (
                <td>
                  <CellText cell={props.compare.cells[i]!} k={k} />
                </td>
              )}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('results.total')}</th>
            <td>
              {shownTotal === null ? (
                <span class="suppressed">{t('results.hiddenSmall', { k })}</span>
              ) : (
                shownTotal
              )}
            </td>
            {props.compare && (
              <td>
                {props.compare.total === null ? (
                  <span class="suppressed">{t('results.hiddenSmall', { k })}</span>
                ) : (
                  props.compare.total
                )}
              </td>
            )}
          </tr>
        </tbody>
      </table>
      {(d.kind === 'rating' || d.kind === 'nps') && d.id.indexOf('.') === -1 && (
        <p>
          {t('results.average')}:{' '}
          {d.average === null ? t('results.hiddenSmall', { k }) : number(Math.round(d.average * 100) / 100)}
          {props.compare && (
            <>
              {' '}
              ({t('results.comparison')}:{' '}
              {props.compare.average === null
                ? t('results.hiddenSmall', { k })
                : number(Math.round(props.compare.average * 100) / 100)}
              )
            </>
          )}
        </p>
      )}
      {d.kind === 'nps' && (
        <p>
          {t('results.nps')}: {d.nps === null ? t('results.hiddenSmall', { k }) : d.nps}
        </p>
      )}
    </section>
  );
}

function CrossResult(props: { table: CrossTable; k: number; byTitle: string }) {
  const { t } = usePage().i18n;
  const { table } = props;
  return (
    <table>
      <caption>{t('results.crossCaption', { question: table.title, by: props.byTitle })}</caption>
      <thead>
        <tr>
          <td />
          {table.columns.map((c) => (
            <th scope="col" key={c.value}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={row.value}>
            <th scope="row">{row.label}</th>
            {table.columns.map((c, col) => (
              <td key={c.value}>
                <CellText cell={table.cells[r]![col]!} k={props.k} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResultsPage(props: {
  surveySlug: string;
  title: string;
  results: SurveyResults;
  comparison?: SurveyResults | undefined;
  weeks: { week: string; cell: Cell }[];
  filter: ResultsFilter;
  points: { slug: string; name: string }[];
  backgroundQuestions: { id: string; title: string }[];
  freeTextQuestions: { id: string; title: string }[];
  canExport: boolean;
  canReadFreeText: boolean;
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const { results, filter } = props;
  const base = `/${organisation!.slug}/console/results/${props.surveySlug}`;
  const query = new URLSearchParams(
    Object.entries({ from: filter.from, to: filter.to, point: filter.point }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  ).toString();
  const byTitle = props.backgroundQuestions.find((b) => b.id === filter.by)?.title ?? '';
  return (
    <ConsoleLayout title={t('results.titleOf', { survey: props.title })}>
      <h1>{t('results.titleOf', { survey: props.title })}</h1>
      <p>{t('results.thresholdNote', { k: results.k })}</p>
      <form method="get" action={base} class="search-form">
        <div class="field">
          <label for="from">{t('results.from')}</label>
          <input type="date" id="from" name="from" value={filter.from} />
        </div>
        <div class="field">
          <label for="to">{t('results.to')}</label>
          <input type="date" id="to" name="to" value={filter.to} />
        </div>
        <div class="field">
          <label for="point">{t('results.servicePoint')}</label>
          <select id="point" name="point">
            <option value="">{t('results.allPoints')}</option>
            {props.points.map((p) => (
              <option key={p.slug} value={p.slug} selected={p.slug === filter.point}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="by">{t('results.crossBy')}</label>
          <select id="by" name="by">
            <option value="">{t('results.noCross')}</option>
            {props.backgroundQuestions.map((b) => (
              <option key={b.id} value={b.id} selected={b.id === filter.by}>
                {b.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="compareFrom">{t('results.compareFrom')}</label>
          <input type="date" id="compareFrom" name="compareFrom" value={filter.compareFrom ?? ''} />
        </div>
        <div class="field">
          <label for="compareTo">{t('results.compareTo')}</label>
          <input type="date" id="compareTo" name="compareTo" value={filter.compareTo ?? ''} />
        </div>
        <button type="submit">{t('results.show')}</button>
      </form>

      <h2>{t('results.answers')}</h2>
      <p>
        {t('results.answerCount')}:{' '}
        {results.answers === null ? (
          <span class="suppressed">{t('results.hiddenSmall', { k: results.k })}</span>
        ) : (
          <strong>{results.answers}</strong>
        )}
        {props.comparison && (
          <>
            {' '}
            ({t('results.comparison')}:{' '}
            {props.comparison.answers === null
              ? t('results.hiddenSmall', { k: results.k })
              : props.comparison.answers}
            )
          </>
        )}
      </p>
      {props.weeks.length > 0 && (
        <table>
          <caption>{t('results.perWeek')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.week')}</th>
              <th scope="col">{t('results.count')}</th>
            </tr>
          </thead>
          <tbody>
            {props.weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{i18n.date(w.week)}</th>
                <td>
                  <CellText cell={w.cell} k={results.k} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canExport && (
        <p>
          <a href={`${base}/export${query ? `?${query}` : ''}`}>{t('results.exportLink')}</a>
        </p>
      )}

      <h2>{t('results.questions')}</h2>
      {results.distributions.map((d, i) => (
        <DistributionResult
          key={d.id}
          d={d}
          k={results.k}
          index={i}
          compare={props.comparison?.distributions[i]}
        />
      ))}

      {filter.by && results.cross.length > 0 && (
        <>
          <h2>{t('results.crossHeading', { by: byTitle })}</h2>
          {results.cross.map((table) => (
            <CrossResult key={table.id} table={table} k={results.k} byTitle={byTitle} />
          ))}
        </>
      )}

      {props.canReadFreeText && props.freeTextQuestions.length > 0 && (
        <>
          <h2>{t('results.freeText')}</h2>
          <ul>
            {props.freeTextQuestions.map((q) => (
              <li key={q.id}>
                <a href={`${base}/free-text/${q.id}${query ? `?${query}` : ''}`}>{q.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConsoleLayout>
  );
}

export function FreeTextPage(props: {
  surveyTitle: string;
  question: string;
  answers: string[] | null;
  k: number;
  back: string;
}) {
  const { t } = usePage().i18n;
  return (
    <ConsoleLayout title={props.question}>
      <h1>{props.question}</h1>
      <p>{props.surveyTitle}</p>
      {props.answers === null ? (
        <p class="suppressed">{t('results.freeTextHidden', { k: props.k })}</p>
      ) : (
        <ul>
          {props.answers.map((answer) => (
            <li>{answer}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={props.back}>{t('results.back')}</a>
      </p>
    </ConsoleLayout>
  );
}

export function ResultsListPage(props: { surveys: { slug: string; title: string; status: string }[] }) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  return (
    <ConsoleLayout title={t('results.title')}>
      <h1>{t('results.title')}</h1>
      <ul>
        {props.surveys.map((s) => (
          <li key={s.slug}>
            <a href={`/${organisation!.slug}/console/results/${s.slug}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </ConsoleLayout>
  );
}
