/** Small statistics helpers shared by the benchmarks. */

/** The value at quantile `q` (0–1) of `values`, nearest-rank: p99 is the value 99 % of samples do not exceed. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: ArrayLike<number>) => quantile(values, 0.5);

/** The outcome of running a load for a bounded time. */
export interface LoadOutcome {
  concurrency: number;
  answers: number;
  errors: number;
  firstError: string | undefined;
  perSecond: number;
  p50: number;
  p99: number;
}

export function summarise(
  concurrency: number,
  answers: number,
  errors: number,
  firstError: string | undefined,
  elapsedMs: number,
  latenciesMs: ArrayLike<number>,
): LoadOutcome {
  return {
    concurrency,
    answers,
    errors,
    firstError,
    perSecond: answers / (elapsedMs / 1000),
    p50: quantile(latenciesMs, 0.5),
    p99: quantile(latenciesMs, 0.99),
  };
}

export const MiB = 1024 * 1024;
