import { describe, expect, it } from 'vitest';
import { addDays, addMonths, helsinkiDay, helsinkiHour } from './calendar.ts';

describe('Helsinki calendar', () => {
  it('counts days and hours on the Helsinki clock, summer and winter', () => {
    expect(helsinkiDay(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    expect(helsinkiHour(new Date('2026-11-22T22:30:00Z'))).toBe(0);
    expect(helsinkiHour(new Date('2026-07-01T12:00:00Z'))).toBe(15);
  });

  it('adds days and months, clamping to the end of a shorter month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', -12)).toBe('2025-11-22');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
