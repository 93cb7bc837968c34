import type { SurveyResults } from '../analytics/results.ts';
import { DistributionResult } from '../analytics/results-pages.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { ConsoleLayout } from '../staff/console-pages.tsx';

/** A survey task's results (H5): counts only, every figure through the anonymity threshold. */
export function ResearchResultsPage(props: { title: string; results: SurveyResults; back: string }) {
  const { t } = usePage().i18n;
  const { results } = props;
  const title = t('results.titleOf', { survey: props.title });
  return (
    <ConsoleLayout title={title}>
      <h1>{title}</h1>
      <p>{t('results.thresholdNote', { k: results.k })}</p>
      <p>{t('research.results.restrictedLeftOut')}</p>
      <h2>{t('results.answers')}</h2>
      <p>
        {t('research.results.submitted')}:{' '}
        {results.answers === null ? (
          <span class="suppressed">{t('results.hiddenSmall', { k: results.k })}</span>
        ) : (
          <strong>{results.answers}</strong>
        )}
      </p>
      <h2>{t('results.questions')}</h2>
      {results.distributions.map((d, i) => (
        <DistributionResult key={d.id} d={d} k={results.k} index={i} />
      ))}
      <p>
        <a href={props.back}>{t('research.results.back')}</a>
      </p>
    </ConsoleLayout>
  );
}
