/**
 * The anonymity threshold (H5, E1): no figure based on fewer than k answers is shown, and a hidden figure
 * cannot be worked out from the ones that are shown (secondary suppression).
 *
 * A cell is a count. Primary suppression hides every count from 1 to k−1. Where a line (a distribution,
 * or a row or column of a cross-table) has a total that is shown and exactly one hidden cell, that cell
 * could be recovered by subtraction, so the smallest other non-zero cell of the line is hidden too;
 * this repeats until no line has a lone hidden cell. Zero cells stay visible: they say nothing about
 * anyone who answered, and hiding them would not protect the others.
 */
export const MIN_THRESHOLD = 3;

export type Cell = { shown: true; count: number } | { shown: false; reason: 'small' | 'secondary' };

export function effectiveThreshold(k: number): number {
  return Math.max(MIN_THRESHOLD, Math.floor(k));
}

/** A one-way distribution: counts by value. If the whole group is below k, nothing is shown. */
export function suppressDistribution(counts: number[], k: number): Cell[] {
  const grid = suppressTable([counts], k, { rowTotals: true, columnTotals: false });
  return grid[0]!;
}

/**
 * A table of counts (rows × columns). `rowTotals`/`columnTotals` say which line totals will be shown
 * beside it (a shown total is what makes a lone hidden cell recoverable).
 */
export function suppressTable(
  counts: number[][],
  k: number,
  totals: { rowTotals: boolean; columnTotals: boolean } = { rowTotals: true, columnTotals: true },
): Cell[][] {
  const threshold = effectiveThreshold(k);
  const hidden = counts.map((row) => row.map((c) => c > 0 && c < threshold));
  const reason = counts.map((row) => row.map((): 'small' | 'secondary' => 'small'));
  const total = counts.flat().reduce((a, b) => a + b, 0);
  if (total < threshold)
    return counts.map((row) => row.map(() => ({ shown: false, reason: 'small' as const })));

  const lines: [number, number][][] = [];
  if (totals.rowTotals) lines.push(...counts.map((row, r) => row.map((_, c): [number, number] => [r, c])));
  if (totals.columnTotals && counts.length > 0)
    lines.push(...counts[0]!.map((_, c) => counts.map((_, r): [number, number] => [r, c])));

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const lineHidden = line.filter(([r, c]) => hidden[r]![c]);
      if (lineHidden.length !== 1) continue;
      const candidates = line
        .filter(([r, c]) => !hidden[r]![c] && counts[r]![c]! > 0)
        .sort(([r1, c1], [r2, c2]) => counts[r1]![c1]! - counts[r2]![c2]!);
      const next = candidates[0];
      if (!next) continue; // the lone hidden cell is the line's only non-zero cell: its total is hidden instead
      hidden[next[0]]![next[1]] = true;
      reason[next[0]]![next[1]] = 'secondary';
      changed = true;
    }
  }
  return counts.map((row, r) =>
    row.map((count, c) =>
      hidden[r]![c] ? { shown: false, reason: reason[r]![c]! } : { shown: true, count },
    ),
  );
}

/** A line total may be shown only if the line is not below k, and not made of a single hidden cell. */
export function showTotal(cells: Cell[], total: number, k: number): boolean {
  if (total < effectiveThreshold(k)) return false;
  const visibleNonZero = cells.filter((cell) => cell.shown && cell.count > 0).length;
  const hiddenCount = cells.filter((cell) => !cell.shown).length;
  return !(hiddenCount === 1 && visibleNonZero === 0);
}

/** H5: a count of members is shown only from the anonymity threshold k up; below it, "fewer than k". */
export type ShownCount = { shown: true; count: number } | { shown: false; k: number };

export function shownCount(count: number, k: number): ShownCount {
  const threshold = effectiveThreshold(k);
  return count >= threshold ? { shown: true, count } : { shown: false, k: threshold };
}
