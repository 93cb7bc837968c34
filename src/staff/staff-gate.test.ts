import { describe, expect, it } from 'vitest';
import { trainingIsCurrent } from './staff-gate.ts';

describe('training interval (E9)', () => {
  it('E9: training is current until the same day the interval later, and never without a date', () => {
    expect(trainingIsCurrent('2025-11-22', 12, '2026-11-21')).toBe(true);
    expect(trainingIsCurrent('2025-11-22', 12, '2026-11-22')).toBe(false);
    expect(trainingIsCurrent('2026-05-31', 6, '2026-11-30')).toBe(true);
    expect(trainingIsCurrent(null, 12, '2026-11-22')).toBe(false);
  });
});
