import { describe, expect, it } from 'vitest';
import { effectiveThreshold, showTotal, suppressDistribution, suppressTable } from './suppression.ts';

const shown = (cells: { shown: boolean }[]) => cells.map((c) => c.shown);

describe('anonymity threshold (H5, E1)', () => {
  it('H5: never uses a threshold below 3, whatever the organisation sets', () => {
    expect(effectiveThreshold(1)).toBe(3);
    expect(effectiveThreshold(5)).toBe(5);
  });

  it('H5: hides every count from 1 to k−1, and everything when the group itself is below k', () => {
    expect(shown(suppressDistribution([10, 2, 7, 1], 5))).toEqual([true, false, true, false]);
    expect(shown(suppressDistribution([2, 2], 5))).toEqual([false, false]);
  });

  it('H5: hides a second cell when a lone hidden cell could be recovered from the total', () => {
    const cells = suppressDistribution([20, 3, 8, 0, 12], 5);
    expect(shown(cells)).toEqual([true, false, false, true, true]);
    expect(cells[2]).toEqual({ shown: false, reason: 'secondary' });
    // Whatever is shown, the hidden cells cannot be told apart from the total: at least two are hidden.
    expect(cells.filter((c) => !c.shown).length).toBeGreaterThanOrEqual(2);
  });

  it('H5: in a cross-table, no row or column is left with exactly one hidden cell', () => {
    const table = [
      [12, 2, 9],
      [8, 10, 11],
      [7, 6, 15],
    ];
    const cells = suppressTable(table, 5);
    for (const row of cells) expect(row.filter((c) => !c.shown).length).not.toBe(1);
    for (let c = 0; c < 3; c++) expect(cells.filter((row) => !row[c]!.shown).length).not.toBe(1);
    expect(cells[0]![1]).toEqual({ shown: false, reason: 'small' });
  });

  it('H5: a total made of one hidden cell is not shown', () => {
    const cells = suppressDistribution([0, 4, 0], 3);
    expect(shown(cells)).toEqual([true, true, true]);
    expect(
      showTotal(
        [
          { shown: false, reason: 'small' },
          { shown: true, count: 0 },
        ],
        2,
        5,
      ),
    ).toBe(false);
  });
});
