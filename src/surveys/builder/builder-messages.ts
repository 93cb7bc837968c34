/**
 * The survey builder's texts in the console (fi is the reference; sv and en must have the same keys).
 * Merged into the catalogs in platform/i18n/messages.
 */
export const builderMessagesFi = {
  'builder.title': 'Kyselyt',
} as const;

type BuilderKey = keyof typeof builderMessagesFi;

export const builderMessagesSv: Record<BuilderKey, string> = {
  'builder.title': 'Enkäter',
};

export const builderMessagesEn: Record<BuilderKey, string> = {
  'builder.title': 'Surveys',
};
