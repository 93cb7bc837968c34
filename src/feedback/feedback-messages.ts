/**
 * The respondent's texts for feedback forms, the thank-you page and the prize draw (fi is the reference;
 * sv and en must have the same keys). Merged into the catalogs in platform/i18n/messages.
 */
export const feedbackMessagesFi = {
  'feedback.closed.title': 'Kysely on päättynyt',
} as const;

type FeedbackKey = keyof typeof feedbackMessagesFi;

export const feedbackMessagesSv: Record<FeedbackKey, string> = {
  'feedback.closed.title': 'Enkäten har stängts',
};

export const feedbackMessagesEn: Record<FeedbackKey, string> = {
  'feedback.closed.title': 'The survey has closed',
};
