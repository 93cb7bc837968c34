/**
 * The results pages' texts in the console (fi is the reference; sv and en must have the same keys).
 * Merged into the catalogs in platform/i18n/messages.
 */
export const analyticsMessagesFi = {
  'results.title': 'Tulokset',
} as const;

type AnalyticsKey = keyof typeof analyticsMessagesFi;

export const analyticsMessagesSv: Record<AnalyticsKey, string> = {
  'results.title': 'Resultat',
};

export const analyticsMessagesEn: Record<AnalyticsKey, string> = {
  'results.title': 'Results',
};
