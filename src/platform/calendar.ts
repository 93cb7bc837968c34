import { TIME_ZONE } from './i18n/languages.ts';

/** Calendar arithmetic on Helsinki days ('YYYY-MM-DD'), which is what every deadline and tally counts in. */

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day in Helsinki for an instant, as 'YYYY-MM-DD'. */
export function helsinkiDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** The hour (0–23) on the Helsinki clock for an instant. */
export function helsinkiHour(instant: Date): number {
  return Number(hourFormat.format(instant));
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day `months` later (or earlier), clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
