import { describe, expect, it } from 'vitest';
import { languages } from '../platform/i18n/languages.ts';
import { checkPseudonym, suggestPseudonym } from './pseudonym.ts';

describe('pseudonyms (H3)', () => {
  it('H3: accepts names in any script with digits, spaces, dots, dashes and underscores', () => {
    expect(checkPseudonym('  Utelias   Orava 27 ')).toEqual({ ok: true, pseudonym: 'Utelias Orava 27' });
    expect(checkPseudonym('Åsa_från-Borgå')).toEqual({ ok: true, pseudonym: 'Åsa_från-Borgå' });
  });

  it('H3: refuses a pseudonym that would identify the member: an email, phone number or identity code', () => {
    expect(checkPseudonym('maija@example.fi')).toEqual({ ok: false, problem: 'pseudonym.error.identifying' });
    expect(checkPseudonym('Maija 0401234567')).toEqual({ ok: false, problem: 'pseudonym.error.identifying' });
    expect(checkPseudonym('131052-308T')).toEqual({ ok: false, problem: 'pseudonym.error.identifying' });
  });

  it('refuses too short, too long and odd characters', () => {
    expect(checkPseudonym('ab')).toEqual({ ok: false, problem: 'pseudonym.error.length' });
    expect(checkPseudonym('a'.repeat(31))).toEqual({ ok: false, problem: 'pseudonym.error.length' });
    expect(checkPseudonym('<script>')).toEqual({ ok: false, problem: 'pseudonym.error.characters' });
    expect(checkPseudonym('-leading')).toEqual({ ok: false, problem: 'pseudonym.error.characters' });
  });

  it.each(languages)('suggests a valid pseudonym in %s', (language) => {
    for (let i = 0; i < 20; i++) expect(checkPseudonym(suggestPseudonym(language)).ok).toBe(true);
  });
});
