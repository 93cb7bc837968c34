import { z } from 'zod';
import { addDays, helsinkiDay } from '../platform/calendar.ts';
import { fields } from '../platform/http/form.ts';

/** Act 306/2019: a reply to accessibility feedback is due within 14 days. */
export const FEEDBACK_REPLY_DAYS = 14;
export const FEEDBACK_MAX_LENGTH = 4000;

export const accessibilityFeedbackForm = z.object({
  message: fields.requiredText(FEEDBACK_MAX_LENGTH),
  page: fields.optionalText(500),
  replyTo: fields.optionalEmail(),
});
export type AccessibilityFeedbackInput = z.output<typeof accessibilityFeedbackForm>;

/** When feedback received at `instant` must be answered: 14 calendar days after the Helsinki day it arrived. */
export function replyDueOn(instant: Date): { receivedOn: string; replyDueOn: string } {
  const receivedOn = helsinkiDay(instant);
  return { receivedOn, replyDueOn: addDays(receivedOn, FEEDBACK_REPLY_DAYS) };
}
