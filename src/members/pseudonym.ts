import { randomInt } from 'node:crypto';
import type { Language } from '../platform/i18n/languages.ts';
import { findPersonalIdentifiers } from '../privacy/personal-identifiers.ts';

/** H3: members act under a pseudonym. These are its rules; the messages are i18n keys. */
export const PSEUDONYM_MIN = 3;
export const PSEUDONYM_MAX = 30;
const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u;

export type PseudonymProblem =
  | 'pseudonym.error.length'
  | 'pseudonym.error.characters'
  | 'pseudonym.error.identifying';

export function checkPseudonym(
  raw: string,
): { ok: true; pseudonym: string } | { ok: false; problem: PseudonymProblem } {
  const pseudonym = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (pseudonym.length < PSEUDONYM_MIN || pseudonym.length > PSEUDONYM_MAX) {
    return { ok: false, problem: 'pseudonym.error.length' };
  }
  if (findPersonalIdentifiers(pseudonym).length > 0)
    return { ok: false, problem: 'pseudonym.error.identifying' };
  if (!ALLOWED.test(pseudonym)) return { ok: false, problem: 'pseudonym.error.characters' };
  return { ok: true, pseudonym };
}

const words: Record<Language, { adjectives: string[]; nouns: string[] }> = {
  fi: {
    adjectives: ['Iloinen', 'Utelias', 'Rohkea', 'Tarkka', 'Reipas', 'Lempeä', 'Viisas', 'Nopea'],
    nouns: ['Siili', 'Orava', 'Kettu', 'Karhu', 'Pöllö', 'Ilves', 'Majava', 'Tikka'],
  },
  sv: {
    adjectives: ['Glad', 'Nyfiken', 'Modig', 'Noggrann', 'Pigg', 'Vänlig', 'Klok', 'Snabb'],
    nouns: ['Igelkott', 'Ekorre', 'Räv', 'Björn', 'Uggla', 'Lo', 'Bäver', 'Hackspett'],
  },
  en: {
    adjectives: ['Cheerful', 'Curious', 'Brave', 'Careful', 'Lively', 'Gentle', 'Wise', 'Swift'],
    nouns: ['Hedgehog', 'Squirrel', 'Fox', 'Bear', 'Owl', 'Lynx', 'Beaver', 'Woodpecker'],
  },
};

/** A random suggestion such as "Utelias Orava 27", which says nothing about the member. */
export function suggestPseudonym(language: Language): string {
  const { adjectives, nouns } = words[language];
  return `${adjectives[randomInt(adjectives.length)]} ${nouns[randomInt(nouns.length)]} ${randomInt(10, 100)}`;
}
