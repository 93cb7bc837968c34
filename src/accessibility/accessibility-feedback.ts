import { z } from 'zod';
import { fields } from '../platform/http/form.ts';
import { TIME_ZONE } from '../platform/i18n/languages.ts';

/** Act 306/2019: a reply to accessibility feedback is due within 14 days. */
export const FEEDBACK_REPLY_DAYS = 14;
export const FEEDBACK_MAX_LENGTH = 4000;

export const accessibilityFeedbackForm = z.object({
  message: fields.requiredText(FEEDBACK_MAX_LENGTH),
  page: fields.optionalText(500),
  replyTo: fields.optionalEmail(),
});
export type AccessibilityFeedbackInput = z.output<typeof accessibilityFeedbackForm>;

/** The calendar day in Helsinki for an instant, as 'YYYY-MM-DD'. */
export function helsinkiDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** When feedback received at `instant` must be answered: 14 calendar days after the Helsinki day it arrived. */
export function replyDueOn(instant: Date): { receivedOn: string; replyDueOn: string } {
  const receivedOn = helsinkiDay(instant);
  return { receivedOn, replyDueOn: addDays(receivedOn, FEEDBACK_REPLY_DAYS) };
}
