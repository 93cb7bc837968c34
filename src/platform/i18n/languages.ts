export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** BCP 47 locales for dates and numbers; Finland's conventions for all three languages where they differ. */
export const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export const TIME_ZONE = 'Europe/Helsinki';
