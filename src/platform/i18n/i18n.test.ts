import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, negotiateLanguage, translator } from './i18n.ts';
import { languages } from './languages.ts';

/** The argument names a message uses, so a translation cannot drop or rename one. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('message catalogs', () => {
  const reference = Object.keys(catalogs.fi).sort();

  it.each(languages)('%s has every key of the Finnish catalog and no other', (language) => {
    const keys = Object.keys(catalogs[language]).sort();
    expect(keys.filter((k) => !reference.includes(k))).toEqual([]);
    expect(reference.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(languages)(
    '%s messages are non-empty, valid ICU and use the same arguments as Finnish',
    (language) => {
      for (const [key, message] of Object.entries(catalogs[language])) {
        expect(message.trim(), key).not.toBe('');
        const reference = catalogs.fi[key as keyof typeof catalogs.fi];
        expect(argumentsOf(message), `${language} ${key}`).toEqual(argumentsOf(reference));
      }
    },
  );

  it('formats ICU plurals per language', () => {
    expect(translator('en').t('console.feedback.count', { count: 1 })).toBe('1 message');
    expect(translator('en').t('console.feedback.count', { count: 3 })).toBe('3 messages');
    expect(translator('fi').t('console.feedback.count', { count: 0 })).toBe('Ei palautteita');
    expect(translator('sv').t('console.feedback.count', { count: 2 })).toBe('2 responser');
  });

  it('formats dates and numbers in each locale, calendar days without a time-zone shift', () => {
    expect(translator('fi').date('2026-01-31')).toBe('31. tammikuuta 2026');
    expect(translator('sv').date('2026-01-31')).toBe('31 januari 2026');
    expect(translator('en').date('2026-01-31')).toBe('31 January 2026');
    expect(translator('fi').number(1234.5)).toBe('1\u00a0234,5');
    // 22:30 UTC on 31 Dec is already New Year in Helsinki.
    expect(translator('en').date(new Date('2026-12-31T22:30:00Z'))).toBe('1 January 2027');
  });
});

describe('language negotiation', () => {
  it('prefers an explicit choice, then the remembered one, then the browser, then the organisation', () => {
    expect(negotiateLanguage({ query: 'sv', cookie: 'en', acceptLanguage: 'fi', fallback: 'fi' })).toBe('sv');
    expect(negotiateLanguage({ query: 'de', cookie: 'en', acceptLanguage: 'fi', fallback: 'fi' })).toBe('en');
    expect(negotiateLanguage({ acceptLanguage: 'de-DE,sv-FI;q=0.8', fallback: 'fi' })).toBe('sv');
    expect(negotiateLanguage({ acceptLanguage: 'de', fallback: 'en' })).toBe('en');
  });
});
