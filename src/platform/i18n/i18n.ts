import { IntlMessageFormat } from 'intl-messageformat';
import { isLanguage, type Language, languages, locales, TIME_ZONE } from './languages.ts';
import { en } from './messages/en.ts';
import { fi, type MessageKey } from './messages/fi.ts';
import { sv } from './messages/sv.ts';

export type { MessageKey };
export const catalogs: Record<Language, Record<MessageKey, string>> = { fi, sv, en };

export type MessageValues = Record<string, string | number>;

export interface Translator {
  readonly language: Language;
  t(key: MessageKey, values?: MessageValues): string;
  /** A calendar date ('YYYY-MM-DD' or a Date) in the language's format, in Helsinki time. */
  date(value: string | Date): string;
  dateTime(value: Date): string;
  number(value: number): string;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(language: Language, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${language}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(catalogs[language][key], locales[language]);
    compiled.set(cacheKey, message);
  }
  return String(message.format(values));
}

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  const cached = translators.get(language);
  if (cached) return cached;
  const locale = locales[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const calendarDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const created: Translator = {
    language,
    t: (key, values) => format(language, key, values),
    // A 'YYYY-MM-DD' string is a calendar day, not an instant: format it without shifting time zones.
    date: (value) =>
      typeof value === 'string'
        ? calendarDateFormat.format(new Date(`${value}T00:00:00Z`))
        : dateFormat.format(value),
    dateTime: (value) => dateTimeFormat.format(value),
    number: (value) => numberFormat.format(value),
  };
  translators.set(language, created);
  return created;
}

/**
 * Picks the page language: an explicit choice (the `lang` query parameter or the remembered cookie)
 * wins, then the browser's Accept-Language, then the organisation's default.
 */
export function negotiateLanguage(input: {
  query?: unknown;
  cookie?: unknown;
  acceptLanguage?: string | undefined;
  fallback: Language;
}): Language {
  if (isLanguage(input.query)) return input.query;
  if (isLanguage(input.cookie)) return input.cookie;
  for (const part of (input.acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (isLanguage(tag)) return tag;
  }
  return input.fallback;
}

export { languages };
